#include "cli/commands.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "pipeline/ingest_pipeline.h"
#include "report/cluster_report.h"
#include "report/copy_report.h"
#include "report/corpus_report.h"
#include "report/html_report.h"
#include "report/json_line.h"
#include "report/quote_filter.h"
#include "report/quote_listing.h"
#include "report/quote_output.h"
#include "report/speaker_report.h"
#include "serve/server.h"
#include "store/database.h"
#include "store/story_store.h"

namespace qt::cli {
namespace {

bool OpenDatabase(const std::string& path, std::unique_ptr<store::Database>* db) {
  if (Status s = store::Database::Open(path, db); !s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return false;
  }
  return true;
}

// A reading command never creates a database: a mistyped path would print
// nothing and leave an empty file behind.
bool OpenExistingDatabase(const std::string& path, std::unique_ptr<store::Database>* db) {
  if (path != ":memory:" && !std::filesystem::exists(path)) {
    std::cerr << "quotetrace: " << path << ": no such database (quotetrace ingest --db " << path
              << " FILE... creates it)\n";
    return false;
  }
  return OpenDatabase(path, db);
}

}  // namespace

int RunIngestCommand(const IngestArgs& args) {
  std::unique_ptr<store::Database> db;
  if (!OpenDatabase(args.db, &db)) return kExitFailure;
  pipeline::IngestOptions options;
  options.read.max_record_bytes = args.max_record_mb << 20;
  options.errors = &std::cerr;
  options.progress = !args.quiet && isatty(STDERR_FILENO);
  options.threads = args.threads;
  if (args.batch_size > 0) options.batch_size = args.batch_size;
  options.stories = !args.defer_stories;
  pipeline::IngestCounts counts;
  const Status s = pipeline::RunIngest(*db, args.inputs, options, &counts);
  std::cout << fmt::format("added {}, unchanged {}, revised {}, rejected {}", counts.added,
                           counts.unchanged, counts.revised, counts.rejected);
  if (counts.warnings > 0) std::cout << fmt::format(" ({} warnings)", counts.warnings);
  std::cout << '\n';
  if (args.timings) {
    const pipeline::AnalysisTimes& t = counts.analysis;
    std::cerr << fmt::format(
        "time {:.2f} s; analysis threads, CPU seconds: quotes {:.2f}, copy features {:.2f}, "
        "copy alignment {:.2f}; "
        "writer: quote store {:.2f}, quote clusters {:.2f}, copies and passages {:.2f}, "
        "stories {:.2f}, search index {:.2f} (beside the stories); opening {:.2f} (indexes {}), saving {:.2f} ({})\n",
        counts.seconds, t.quotes, t.copy_features, t.copy_alignment, t.quote_store, t.clusters,
        t.copies, counts.stories, counts.search_index, t.open, t.indexes, t.save, t.saved);
  }
  if (!s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return kExitFailure;
  }
  return counts.rejected > 0 ? kExitRejected : kExitOk;
}

namespace {

// The database a reading command works on: the one named, or, when inputs
// are given, a database in memory that the inputs are ingested into, so that
// files get the same analysis (clusters, stories) and print exactly as
// stored articles would. False when it failed (reported on stderr).
bool OpenOrIngest(const std::string& path, const std::vector<std::string>& inputs,
                  std::unique_ptr<store::Database>* db, bool* rejected) {
  *rejected = false;
  if (inputs.empty()) return OpenExistingDatabase(path, db);
  if (!OpenDatabase(":memory:", db)) return false;
  pipeline::IngestOptions options;
  options.errors = &std::cerr;
  pipeline::IngestCounts counts;
  if (Status s = pipeline::RunIngest(**db, inputs, options, &counts); !s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return false;
  }
  *rejected = counts.rejected > 0;
  return true;
}

}  // namespace

namespace {

// False, reported on stderr, when `phrase` holds no words to look for.
bool HasWords(const char* option, const std::string& phrase) {
  const Status s = report::CheckPhrase("--", option, phrase);
  if (!s.ok()) std::cerr << "quotetrace: " << s.message() << '\n';
  return s.ok();
}

// The filter the options ask for; false, reported on stderr, when they
// cannot be used.
bool FilterOf(const QuotesArgs& args, bool table, std::unique_ptr<report::QuoteFilter>* filter) {
  report::QuoteFilter::Conditions c{args.docs,  args.speaker, args.says,  args.cluster,
                                    args.kinds, args.outlet,  args.since, args.until};
  // A table is for reading speech: terms and titles only when asked for.
  if (table && c.kinds.empty()) c.kinds = {"direct", "partial"};
  const Status s = report::MakeFilter(std::move(c), "--", filter);
  if (!s.ok()) std::cerr << "quotetrace: " << s.message() << '\n';
  return s.ok();
}

}  // namespace

int RunQuotesCommand(const QuotesArgs& args) {
  const bool table = args.format == "table", csv = args.format == "csv";
  std::unique_ptr<report::QuoteFilter> filter;
  if (!FilterOf(args, table, &filter)) return kExitUsage;
  bool rejected = false;
  std::unique_ptr<store::Database> db;
  if (!OpenOrIngest(args.db, args.inputs, &db, &rejected)) return kExitFailure;
  std::vector<quotes::Quote> rows;
  if (csv) report::WriteQuoteCsvHeader(std::cout);
  match::RoleIndex roles;
  Status s = report::LoadRoleIndex(*db, &roles);
  if (s.ok()) {
    s = report::ForEachListedQuote(
        *db, roles, *filter, [&](const quotes::Quote& q, const std::vector<std::string>& chain) {
          if (table) {
            rows.push_back(q);
          } else if (csv) {
            report::WriteQuoteCsv(q, std::cout);
          } else {
            report::WriteJsonLine(report::QuoteJson(q, chain), std::cout);
          }
          return true;
        });
  }
  if (!s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return kExitFailure;
  }
  if (table) report::WriteQuoteTable(rows, std::cout);
  return rejected ? kExitRejected : kExitOk;
}

namespace {

// The database `args` names or reads, and its stories with their
// quotations; false when it failed (reported on stderr).
bool OpenView(const ReadingArgs& args, std::unique_ptr<store::Database>* db,
              report::CorpusView* view, bool* rejected) {
  if (!OpenOrIngest(args.db, args.inputs, db, rejected)) return false;
  const Status s = report::CorpusView::Load(**db, view);
  if (!s.ok()) std::cerr << "quotetrace: " << s.message() << '\n';
  return s.ok();
}

}  // namespace

int RunStoriesCommand(const StoriesArgs& args) {
  bool rejected = false;
  std::unique_ptr<store::Database> db;
  report::CorpusView view;
  if (!OpenView(args, &db, &view, &rejected)) return kExitFailure;
  const std::vector<report::StorySummary> stories =
      report::StoriesAsked(view, args.stories, args.docs);
  if (args.format == "table") {
    report::WriteStoryTable(stories, std::cout);
  } else if (args.summary) {
    for (const report::StorySummary& st : stories) {
      report::WriteJsonLine(report::StoryJson(st), std::cout);
    }
  } else {
    // One line per article, in ingest order: the contract of score.py.
    std::map<std::string, int64_t> story_of;
    for (const report::StorySummary& st : stories) {
      for (const report::ArticleRef& a : st.articles) story_of[a.id] = st.story;
    }
    std::unique_ptr<store::StoryStore> rows;
    Status s = store::StoryStore::Open(db.get(), &rows);
    if (s.ok()) {
      s = rows->ForEachCurrent([&](const std::string& id, int64_t) {
        if (auto it = story_of.find(id); it != story_of.end()) {
          report::WriteJsonLine({{"doc", id}, {"story", it->second}}, std::cout);
        }
      });
    }
    if (!s.ok()) {
      std::cerr << "quotetrace: " << s.message() << '\n';
      return kExitFailure;
    }
  }
  return rejected ? kExitRejected : kExitOk;
}

int RunClustersCommand(const ClustersArgs& args) {
  if (!HasWords("speaker", args.speaker) || !HasWords("says", args.says)) return kExitUsage;
  bool rejected = false;
  std::unique_ptr<store::Database> db;
  if (!OpenOrIngest(args.db, args.inputs, &db, &rejected)) return kExitFailure;
  const report::ClusterQuery query{args.top, args.min_articles, args.speaker, args.says};
  const Status s = report::ForEachClusterAsked(*db, query, [&](const report::ClusterSummary& c) {
    if (args.format == "table") {
      report::WriteClusterText(c, std::cout);
    } else {
      report::WriteJsonLine(report::ClusterJson(c), std::cout);
    }
  });
  if (!s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return kExitFailure;
  }
  return rejected ? kExitRejected : kExitOk;
}

int RunDisputesCommand(const DisputesArgs& args) {
  bool rejected = false;
  std::unique_ptr<store::Database> db;
  report::CorpusView view;
  if (!OpenView(args, &db, &view, &rejected)) return kExitFailure;
  for (const report::DisputeSummary& d :
       report::DisputesAsked(report::DisputeSummaries(view), args.stories, args.docs)) {
    if (args.format == "table") {
      report::WriteDisputeText(d, std::cout);
    } else {
      report::WriteJsonLine(report::DisputeJson(d), std::cout);
    }
  }
  return rejected ? kExitRejected : kExitOk;
}

int RunSpeakersCommand(const SpeakersArgs& args) {
  if (!HasWords("outlet", args.outlet)) return kExitUsage;
  bool rejected = false;
  std::unique_ptr<store::Database> db;
  if (!OpenOrIngest(args.db, args.inputs, &db, &rejected)) return kExitFailure;
  std::vector<report::SpeakerSummary> speakers;
  if (Status s = report::SpeakerSummaries(*db, args.outlet, args.top, &speakers); !s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return kExitFailure;
  }
  if (args.format == "table") {
    report::WriteSpeakerTable(speakers, std::cout);
  } else if (args.format == "csv") {
    report::WriteSpeakerCsv(speakers, std::cout);
  } else {
    for (const report::SpeakerSummary& s : speakers) {
      report::WriteJsonLine(report::SpeakerJson(s), std::cout);
    }
  }
  return rejected ? kExitRejected : kExitOk;
}

int RunCopiesCommand(const CopiesArgs& args) {
  bool rejected = false;
  std::unique_ptr<store::Database> db;
  if (!OpenOrIngest(args.db, args.inputs, &db, &rejected)) return kExitFailure;
  const Status s =
      args.format == "table"
          ? report::PrintCopies(*db, args.docs, std::cout)
          : report::ForEachCopyJson(*db, args.docs, [](const nlohmann::ordered_json& j) {
              report::WriteJsonLine(j, std::cout);
            });
  if (!s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return kExitFailure;
  }
  return rejected ? kExitRejected : kExitOk;
}

int RunReportCommand(const ReportArgs& args) {
  std::unique_ptr<store::Database> db;
  if (!OpenExistingDatabase(args.db, &db)) return kExitFailure;
  if (args.format == "html") {
    if (Status s = report::WriteHtmlReport(*db, args.top, std::cout); !s.ok()) {
      std::cerr << "quotetrace: " << s.message() << '\n';
      return kExitFailure;
    }
    return kExitOk;
  }
  report::CorpusView view;
  report::CorpusSummary corpus;
  Status s = report::LoadCorpusSummary(*db, &corpus);
  if (s.ok()) {
    report::WriteCorpusText(corpus, std::cout);
    s = report::CorpusView::Load(*db, &view);
  }
  if (s.ok()) {
    report::PrintStories(view, args.top, std::cout);
    s = report::PrintQuoteClusters(*db, args.top, std::cout);
  }
  if (s.ok()) report::PrintDisputes(view, args.top, std::cout);
  if (!s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return kExitFailure;
  }
  return kExitOk;
}

int RunServeCommand(const ServeArgs& args) {
  std::unique_ptr<store::Database> db;
  if (!OpenExistingDatabase(args.db, &db)) return kExitFailure;
  db.reset();  // each request opens its own connection
  serve::ServeOptions options{args.db, args.host, args.port, args.quiet ? nullptr : &std::cerr};
  const Status s = serve::Serve(options, [&](int port) {
    std::cout << "quotetrace: serving " << args.db << " at http://" << args.host << ':' << port
              << "/ (Ctrl-C stops)" << std::endl;
  });
  if (!s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace qt::cli
