#include "pipeline/story_assignment.h"

#include <gtest/gtest.h>

#include <sstream>

#include "pipeline/ingest_pipeline.h"
#include "test_util.h"

namespace qt::pipeline {
namespace {

using qt::testing::InventedProse;
using qt::testing::ScratchDir;
using qt::testing::WriteFile;

// Invented words of a topic: "Vakor", "vakel", … (names and words).
std::string TopicWords(int topic, int article) {
  std::string out;
  for (int k = 0; k < 12; ++k) {
    const int w = (article * 5 + k * 3) % 8;
    out += k % 4 == 0 ? "V" : " v";
    out += static_cast<char>('a' + topic % 26);
    out += static_cast<char>('a' + (topic / 26 * 8 + w) % 26);
    out += "or";
  }
  return out + ". ";
}

// 300 articles over 60 days: 30 topics, each article its topic's words and
// prose of its own, so that some join and some start stories.
std::string Articles() {
  std::string out;
  for (int i = 0; i < 300; ++i) {
    const int topic = (i * 7) % 30, day = 1 + (i * 13) % 60;
    char date[16];
    std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + (day - 1) / 28, 1 + (day - 1) % 28);
    out += R"({"id": "a)" + std::to_string(i) + R"(", "date": ")" + date + R"(", "text": ")" +
           TopicWords(topic, i) + InventedProse(1000 + i, 2) + "\"}\n";
  }
  return out;
}

// Stories assigned with `threads` threads to the articles of `input`:
// "seq story" lines, and the saved state.
std::string Assign(const std::string& input, const std::string& db_path, size_t threads) {
  std::unique_ptr<store::Database> db;
  EXPECT_TRUE(store::Database::Open(db_path, &db).ok());
  std::ostringstream errors;
  IngestOptions options;
  options.errors = &errors;
  options.stories = false;
  IngestCounts counts;
  EXPECT_TRUE(RunIngest(*db, {input}, options, &counts).ok());
  size_t count = 0;
  EXPECT_TRUE(AssignStories(*db, threads, &count).ok());
  EXPECT_EQ(count, 300u);
  std::string out;
  store::Statement stories;
  EXPECT_TRUE(stories.Prepare(*db, "SELECT count(DISTINCT story) FROM article_stories").ok());
  EXPECT_TRUE(stories.Step());
  // Neither one story nor one per article: the stories have work to do.
  EXPECT_GT(stories.Int(0), 10);
  EXPECT_LT(stories.Int(0), 250);
  for (const char* sql : {"SELECT seq || ' ' || story FROM article_stories ORDER BY seq",
                          "SELECT hex(state) FROM story_state"}) {
    store::Statement q;
    EXPECT_TRUE(q.Prepare(*db, sql).ok()) << sql;
    while (q.Step()) out += std::string(q.Text(0)) + "\n";
  }
  return out;
}

// The rows are read and their words found on the pool while one thread
// adds them: how many threads must not change a story.
TEST(StoryAssignmentTest, ThreadsDoNotChangeTheStories) {
  ScratchDir dir;
  WriteFile(dir / "in.jsonl", Articles());
  const std::string one = Assign(dir / "in.jsonl", dir / "one.db", 1);
  const std::string three = Assign(dir / "in.jsonl", dir / "three.db", 3);
  EXPECT_EQ(one, three);
  EXPECT_GT(one.size(), 300u * 4);
}

}  // namespace
}  // namespace qt::pipeline
