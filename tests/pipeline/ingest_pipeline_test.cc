#include "pipeline/ingest_pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "store/article_store.h"
#include "test_util.h"

namespace qt::pipeline {
namespace {

using qt::testing::ScratchDir;
using qt::testing::WriteFile;

IngestCounts Ingest(store::Database& db, const std::vector<std::string>& inputs,
                    std::string* errors = nullptr, size_t batch_size = 2) {
  std::ostringstream err;
  IngestOptions options;
  options.errors = &err;
  options.batch_size = batch_size;
  IngestCounts counts;
  EXPECT_TRUE(RunIngest(db, inputs, options, &counts).ok());
  if (errors) *errors = err.str();
  return counts;
}

TEST(IngestPipelineTest, ReingestAddsNothing) {
  ScratchDir dir;
  WriteFile(dir / "in/a.txt", "Alpha.");
  WriteFile(dir / "in/b.jsonl", R"({"id": "b1", "text": "Beta."})" "\n" R"({"id": "b2", "text": "Gamma."})" "\n");
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  IngestCounts first = Ingest(*db, {dir / "in"});
  EXPECT_EQ(first.added, 3u);
  IngestCounts second = Ingest(*db, {dir / "in"});
  EXPECT_EQ(second.added, 0u);
  EXPECT_EQ(second.unchanged, 3u);
}

TEST(IngestPipelineTest, BadRecordsAreReportedAndGoodOnesAllStored) {
  ScratchDir dir;
  WriteFile(dir / "in/1.jsonl", R"({"id": "g1", "text": "One."})" "\n{oops\n" R"({"id": "g2", "text": "Two."})" "\n");
  WriteFile(dir / "in/2.txt", "");
  WriteFile(dir / "in/3.txt", "Three.");
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  std::string errors;
  IngestCounts counts = Ingest(*db, {dir / "in"}, &errors);
  EXPECT_EQ(counts.added, 3u);
  EXPECT_EQ(counts.rejected, 2u);
  EXPECT_NE(errors.find(dir / "in/1.jsonl:2: malformed JSON"), std::string::npos) << errors;
  EXPECT_NE(errors.find(dir / "in/2.txt: "), std::string::npos) << errors;
}

TEST(IngestPipelineTest, ChangedTextIsReportedAsRevision) {
  ScratchDir dir;
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  WriteFile(dir / "v1/story.txt", "Early text.");
  WriteFile(dir / "v2/story.txt", "Corrected text.");
  Ingest(*db, {dir / "v1"});
  std::string errors;
  IngestCounts counts = Ingest(*db, {dir / "v2"}, &errors);
  EXPECT_EQ(counts.revised, 1u);
  EXPECT_NE(errors.find("stored as revision 2"), std::string::npos);
}

std::string Query(store::Database& db, const std::string& sql) {
  store::Statement q;
  EXPECT_TRUE(q.Prepare(db, sql).ok()) << sql;
  std::string out;
  while (q.Step()) {
    if (!out.empty()) out += ';';
    out += std::string(q.Text(0));
  }
  return out;
}

// The articles of each quotation cluster, by id, clusters in order of their
// first article: "ab;c".
std::string ClusterMembers(store::Database& db) {
  return Query(db, "SELECT group_concat(a.id, '') FROM clustered_quotes q JOIN articles a "
                   "ON a.seq = q.article_seq GROUP BY q.current_cluster ORDER BY min(a.seq)");
}

std::string JsonArticle(const std::string& id, const std::string& text) {
  return R"({"id": ")" + id + R"(", "text": ")" + text + "\"}\n";
}

// A copy with a new last paragraph, one trimmed and noisy, an article that
// lifts a paragraph, and unrelated articles; the second batch arrives after
// the database was closed, so its copies are found through the index read
// back from the first ingest's snapshot, or (the snapshot removed) rebuilt
// from what was stored.
class AcrossBatches : public ::testing::TestWithParam<bool> {};

TEST_P(AcrossBatches, CopyGroupsAndSharedPassages) {
  const bool keep_snapshot = GetParam();
  using qt::testing::InventedProse;
  ScratchDir dir;
  const std::string lead = InventedProse(1, 4), body = InventedProse(2, 8);
  std::string noisy = body.substr(0, body.size() * 3 / 4);
  for (size_t i = 7; i < noisy.size(); i += 41) noisy[i] = 'x';
  WriteFile(dir / "one/a.jsonl", JsonArticle("orig", lead + "\\n\\n" + body) +
                                     JsonArticle("other", InventedProse(3, 12)));
  WriteFile(dir / "two/b.jsonl",
            JsonArticle("copy", lead + "\\n\\n" + body + "\\n\\n" + InventedProse(4, 1)) +
                JsonArticle("trimmed", noisy) +
                JsonArticle("lifts", InventedProse(5, 6) + "\\n\\n" + lead + "\\n\\n" +
                                         InventedProse(6, 6)));
  {
    std::unique_ptr<store::Database> db;
    ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
    Ingest(*db, {dir / "one"});
  }
  ASSERT_TRUE(std::filesystem::exists(dir / "t.db-index"));
  if (!keep_snapshot) std::filesystem::remove(dir / "t.db-index");
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  EXPECT_EQ(Ingest(*db, {dir / "two"}).analysis.indexes,
            keep_snapshot ? "read back" : "rebuilt: no snapshot");
  EXPECT_EQ(Query(*db, "SELECT id FROM articles WHERE copy_group = "
                       "(SELECT seq FROM articles WHERE id = 'orig') ORDER BY seq"),
            "orig;copy;trimmed");
  EXPECT_EQ(Query(*db, "SELECT count(*) FROM articles WHERE copy_group IS NOT NULL"), "3");
  // The lifted lead is shared with the original and its copy, not the others.
  EXPECT_EQ(Query(*db, "SELECT a.id || '>' || b.id FROM passages p JOIN articles a ON a.seq = "
                       "p.a_seq JOIN articles b ON b.seq = p.b_seq ORDER BY 1"),
            "copy>lifts;orig>lifts");
  const std::string span = Query(*db, "SELECT substr(b.text, p.b_start + 1, p.b_end - p.b_start) "
                                      "FROM passages p JOIN articles b ON b.seq = p.b_seq LIMIT 1");
  // The whole lead (the next paragraph's "The" may come along: it is shared).
  EXPECT_EQ(span.substr(0, lead.size() - 2), lead.substr(0, lead.size() - 2));
  EXPECT_LE(span.size(), lead.size() + 6);
}

INSTANTIATE_TEST_SUITE_P(IngestPipelineTest, AcrossBatches, ::testing::Bool());

// Rows whose analysis is behind (stored by an older quotetrace, or left by
// an interrupted run) are analysed again by the next ingest, even one that
// adds nothing; the others are not.
TEST(IngestPipelineTest, RowsBehindTheAnalysisAreAnalysedAgain) {
  ScratchDir dir;
  const std::string quoted = R"(\u201cThe harbour stays open all winter,\u201d the mayor said.)";
  WriteFile(dir / "in/a.jsonl", JsonArticle("a", quoted) + JsonArticle("b", quoted) +
                                    JsonArticle("c", qt::testing::InventedProse(1, 3)));
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  EXPECT_EQ(Ingest(*db, {dir / "in"}).reanalysed, 0u);
  const std::string by_article = "SELECT a.id || ':' || q.text FROM quotes q JOIN articles a "
                                 "ON a.seq = q.article_seq ORDER BY a.seq";
  const std::string quotes = Query(*db, by_article);
  ASSERT_EQ(quotes, "a:The harbour stays open all winter,;b:The harbour stays open all winter,");
  Query(*db, "UPDATE articles SET analysis_version = 0 WHERE id = 'b' RETURNING seq");
  EXPECT_EQ(Ingest(*db, {dir / "in"}).reanalysed, 1u);
  EXPECT_EQ(Query(*db, by_article), quotes);
  EXPECT_EQ(Query(*db, "SELECT count(DISTINCT current_cluster) FROM clustered_quotes"), "1");
  EXPECT_EQ(Query(*db, "SELECT count(*) FROM articles WHERE analysis_version < " +
                           std::to_string(kAnalysisVersion)),
            "0");
  EXPECT_EQ(Ingest(*db, {dir / "in"}).reanalysed, 0u);
}

// A snapshot of the indexes is read back only by the next ingest into the
// database it was taken from, unchanged since: an ingest consumes it, and
// one taken before rows were added is rebuilt, not used.
TEST(IngestPipelineTest, AStaleIndexSnapshotIsRebuilt) {
  ScratchDir dir;
  WriteFile(dir / "one/a.jsonl", JsonArticle("a", qt::testing::InventedProse(1, 6)));
  WriteFile(dir / "two/b.jsonl", JsonArticle("b", qt::testing::InventedProse(2, 6)));
  WriteFile(dir / "three/c.jsonl", JsonArticle("c", qt::testing::InventedProse(3, 6)));
  WriteFile(dir / "four/d.jsonl", JsonArticle("d", qt::testing::InventedProse(4, 6)));
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  EXPECT_EQ(Ingest(*db, {dir / "one"}).analysis.indexes, "rebuilt: no snapshot");
  std::filesystem::copy_file(dir / "t.db-index", dir / "old-index");
  EXPECT_EQ(Ingest(*db, {dir / "two"}).analysis.indexes, "read back");
  std::filesystem::copy_file(dir / "old-index", dir / "t.db-index",
                             std::filesystem::copy_options::overwrite_existing);
  EXPECT_EQ(Ingest(*db, {dir / "three"}).analysis.indexes,
            "rebuilt: the database changed after the snapshot");
  std::string corrupt = qt::testing::ReadFile(dir / "t.db-index");
  corrupt.resize(corrupt.size() / 2);
  WriteFile(dir / "t.db-index", corrupt);
  EXPECT_EQ(Ingest(*db, {dir / "four"}).analysis.indexes, "rebuilt: the snapshot is damaged");
  EXPECT_EQ(Query(*db, "SELECT count(*) FROM articles"), "4");
  // Another database of the same size, with the first one's snapshot beside it.
  std::unique_ptr<store::Database> other;
  ASSERT_TRUE(store::Database::Open(dir / "u.db", &other).ok());
  Ingest(*other, {dir / "three"});
  std::filesystem::copy_file(dir / "old-index", dir / "u.db-index",
                             std::filesystem::copy_options::overwrite_existing);
  EXPECT_EQ(Ingest(*other, {dir / "two"}).analysis.indexes,
            "rebuilt: the database changed after the snapshot");
}

// A batch small beside the database adds its postings to the snapshot and
// leaves the frozen ones as they were; the next batch finds copies among
// both. Without the frozen file, the indexes are rebuilt.
TEST(IngestPipelineTest, SmallBatchesLeaveTheFrozenPostingsAlone) {
  using qt::testing::InventedProse;
  ScratchDir dir;
  std::string first;
  for (uint32_t i = 1; i <= 12; ++i) {
    first += JsonArticle("a" + std::to_string(i), InventedProse(i, 8));
  }
  WriteFile(dir / "one/a.jsonl", first);
  WriteFile(dir / "two/b.jsonl", JsonArticle("b", InventedProse(50, 8)));
  // Copies of an article frozen in the first batch and of one added since.
  WriteFile(dir / "three/c.jsonl", JsonArticle("copy-a3", InventedProse(3, 8) + "Ends here.") +
                                       JsonArticle("copy-b", InventedProse(50, 8) + "Ends."));
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  EXPECT_EQ(Ingest(*db, {dir / "one"}).analysis.saved, "all postings frozen");
  const std::string frozen = qt::testing::ReadFile(dir / "t.db-index-frozen");
  const std::string snapshot = qt::testing::ReadFile(dir / "t.db-index");
  ASSERT_FALSE(frozen.empty());
  const AnalysisTimes second = Ingest(*db, {dir / "two"}).analysis;
  EXPECT_EQ(second.indexes, "read back");
  EXPECT_EQ(second.saved, "new postings");
  EXPECT_EQ(qt::testing::ReadFile(dir / "t.db-index-frozen"), frozen);
  EXPECT_NE(qt::testing::ReadFile(dir / "t.db-index"), snapshot);
  EXPECT_EQ(Ingest(*db, {dir / "three"}).analysis.indexes, "read back");
  EXPECT_EQ(Query(*db, "SELECT a.id || '>' || b.id FROM articles a JOIN articles b ON "
                       "b.copy_group = a.seq AND b.seq != a.seq ORDER BY 1"),
            "a3>copy-a3;b>copy-b");
  std::filesystem::remove(dir / "t.db-index-frozen");
  WriteFile(dir / "four/d.jsonl", JsonArticle("d", InventedProse(60, 8)));
  EXPECT_EQ(Ingest(*db, {dir / "four"}).analysis.indexes,
            "rebuilt: the snapshot's frozen postings are missing");
}

// An ingest that adds nothing (a feed folder read again) opens no index and
// leaves the snapshot as it was, still current for the next ingest.
TEST(IngestPipelineTest, AnIngestThatAddsNothingKeepsTheSnapshot) {
  ScratchDir dir;
  WriteFile(dir / "one/a.jsonl", JsonArticle("a", qt::testing::InventedProse(1, 6)));
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  Ingest(*db, {dir / "one"});
  const std::string snapshot = qt::testing::ReadFile(dir / "t.db-index");
  const auto written = std::filesystem::last_write_time(dir / "t.db-index");
  const AnalysisTimes again = Ingest(*db, {dir / "one"}).analysis;
  EXPECT_EQ(again.indexes, "not opened: nothing to analyse");
  EXPECT_EQ(again.saved, "nothing");
  EXPECT_EQ(std::filesystem::last_write_time(dir / "t.db-index"), written);
  EXPECT_EQ(qt::testing::ReadFile(dir / "t.db-index"), snapshot);
  WriteFile(dir / "two/b.jsonl", JsonArticle("b", qt::testing::InventedProse(2, 6)));
  EXPECT_EQ(Ingest(*db, {dir / "one", dir / "two"}).analysis.indexes, "read back");
}

// Two briefs that share only their outlets' footer (most of their words,
// fewer than min_words) are no copies; the same brief printed twice is.
TEST(IngestPipelineTest, ASharedFooterDoesNotMakeBriefsCopies) {
  ScratchDir dir;
  const std::string footer =
      "All rights reserved. Reporting by staff and wires, distributed to subscribers only, with "
      "no reprints allowed.";
  const std::string brief = "Crews reopened the north tunnel early today.\\n\\nCopyright Harbor Courier. " + footer;
  WriteFile(dir / "in/a.jsonl",
            JsonArticle("brief", brief) + JsonArticle("reprint", brief) +
                JsonArticle("other", "Voters approved the south ferry budget again.\\n\\nCopyright "
                                     "Valley Ledger. " + footer));
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  Ingest(*db, {dir / "in"});
  EXPECT_EQ(Query(*db, "SELECT id FROM articles WHERE copy_group IS NOT NULL ORDER BY seq"),
            "brief;reprint");
}

// Word-for-word reprints join the first printing's cluster (without a
// candidate search), and so do a fragment printed after them and the same
// words credited to someone else (outlets credit different sources); a
// short fragment from another speaker does not.
TEST(IngestPipelineTest, ReprintsOfAQuotationShareItsCluster) {
  ScratchDir dir;
  const std::string said = "The harbor bridge will reopen before the winter storms arrive.";
  std::string lines;
  for (const char* id : {"a", "b", "c"}) {
    lines += JsonArticle(id, "Tomas Reyes said: \u201c" + said + "\u201d");
  }
  lines += JsonArticle("d", "Lena Marsh said: \u201c" + said + "\u201d");
  lines += JsonArticle("e", "Tomas Reyes said the bridge \u201cwill reopen before the winter "
                            "storms arrive\u201d next month.");
  lines += JsonArticle("f", "Lena Marsh said the bridge \u201cwill reopen\u201d soon.");
  WriteFile(dir / "in/q.jsonl", lines);
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  Ingest(*db, {dir / "in"});
  EXPECT_EQ(ClusterMembers(*db), "abcde;f");
}

// A fragment of two words has one key. Printed first, it is found by the
// longer printing through that key alone, where a quotation of three keys
// or more would need two (VariantClustering::Candidates).
TEST(IngestPipelineTest, AFragmentOfOneKeyJoinsTheLongerPrintingAfterIt) {
  ScratchDir dir;
  WriteFile(dir / "in/q.jsonl",
            JsonArticle("a", "Tomas Reyes said the bridge \u201cwill reopen\u201d soon.") +
                JsonArticle("b", "Tomas Reyes said: \u201cThe harbor bridge will reopen before "
                                 "the winter storms arrive.\u201d"));
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  Ingest(*db, {dir / "in"});
  EXPECT_EQ(ClusterMembers(*db), "ab");
}

// Fragments printed apart are separate clusters until a longer printing
// holds them both; the clusters then merge, and a cluster merged earlier
// follows the one it merged into. In a later ingest too, and whether that
// ingest reads the index snapshot back or rebuilds it.
TEST(IngestPipelineTest, ClustersBridgedLaterAreOneCluster) {
  for (const bool keep_snapshot : {true, false}) {
    ScratchDir dir;
    const auto said = [](const char* id, const std::string& words) {
      return JsonArticle(id, "Tomas Reyes said: \u201c" + words + ".\u201d");
    };
    WriteFile(dir / "first/q.jsonl",
              said("a", "The harbor bridge will reopen") +
                  said("b", "Before the winter storms arrive") +
                  said("c", "And the ferries will run again") +
                  said("d", "Before the winter storms arrive and the ferries will run again"));
    WriteFile(dir / "second/q.jsonl",
              said("e", "The harbor bridge will reopen before the winter storms arrive and the "
                        "ferries will run again") +
                  said("f", "And the ferries will run again"));
    std::unique_ptr<store::Database> db;
    ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
    Ingest(*db, {dir / "first"});
    EXPECT_EQ(ClusterMembers(*db), "a;bcd");
    if (!keep_snapshot) std::filesystem::remove(dir / "t.db-index");
    Ingest(*db, {dir / "second"});
    EXPECT_EQ(ClusterMembers(*db), "abcdef");
    EXPECT_EQ(Query(*db, "SELECT DISTINCT current_cluster = (SELECT min(qid) FROM quotes) "
                         "FROM clustered_quotes"),
              "1");
  }
}

// A passage printed inside two different quotations of one speaker joins
// one of them and never chains the two into one cluster: the shorter when
// both were printed before it, the one printed before it, or, printed
// first, the first that holds it.
TEST(IngestPipelineTest, APassageOfTwoQuotationsJoinsOneOfThem) {
  const auto said = [](const char* id, const std::string& words) {
    return JsonArticle(id, "Tomas Reyes said: \u201c" + words + ".\u201d");
  };
  const std::string bridge =
      said("a", "The harbor bridge will reopen before the winter storms arrive");
  const std::string ferries = said(
      "b", "The ferries to the islands will run again before the winter storms arrive in the north");
  const std::string passage = said("c", "Before the winter storms arrive");
  const std::pair<std::string, std::string> printed[] = {
      {bridge + ferries + passage, "ac;b"},
      {passage + bridge + ferries, "ca;b"},
      {ferries + passage + bridge, "bc;a"}};
  for (const auto& [lines, clusters] : printed) {
    ScratchDir dir;
    WriteFile(dir / "in/q.jsonl", lines);
    std::unique_ptr<store::Database> db;
    ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
    Ingest(*db, {dir / "in"});
    EXPECT_EQ(ClusterMembers(*db), clusters);
  }
  // The roots are kept by a later ingest, reading the snapshot or not.
  for (const bool keep_snapshot : {true, false}) {
    ScratchDir dir;
    WriteFile(dir / "first/q.jsonl", passage + bridge);
    WriteFile(dir / "second/q.jsonl", ferries);
    std::unique_ptr<store::Database> db;
    ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
    Ingest(*db, {dir / "first"});
    if (!keep_snapshot) std::filesystem::remove(dir / "t.db-index");
    Ingest(*db, {dir / "second"});
    EXPECT_EQ(ClusterMembers(*db), "ca;b");
  }
}

// Of two quotations a passage is inside, the one its own article prints is
// the one it repeats, though the other is the closer fit.
TEST(IngestPipelineTest, APassageJoinsTheQuotationOfItsOwnArticle) {
  ScratchDir dir;
  WriteFile(dir / "in/q.jsonl",
            JsonArticle("a",
                        "Tomas Reyes said: \u201cThe harbor bridge will reopen before the "
                        "winter storms arrive.\u201d") +
                JsonArticle("b",
                            "Tomas Reyes said: \u201cThe ferries to the islands will run "
                            "again before the winter storms arrive in the north.\u201d He "
                            "promised it would be \u201cbefore the winter storms "
                            "arrive.\u201d"));
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  Ingest(*db, {dir / "in"});
  EXPECT_EQ(ClusterMembers(*db), "a;bb");
}

// A backfill loaded newest part first with stories deferred, then the older
// part: every row is clustered by the second ingest, as one ingest of both
// would cluster them.
TEST(IngestPipelineTest, DeferredStoriesAreAssignedByTheNextIngest) {
  using qt::testing::InventedProse;
  ScratchDir dir;
  const auto dated = [](const std::string& id, const std::string& date, const std::string& text) {
    return R"({"id": ")" + id + R"(", "date": ")" + date + R"(", "text": ")" + text + "\"}\n";
  };
  WriteFile(dir / "late/a.jsonl", dated("late1", "2024-03-10", InventedProse(1, 6)) +
                                      dated("late2", "2024-03-11", InventedProse(2, 6)));
  WriteFile(dir / "early/b.jsonl", dated("early1", "2024-03-01", InventedProse(1, 5)) +
                                       dated("early2", "2024-03-02", InventedProse(3, 6)));
  const std::string stories =
      "SELECT a.id || '=' || (SELECT min(b.id) FROM articles b JOIN article_stories t ON t.seq = "
      "b.seq WHERE t.story = s.story) FROM articles a JOIN article_stories s ON s.seq = a.seq "
      "ORDER BY a.id";
  std::string together;
  {
    std::unique_ptr<store::Database> db;
    ASSERT_TRUE(store::Database::Open(dir / "together.db", &db).ok());
    Ingest(*db, {dir / "early", dir / "late"});
    together = Query(*db, stories);
  }
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "parts.db", &db).ok());
  std::ostringstream err;
  IngestOptions deferred;
  deferred.errors = &err;
  deferred.stories = false;
  IngestCounts counts;
  ASSERT_TRUE(RunIngest(*db, {dir / "late"}, deferred, &counts).ok());
  EXPECT_EQ(counts.clustered, 0u);
  EXPECT_EQ(Query(*db, "SELECT count(*) FROM article_stories"), "0");
  EXPECT_EQ(Ingest(*db, {dir / "early"}).clustered, 4u);
  EXPECT_EQ(Query(*db, stories), together);
  EXPECT_EQ(Query(*db, "SELECT count(*) FROM article_stories"), "4");
}

// The search index is built on a connection of its own beside the stories
// in a file, after them in memory: either way every quotation is indexed,
// every row joins a story, and a search finds the words.
TEST(IngestPipelineTest, TheSearchIndexIsBuiltBesideTheStories) {
  ScratchDir dir;
  std::string input;
  for (int i = 0; i < 40; ++i) {
    input += R"({"id": "q)" + std::to_string(i) + R"(", "text": "“The harbor ferry runs at )" +
             std::to_string(i) +
             R"( o'clock,” Lena Okafor said in Port Alder."})"
             "\n";
  }
  WriteFile(dir / "in.jsonl", input);
  for (const std::string& path : {std::string(dir / "t.db"), std::string(":memory:")}) {
    std::unique_ptr<store::Database> db;
    ASSERT_TRUE(store::Database::Open(path, &db).ok());
    const IngestCounts counts = Ingest(*db, {dir / "in.jsonl"}, nullptr, 7);
    EXPECT_EQ(counts.clustered, 40u) << path;
    EXPECT_EQ(counts.indexed_for_search, 40u) << path;
    EXPECT_EQ(
        Query(*db, "SELECT through_qid = (SELECT max(qid) FROM quotes) FROM quote_search_state"),
        "1")
        << path;
    EXPECT_EQ(Query(*db, "SELECT count(*) FROM article_stories"), "40") << path;
    EXPECT_EQ(Query(*db, "SELECT count(*) FROM quote_search WHERE quote_search MATCH 'ferry'"),
              "40")
        << path;
  }
}

}  // namespace
}  // namespace qt::pipeline
