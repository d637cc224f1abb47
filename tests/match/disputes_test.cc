#include "match/disputes.h"

#include <gtest/gtest.h>

namespace qt::match {
namespace {

TEST(DisputesTest, ADenialContestsReportedClaimsNotOwnWords) {
  const std::vector<QuoteFacts> quotes = {
      // Vance's account of Mendes's call, with Mendes's words inside it.
      {"a#1", "", 1, 7, "Harriet Vance", "", "He called me and said, ‘I will support this one.’"},
      {"a#2", "a#1", 2, 7, "Ravi Mendes", "", "I will support this one."},
      // Mendes in his own interview.
      {"a#3", "", 3, 7, "Ravi Mendes", "", "Privacy matters to our users."},
      // The company's denial, naming Mendes.
      {"a#4", "", 4, 7, "Quillon spokesperson", "denied", "Mr. Mendes has not taken a position."},
      {"b#1", "", 4, 7, "Quillon spokesperson", "", "Mr. Mendes has not taken a position."},
      // Another story entirely.
      {"c#1", "x", 5, 9, "Ravi Mendes", "", "Nothing to add."},
  };
  const std::vector<Dispute> disputes = FindDisputes(quotes);
  ASSERT_EQ(disputes.size(), 1u);
  EXPECT_EQ(disputes[0].cluster, 4);
  EXPECT_EQ(disputes[0].cues, std::vector<std::string>{"denied"});
  EXPECT_EQ(disputes[0].contested, (std::vector<int64_t>{1, 2}));
}

}  // namespace
}  // namespace qt::match
