// The subcommands of the quotetrace command line, one function each.
// Each returns the process exit code: 0 ok, 1 some input rejected, 2 usage.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace qt::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitFailure = 3;  // the database or the system failed

struct IngestArgs {
  std::string db;
  std::vector<std::string> inputs;
  size_t max_record_mb = 64;
  bool quiet = false;
  bool timings = false;  // print where the time went, on stderr
  bool defer_stories = false;
  size_t threads = 0;    // analysis threads; 0: one per core
  size_t batch_size = 0;  // articles per transaction; 0: IngestOptions' default
};
int RunIngestCommand(const IngestArgs& args);

// What every reading command takes: a database, or inputs to read instead
// (through a database in memory), and an output format.
struct ReadingArgs {
  std::string db;
  std::vector<std::string> inputs;  // read directly instead of the database
  std::string format = "jsonl";     // or "table", or for some "csv"
};

struct QuotesArgs : ReadingArgs {
  // Which quotations to print (report/quote_filter.h); none set: all.
  std::vector<std::string> docs;
  std::string speaker, says;
  int64_t cluster = 0;
  std::vector<std::string> kinds;
  std::string outlet, since, until;
};
int RunQuotesCommand(const QuotesArgs& args);

struct StoriesArgs : ReadingArgs {
  bool summary = false;  // one object per story instead of one per article
  // Only these stories, and the stories of these articles; none: all.
  std::vector<int64_t> stories;
  std::vector<std::string> docs;
};
int RunStoriesCommand(const StoriesArgs& args);

struct ClustersArgs : ReadingArgs {
  size_t top = 0;             // the most printed; 0: all
  size_t min_articles = 2;    // printed by at least this many articles
  std::string speaker, says;  // as QuotesArgs'
};
int RunClustersCommand(const ClustersArgs& args);

struct SpeakersArgs : ReadingArgs {
  std::string outlet;  // only quotations printed by an outlet whose name holds these words
  size_t top = 0;      // the most quoted; 0: all
};
int RunSpeakersCommand(const SpeakersArgs& args);

struct DisputesArgs : ReadingArgs {
  // Only the denials these articles print, and those in these stories; none: all.
  std::vector<std::string> docs;
  std::vector<int64_t> stories;
};
int RunDisputesCommand(const DisputesArgs& args);

struct CopiesArgs : ReadingArgs {
  std::vector<std::string> docs;  // only these articles' groups and passages; none: all
};
int RunCopiesCommand(const CopiesArgs& args);

struct ReportArgs {
  std::string db;
  size_t top = 5;  // stories and quote clusters shown
  std::string format = "text";  // or "html"
};
int RunReportCommand(const ReportArgs& args);

struct ServeArgs {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;     // 0: any free port
  bool quiet = false;  // no line per request on stderr
};
int RunServeCommand(const ServeArgs& args);

}  // namespace qt::cli
