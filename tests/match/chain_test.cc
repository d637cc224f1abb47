#include "match/chain.h"

#include <gtest/gtest.h>

namespace qt::match {
namespace {

quotes::Quote Said(std::string id, std::string speaker, std::string to = "",
                   std::string nested_in = "") {
  quotes::Quote q;
  q.id = std::move(id);
  q.speaker = std::move(speaker);
  q.to = std::move(to);
  q.nested_in = std::move(nested_in);
  return q;
}

using Chain = std::vector<std::string>;

TEST(ChainTest, SpeakerAddresseeReporterAndOutlet) {
  quotes::Quote q = Said("a#1", "Ravi Mendes", "Lena Okafor");
  q.via = "Northern Ledger";
  EXPECT_EQ(ChainOf(q, {q}, "Daily Wirehouse"),
            (Chain{"Ravi Mendes", "to Lena Okafor", "reported by Northern Ledger",
                   "printed by Daily Wirehouse"}));
  EXPECT_EQ(ChainOf(Said("a#1", ""), {}, ""), Chain{"unknown speaker"});
}

TEST(ChainTest, AReportCreditedToNoOneIsReportedly) {
  quotes::Quote q = Said("a#1", "Ravi Mendes", "Lena Okafor");
  q.via = std::string(quotes::kUnnamedReports);
  EXPECT_EQ(ChainOf(q, {q}, "Daily Wirehouse"),
            (Chain{"Ravi Mendes", "to Lena Okafor", "reportedly", "printed by Daily Wirehouse"}));
}

TEST(ChainTest, ANestedQuotationRunsThroughTheAccountThatHoldsIt) {
  const quotes::Quote outer = Said("a#1", "Lena Okafor", "Harbor Times");
  const quotes::Quote inner = Said("a#2", "Ravi Mendes", "Lena Okafor", "a#1");
  // Said to the one who tells it: the addressee is the next link anyway.
  EXPECT_EQ(ChainOf(inner, {outer, inner}, ""),
            (Chain{"Ravi Mendes", "Lena Okafor", "to Harbor Times"}));
}

TEST(ChainTest, ASpeakerTellingTheirOwnWordsIsNoNewLink) {
  const quotes::Quote outer = Said("a#1", "Lena Okafor");
  const quotes::Quote reply = Said("a#2", "Lena Okafor", "Ravi Mendes", "a#1");
  EXPECT_EQ(ChainOf(reply, {outer, reply}, ""), (Chain{"Lena Okafor", "to Ravi Mendes"}));
}

}  // namespace
}  // namespace qt::match
