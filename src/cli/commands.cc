#include "cli/commands.h"

#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <memory>

#include "ingest/reader.h"
#include "pipeline/ingest_pipeline.h"
#include "quotes/extractor.h"
#include "report/quote_output.h"
#include "report/corpus_report.h"
#include "store/database.h"
#include "store/quote_store.h"

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

namespace {

// Extracts the quotations of articles read straight from files, without a
// database, and writes them as they come.
class QuotePrinter : public ingest::ArticleSink {
 public:
  explicit QuotePrinter(bool table) : table_(table) {}
  void OnArticle(ingest::Article&& article) override {
    std::vector<quotes::Quote> found = extractor_.Extract(article.id, article.text);
    if (table_) {
      report::WriteQuoteTable(found, std::cout);
    } else {
      for (const quotes::Quote& q : found) report::WriteQuoteJson(q, std::cout);
    }
  }
  void OnProblem(const ingest::Problem& problem) override {
    rejected_ += problem.rejected;
    std::cerr << problem.ToString() << '\n';
  }
  size_t rejected() const { return rejected_; }

 private:
  bool table_;
  quotes::QuoteExtractor extractor_;
  size_t rejected_ = 0;
};

}  // namespace

int RunQuotesCommand(const QuotesArgs& args) {
  const bool table = args.format == "table";
  if (args.inputs.empty()) {  // the quotations stored at ingest
    std::unique_ptr<store::Database> db;
    if (!OpenDatabase(args.db, &db)) return kExitFailure;
    std::unique_ptr<store::QuoteStore> quotes;
    std::vector<quotes::Quote> rows;
    Status s = store::QuoteStore::Open(db.get(), &quotes);
    if (s.ok()) {
      s = quotes->ForEachCurrent([&](const quotes::Quote& q) {
        if (table) {
          rows.push_back(q);
        } else {
          report::WriteQuoteJson(q, std::cout);
        }
        return true;
      });
    }
    if (!s.ok()) {
      std::cerr << "quotetrace: " << s.message() << '\n';
      return kExitFailure;
    }
    if (table) report::WriteQuoteTable(rows, std::cout);
    return kExitOk;
  }
  QuotePrinter printer(table);
  size_t total_bytes = 0;
  for (const std::string& file : ingest::ExpandInputs(args.inputs, printer, &total_bytes)) {
    ingest::ReadInput(file, {}, printer);
  }
  return printer.rejected() > 0 ? kExitRejected : kExitOk;
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
