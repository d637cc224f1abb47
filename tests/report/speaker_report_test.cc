#include "report/speaker_report.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "ingest_util.h"
#include "store/database.h"
#include "test_util.h"

namespace qt::report {
namespace {

std::string Article(const char* id, const std::string& text) {
  return std::string(R"({"id": ")") + id + R"(", "text": ")" + text + "\"}\n";
}

// Three outlets spell one harbor master three ways; each article resolves
// its own short names, and the speakers' count joins the spellings.
TEST(SpeakerReportTest, OnePersonsSpellingsCountAsOne) {
  qt::testing::ScratchDir dir;
  qt::testing::WriteFile(
      dir / "in.jsonl",
      Article("a",
              "Tomas J. Reyes, the harbor master, spoke on Monday. \u201cThe channel is "
              "open,\u201d Reyes said. \u201cThe buoys are new,\u201d he added.") +
          Article("b",
                  "Tomas Reyes toured the docks. \u201cWe dredged all winter,\u201d Reyes "
                  "said. \u201cIt paid off,\u201d he said.") +
          Article("c",
                  "Mr. Reyes spoke again on Friday. \u201cThe ferries run on time,\u201d "
                  "Reyes said.") +
          Article("d",
                  "Lena Okafor leads the council. \u201cWe approved the budget,\u201d "
                  "Okafor said."));
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  qt::testing::IngestFiles(*db, {dir / "in.jsonl"});

  std::vector<SpeakerSummary> speakers;
  ASSERT_TRUE(SpeakerSummaries(*db, "", 0, &speakers).ok());
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0].speaker, "Tomas Reyes");
  EXPECT_EQ(speakers[0].quotes, 5u);
  EXPECT_EQ(speakers[0].articles, 3u);
  EXPECT_EQ(speakers[0].printed_as, (std::vector<std::pair<std::string, size_t>>{
                                        {"Tomas J. Reyes", 2}, {"Tomas Reyes", 2}, {"Reyes", 1}}));
  EXPECT_EQ(speakers[1].speaker, "Lena Okafor");
  EXPECT_TRUE(speakers[1].printed_as.empty());
}

}  // namespace
}  // namespace qt::report
