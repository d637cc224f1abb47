#include "report/cluster_report.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>

#include "ingest_util.h"
#include "store/database.h"
#include "test_util.h"

namespace qt::report {
namespace {

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// A report is a summary: a cluster printed in thousands of wordings shows
// a few of them and how many there are.
TEST(ClusterReportTest, AClusterShowsSomeOfItsWordingsAndHowManyInAll) {
  ClusterSummary c;
  c.cluster = 42;
  c.text = "We will reopen the harbor by spring";
  for (int i = 0; i < 13; ++i) {
    c.wordings.push_back({"We will reopen the harbor", "", {{"a#1", {"a" + std::to_string(i)}}}});
  }
  std::ostringstream all, some;
  WriteClusterText(c, all);
  WriteClusterText(c, some, 10);
  EXPECT_EQ(Count(all.str(), "variant ("), 12u);
  EXPECT_EQ(Count(all.str(), "in all"), 0u);
  EXPECT_EQ(Count(some.str(), "variant ("), 10u);
  EXPECT_NE(some.str().find("… 13 wordings in all (quotetrace quotes --cluster 42)"),
            std::string::npos)
      << some.str();
}

TEST(ClusterReportTest, ADenialShowsSomeOfTheClaimsItContestsAndHowManyInAll) {
  DisputeSummary d;
  d.denial.text = "The fund made no such promise";
  for (int i = 0; i < 12; ++i) d.contested.push_back({i + 1, "We will pay every saver", ""});
  std::ostringstream all, some;
  WriteDisputeText(d, all);
  WriteDisputeText(d, some, 10);
  EXPECT_EQ(Count(all.str(), "contests “"), 12u);
  EXPECT_EQ(Count(some.str(), "contests “"), 10u);
  EXPECT_NE(some.str().find("… 12 claims in all (quotetrace disputes)"), std::string::npos)
      << some.str();
}

TEST(ClusterReportTest, TheMostPrintedDenialsComeFirst) {
  std::vector<DisputeSummary> disputes(4);
  disputes[0].articles = {"a"};
  disputes[1].articles = {"a", "b", "c"};
  disputes[2].articles = {"a", "b"};
  disputes[3].articles = {"c", "d", "e"};
  for (size_t i = 0; i < disputes.size(); ++i) disputes[i].denial.cluster = static_cast<int64_t>(i);
  const std::vector<DisputeSummary> top = MostPrintedDisputes(disputes, 3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].denial.cluster, 1);  // equals keep their order
  EXPECT_EQ(top[1].denial.cluster, 3);
  EXPECT_EQ(top[2].denial.cluster, 2);
}

// The view holds whole only the quotations of the stories that print a
// denial, but a contested claim is still shown in its longest printing,
// which another story printed.
TEST(CorpusViewTest, AContestedClaimIsShownInItsLongestPrintingFromAnotherStory) {
  qt::testing::ScratchDir dir;
  const auto article = [](const char* id, const char* date, const std::string& text) {
    return std::string(R"({"id": ")") + id + R"(", "date": ")" + date + R"(", "text": ")" + text +
           "\"}\n";
  };
  qt::testing::WriteFile(
      dir / "in.jsonl",
      article("meeting", "2025-03-01",
              "Kalani Berg opened the annual meeting of the Harbor Fund in Port Ellery with a "
              "promise to its members. \u201cWe will pay every saver, and we will do it by "
              "spring,\u201d Berg said. The trustees approved the budget and elected two new "
              "members to the board of the cooperative.") +
          article("call", "2025-04-02",
                  "Senator Ada Lindqvist told reporters at the pension hearing in the capital "
                  "about a telephone call with the chief of the fund. \u201cKalani Berg told "
                  "me, \u2018We will pay every saver,\u2019 and I believed him,\u201d "
                  "Lindqvist said at the pension hearing.") +
          article("denial", "2025-04-03",
                  "Senator Ada Lindqvist described her telephone call at the pension hearing "
                  "in the capital again on Thursday. \u201cKalani Berg made no such promise "
                  "to the senator,\u201d a spokesperson for the fund insisted."));
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir / "t.db", &db).ok());
  qt::testing::IngestFiles(*db, {dir / "in.jsonl"});

  CorpusView view;
  ASSERT_TRUE(CorpusView::Load(*db, &view).ok());
  ASSERT_EQ(view.stories.size(), 2u);  // the meeting, and the call with its denial
  const std::vector<DisputeSummary> disputes = DisputeSummaries(view);
  ASSERT_EQ(disputes.size(), 1u);
  std::set<std::string> claims;
  for (const DisputeSummary::Claim& c : disputes[0].contested) claims.insert(c.text);
  EXPECT_TRUE(claims.count("We will pay every saver, and we will do it by spring,"))
      << ::testing::PrintToString(claims);
  for (const match::QuoteFacts& q : view.quotes) {
    EXPECT_NE(q.id.substr(0, q.id.find('#')), "meeting") << "held whole: " << q.text;
  }
}

}  // namespace
}  // namespace qt::report
