// Fuzz target: two batches end where one ingest of both ends.
//
// Issue 4 asks that ingesting a second batch after a first give the same
// clusters and stories as ingesting both at once. The input's first byte
// says where to split; the rest is split at form feeds ('\f') into up to 12
// articles from three outlets, dated in input order two a day (so the
// second batch is no earlier than the first, as a feed delivers it, and
// may share its last day). They are ingested into one database at once,
// and into another as two batches with the database closed between them
// (the second batch reads the first's indexes back from their snapshot).
// Both must hold:
//   * the same quotation clusters (as sets of quotations);
//   * the same stories (as sets of articles), unless the second batch
//     merged variant clusters of the first (a whole quotation printed
//     after its halves): one ingest of both gives the first batch's
//     articles the merged cluster, so they meet each other's stories by
//     it, where a batch's stories are fixed when it ends;
//   * the same copy groups with the same source, and the same shared
//     passages, at the same bytes.
// An article whose text opens with a vertical tab ('\v') is a revision of
// the one before it (its id, a changed text): as a revision it replaces
// that article in both, whether the two arrive in one batch or in two.
// A third database takes the second batch first. Copy groups and passages
// are the same whatever the order: a passage's two articles are compared
// as a pair, not as which was stored first. What may differ there:
//   * a group's source, when two members are equally early and long (the
//     first stored is the source: report/copy_report.h);
//   * stories (a batch dated before the stories it meets is a backfill:
//     match/story_clusterer.h);
//   * quotation clusters (a fragment of two utterances joins the one
//     printed before it: pipeline/variant_clustering.h).
// With revisions the third database is not made: the text ingested last
// is current, and in the reversed order that is the earlier one.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/fuzz_ingest.h"
#include "fuzz/fuzz_util.h"
#include "report/cluster_report.h"
#include "report/copy_report.h"
#include "store/database.h"

namespace {

constexpr size_t kMaxArticles = 12;

using Partition = std::set<std::set<std::string>>;

// The articles of `input`, one JSON line each; *revisions counts those
// that revise the article before.
std::vector<std::string> ArticlesOf(std::string_view input, size_t* revisions) {
  std::vector<std::string> lines;
  std::string id;
  *revisions = 0;
  while (lines.size() < kMaxArticles) {
    const size_t end = std::min(input.find('\f'), input.size());
    const size_t n = lines.size();
    std::string_view text = input.substr(0, end);
    if (n > 0 && text.starts_with('\v')) {
      text.remove_prefix(1);
      ++*revisions;
    } else {
      id = "a" + std::to_string(n);
    }
    const std::string day = std::to_string(10 + n / 2);  // kMaxArticles keeps it in May
    const nlohmann::ordered_json j = {{"id", id},
                                      {"date", "2024-05-" + day},
                                      {"outlet", "outlet " + std::to_string(n % 3)},
                                      {"text", std::string(text)}};
    lines.push_back(j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
                    "\n");
    if (end == input.size()) break;
    input.remove_prefix(end + 1);
  }
  return lines;
}

void WriteLines(const std::filesystem::path& file, const std::vector<std::string>& lines,
                size_t begin, size_t end) {
  std::ofstream out(file, std::ios::binary);
  for (size_t i = begin; i < end; ++i) out << lines[i];
}

// Ingests `file` into the database at `db_path`, opened for it and closed after.
void Ingest(const std::string& db_path, const std::filesystem::path& file) {
  std::unique_ptr<qt::store::Database> db;
  FUZZ_CHECK(qt::store::Database::Open(db_path, &db).ok());
  IngestForFuzz(*db, {file.string()});
}

// What a reader sees across articles, each part as a set so that the
// numbers a database gives its clusters and stories do not matter.
struct AcrossArticles {
  Partition quote_clusters, stories, copy_group_members;
  std::set<std::string> copy_groups, passages;  // one JSON line each
};

int64_t Count(const std::string& db_path, const std::string& sql) {
  std::unique_ptr<qt::store::Database> db;
  FUZZ_CHECK(qt::store::Database::Open(db_path, &db).ok());
  qt::store::Statement q;
  FUZZ_CHECK(q.Prepare(*db, sql).ok() && q.Step());
  return q.Int(0);
}

Partition QuoteClusters(qt::store::Database& db) {
  qt::store::Statement q;
  FUZZ_CHECK(q.Prepare(db,
                       "SELECT a.id || '#' || q.n, q.current_cluster FROM clustered_quotes q "
                       "JOIN articles a ON a.seq = q.article_seq")
                 .ok());
  std::map<int64_t, std::set<std::string>> by_cluster;
  Partition out;
  while (q.Step()) {
    if (q.IsNull(1)) {
      out.insert({std::string(q.Text(0))});
    } else {
      by_cluster[q.Int(1)].insert(std::string(q.Text(0)));
    }
  }
  FUZZ_CHECK(q.status().ok());
  for (auto& [_, members] : by_cluster) out.insert(std::move(members));
  return out;
}

// A passage as "id [start, end) ~ id [start, end)", its lesser article first.
std::string PassageOf(const nlohmann::ordered_json& j) {
  std::string a =
      j["a"].get<std::string>() + " [" + j["a_start"].dump() + ", " + j["a_end"].dump() + ")";
  std::string b =
      j["b"].get<std::string>() + " [" + j["b_start"].dump() + ", " + j["b_end"].dump() + ")";
  if (b < a) std::swap(a, b);
  return a + " ~ " + b;
}

AcrossArticles Read(const std::string& db_path) {
  std::unique_ptr<qt::store::Database> db;
  FUZZ_CHECK(qt::store::Database::Open(db_path, &db).ok());
  AcrossArticles out;
  out.quote_clusters = QuoteClusters(*db);
  qt::report::CorpusView view;
  FUZZ_CHECK(qt::report::CorpusView::Load(*db, &view).ok());
  for (const auto& [_, articles] : view.stories) {
    std::set<std::string> ids;
    for (const auto& a : articles) ids.insert(a.ref.id);
    out.stories.insert(std::move(ids));
  }
  FUZZ_CHECK(qt::report::ForEachCopyJson(*db, {}, [&](const nlohmann::ordered_json& j) {
               nlohmann::ordered_json line = j;
               line.erase("group");  // a number of the database's own
               if (j["type"] == "passage") {
                 out.passages.insert(PassageOf(j));
               } else {
                 out.copy_groups.insert(line.dump());
                 std::set<std::string> ids;
                 for (const auto& a : j["articles"]) ids.insert(a["doc"].get<std::string>());
                 out.copy_group_members.insert(std::move(ids));
               }
             }).ok());
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::filesystem::path dir = FuzzScratchDir("batches-fuzz");
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::filesystem::remove(entry.path());
  }
  size_t revisions = 0;
  const std::vector<std::string> lines =
      ArticlesOf(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), &revisions);
  const size_t split = data[0] % (lines.size() + 1);
  WriteLines(dir / "all.jsonl", lines, 0, lines.size());
  WriteLines(dir / "first.jsonl", lines, 0, split);
  WriteLines(dir / "second.jsonl", lines, split, lines.size());

  const std::string one = (dir / "one.db").string(), two = (dir / "two.db").string(),
                    reversed = (dir / "reversed.db").string();
  Ingest(one, dir / "all.jsonl");
  Ingest(two, dir / "first.jsonl");
  const int64_t first_qids = Count(two, "SELECT coalesce(max(qid), 0) FROM quotes");
  Ingest(two, dir / "second.jsonl");
  // A cluster's number is its first quotation's qid.
  const bool merged_across = Count(two, "SELECT count(*) FROM cluster_merges WHERE cluster <= " +
                                            std::to_string(first_qids)) > 0;
  const AcrossArticles at_once = Read(one), in_batches = Read(two);
  FUZZ_CHECK(at_once.quote_clusters == in_batches.quote_clusters);
  FUZZ_CHECK(merged_across || at_once.stories == in_batches.stories);
  FUZZ_CHECK(at_once.copy_groups == in_batches.copy_groups);
  FUZZ_CHECK(at_once.passages == in_batches.passages);
  if (revisions > 0) return 0;
  Ingest(reversed, dir / "second.jsonl");
  Ingest(reversed, dir / "first.jsonl");
  const AcrossArticles later_first = Read(reversed);
  FUZZ_CHECK(at_once.copy_group_members == later_first.copy_group_members);
  FUZZ_CHECK(at_once.passages == later_first.passages);
  return 0;
}
