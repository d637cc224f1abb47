#include "pipeline/ingest_pipeline.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace qt::pipeline
