// Fuzz target: the whole ingest, then the reports, on any articles.
//
// The input is split at form feeds ('\f') into up to 16 articles, written as
// one JSON Lines file (dated over a fortnight, every third one undated, from
// three outlets) and ingested into a new database on one analysis thread:
// quotations, their clusters, copies and shared passages, stories, the
// search index. Beyond not crashing:
//   * the ingest succeeds, and every article is added or reported;
//   * ingesting the same file again adds, revises and re-analyses nothing;
//   * the HTML report and the copies' listing read the database back.
// Slow (a database per input: tens of inputs a second), so `make fuzz`
// gives it the same seconds as the others for far fewer inputs; it is
// here for what only several articles together reach.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz/fuzz_ingest.h"
#include "fuzz/fuzz_util.h"
#include "pipeline/ingest_pipeline.h"
#include "report/copy_report.h"
#include "report/html_report.h"
#include "store/database.h"

namespace {

constexpr size_t kMaxArticles = 16;

// The articles of `input` as JSON Lines; *count receives how many.
std::string ArticlesOf(std::string_view input, size_t* count) {
  std::string lines;
  *count = 0;
  while (*count < kMaxArticles) {
    const size_t end = std::min(input.find('\f'), input.size());
    nlohmann::ordered_json j = {{"id", "a" + std::to_string(*count)},
                                {"text", std::string(input.substr(0, end))},
                                {"outlet", "outlet " + std::to_string(*count % 3)}};
    if (*count % 3 != 2) j["date"] = "2024-05-" + std::to_string(10 + (*count * 7) % 14);
    // Invalid UTF-8 in the text becomes U+FFFD here, as a JSON encoder
    // upstream of any feed would write it.
    lines += j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    ++*count;
    if (end == input.size()) break;
    input.remove_prefix(end + 1);
  }
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::filesystem::path dir = FuzzScratchDir("ingest-fuzz");
  const std::string db_path = (dir / "t.db").string();
  const std::string file = (dir / "articles.jsonl").string();
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::filesystem::remove(entry.path());  // the database, its log and index snapshot
  }
  size_t count = 0;
  {
    std::ofstream out(file, std::ios::binary);
    out << ArticlesOf(std::string_view(reinterpret_cast<const char*>(data), size), &count);
  }
  std::unique_ptr<qt::store::Database> db;
  FUZZ_CHECK(qt::store::Database::Open(db_path, &db).ok());
  const qt::pipeline::IngestCounts first = IngestForFuzz(*db, {file});
  FUZZ_CHECK(first.added + first.rejected == count);
  const qt::pipeline::IngestCounts again = IngestForFuzz(*db, {file});
  FUZZ_CHECK(again.added == 0 && again.revised == 0 && again.reanalysed == 0);
  FUZZ_CHECK(again.unchanged == first.added);
  std::ostringstream report;
  FUZZ_CHECK(qt::report::WriteHtmlReport(*db, 10, report).ok());
  FUZZ_CHECK(qt::report::PrintCopies(*db, {}, report).ok());
  return 0;
}
