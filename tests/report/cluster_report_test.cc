#include "report/cluster_report.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

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

}  // namespace
}  // namespace qt::report
