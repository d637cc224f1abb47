#include "cli/commands.h"

#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <memory>

#include "pipeline/ingest_pipeline.h"
#include "report/corpus_report.h"
#include "store/database.h"

namespace qt::cli {
namespace {

bool OpenDatabase(const std::string& path, std::unique_ptr<store::Database>* db) {
  if (Status s = store::Database::Open(path, db); !s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return false;
  }
  return true;
}

}  // namespace

int RunIngestCommand(const IngestArgs& args) {
  std::unique_ptr<store::Database> db;
  if (!OpenDatabase(args.db, &db)) return kExitFailure;
  pipeline::IngestOptions options;
  options.read.max_record_bytes = args.max_record_mb << 20;
  options.errors = &std::cerr;
  options.progress = !args.quiet && isatty(STDERR_FILENO);
  pipeline::IngestCounts counts;
  const Status s = pipeline::RunIngest(*db, args.inputs, options, &counts);
  std::cout << fmt::format("added {}, unchanged {}, revised {}, rejected {}", counts.added,
                           counts.unchanged, counts.revised, counts.rejected);
  if (counts.warnings > 0) std::cout << fmt::format(" ({} warnings)", counts.warnings);
  std::cout << '\n';
  if (!s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return kExitFailure;
  }
  return counts.rejected > 0 ? kExitRejected : kExitOk;
}

int RunReportCommand(const ReportArgs& args) {
  std::unique_ptr<store::Database> db;
  if (!OpenDatabase(args.db, &db)) return kExitFailure;
  if (Status s = report::PrintCorpusReport(*db, std::cout); !s.ok()) {
    std::cerr << "quotetrace: " << s.message() << '\n';
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace qt::cli
