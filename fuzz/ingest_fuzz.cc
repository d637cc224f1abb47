// Fuzz target: the whole ingest, then the reports, on any articles.
//
// The input is split at form feeds ('\f') into up to 16 articles, written as
// one JSON Lines file (dated over a fortnight, every third one undated, from
// three outlets) and ingested into a new database on one analysis thread:
// quotations, their clusters, copies and shared passages, stories, the
// search index. Beyond not crashing:
//   * the ingest succeeds, and every article is added or reported;
//   * ingesting the same file again adds, revises and re-analyses nothing;
//   * the HTML report and the copies' listing read the database back;
//   * every offset read back (a quotation, its speaker and its dispute's
//     sentences; a denial's context in each article that prints it; both
//     sides of a shared passage) lies inside the stored text of its
//     article, on character boundaries, and the text printed beside it is
//     those bytes.
// Slow (a database per input: tens of inputs a second), so `make fuzz`
// gives it the same seconds as the others for far fewer inputs; it is
// here for what only several articles together reach.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/fuzz_ingest.h"
#include "fuzz/fuzz_util.h"
#include "match/role_index.h"
#include "pipeline/ingest_pipeline.h"
#include "report/cluster_report.h"
#include "report/copy_report.h"
#include "report/html_report.h"
#include "report/quote_listing.h"
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

// The current text of each article, by id.
std::map<std::string, std::string> TextsOf(qt::store::Database& db) {
  qt::store::Statement q;
  FUZZ_CHECK(q.Prepare(db, "SELECT id, text FROM current_articles").ok());
  std::map<std::string, std::string> texts;
  while (q.Step()) texts.emplace(q.Text(0), q.Text(1));
  FUZZ_CHECK(q.status().ok());
  return texts;
}

// [begin, end) of the article `doc`'s stored text, on character boundaries;
// `printed`, when given, must be those bytes.
void CheckOffsets(const std::map<std::string, std::string>& texts, const std::string& doc,
                  size_t begin, size_t end, const std::string* printed = nullptr) {
  const auto it = texts.find(doc);
  FUZZ_CHECK(it != texts.end());
  CheckSpan(it->second, begin, end);
  FUZZ_CHECK(printed == nullptr || *printed == it->second.substr(begin, end - begin));
}

// Every offset the database's readers print, against the stored texts.
void CheckEveryOffset(qt::store::Database& db) {
  const std::map<std::string, std::string> texts = TextsOf(db);
  qt::match::RoleIndex roles;
  FUZZ_CHECK(qt::report::LoadRoleIndex(db, &roles).ok());
  const qt::report::QuoteFilter everything({});
  FUZZ_CHECK(qt::report::ForEachListedQuote(
                 db, roles, everything,
                 [&](const qt::quotes::Quote& q, const std::vector<std::string>&) {
                   CheckOffsets(texts, q.doc, q.start, q.end, &q.text);
                   if (q.has_speaker_span) {
                     CheckOffsets(texts, q.doc, q.speaker_start, q.speaker_end);
                   }
                   if (!q.dispute.empty()) {
                     CheckOffsets(texts, q.doc, q.dispute_start, q.dispute_end, &q.dispute_context);
                   }
                   return true;
                 })
                 .ok());
  qt::report::CorpusView view;
  FUZZ_CHECK(qt::report::CorpusView::Load(db, &view).ok());
  for (const auto& c : view.denial_contexts) CheckOffsets(texts, c.doc, c.start, c.end, &c.text);
  FUZZ_CHECK(qt::report::ForEachCopyJson(db, {}, [&](const nlohmann::ordered_json& j) {
               if (j["type"] == "passage") {
                 const std::string printed = j["text"];  // as a prints it
                 CheckOffsets(texts, j["a"], j["a_start"], j["a_end"], &printed);
                 CheckOffsets(texts, j["b"], j["b_start"], j["b_end"]);
               }
             }).ok());
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
  CheckEveryOffset(*db);
  return 0;
}
