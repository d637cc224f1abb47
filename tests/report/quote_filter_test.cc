#include "report/quote_filter.h"

#include <gtest/gtest.h>

namespace qt::report {
namespace {

quotes::Quote Quote(std::string doc, std::string speaker, std::string text,
                    std::string kind = "direct", int64_t cluster = 0) {
  quotes::Quote q;
  q.doc = std::move(doc);
  q.speaker = std::move(speaker);
  q.text = std::move(text);
  q.kind = std::move(kind);
  q.cluster = cluster;
  return q;
}

QuoteFilter Filter(QuoteFilter::Conditions c) { return QuoteFilter(std::move(c)); }

TEST(QuoteFilterTest, NoConditionsPassEverything) {
  EXPECT_TRUE(Filter({}).Passes(Quote("a", "", "", "scare")));
}

TEST(QuoteFilterTest, APhraseMustBeTextWithWords) {
  EXPECT_TRUE(CheckPhrase("--", "says", "no way").ok());
  EXPECT_EQ(CheckPhrase("--", "says", "...").message(), "--says \"...\" has no words to look for");
  // A terminal in Latin-1 sends "café" as these bytes.
  EXPECT_EQ(CheckPhrase("--", "says", "caf\xE9").message(), "--says is not UTF-8 text");
  std::unique_ptr<QuoteFilter> filter;
  EXPECT_FALSE(MakeFilter({.speaker = "Reyes \xFF"}, "", &filter).ok());
}

TEST(QuoteFilterTest, SpeakerWordsInAnyCase) {
  const quotes::Quote q = Quote("a", "Tomas Reyes", "We will build it.");
  EXPECT_TRUE(Filter({.speaker = "reyes"}).Passes(q));
  EXPECT_TRUE(Filter({.speaker = "TOMAS REYES"}).Passes(q));
  EXPECT_FALSE(Filter({.speaker = "Tom"}).Passes(q));          // whole words
  EXPECT_FALSE(Filter({.speaker = "Reyes Tomas"}).Passes(q));  // in order
  EXPECT_FALSE(Filter({.speaker = "reyes"}).Passes(Quote("a", "", "We will build it.")));
}

TEST(QuoteFilterTest, CaseFoldingBeyondAscii) {
  EXPECT_TRUE(Filter({.speaker = "élise"}).Passes(Quote("a", "ÉLISE Marchetti", "Oui.")));
}

TEST(QuoteFilterTest, WordsAPrintingHoldsTogetherAsVariantMatchingReadsThem) {
  const quotes::Quote q = Quote("a", "Lena Okafor", "There’s “no way,” she insisted — none.");
  EXPECT_TRUE(Filter({.says = "no way"}).Passes(q));
  EXPECT_TRUE(Filter({.says = "NO, WAY"}).Passes(q));  // punctuation aside
  EXPECT_TRUE(Filter({.says = "there's"}).Passes(q));  // ’ read as '
  EXPECT_FALSE(Filter({.says = "way no"}).Passes(q));
  EXPECT_FALSE(Filter({.says = "no"}).Passes(Quote("a", "", "Nobody knows.")));  // whole words
}

TEST(QuoteFilterTest, ACensoredWordMatchesTheWordItHides) {
  const quotes::Quote q = Quote("a", "Ada Lindqvist", "That was b*****, frankly.");
  EXPECT_TRUE(Filter({.says = "was badass"}).Passes(q));
  EXPECT_TRUE(Filter({.says = "b*****"}).Passes(q));
  EXPECT_FALSE(Filter({.says = "was great"}).Passes(q));  // another first letter
  EXPECT_TRUE(Filter({.says = "badass"}).Passes(Quote("a", "", "That was b***ss.")));
  EXPECT_TRUE(Filter({.says = "damned"}).Passes(Quote("a", "", "A d*** mess.")));  // not as long
  EXPECT_FALSE(Filter({.says = "zebras"}).Passes(Quote("a", "", "The z**oed plan.")));
  EXPECT_FALSE(Filter({.says = "zoo"}).Passes(Quote("a", "", "The z**oed plan.")));  // too short
  EXPECT_FALSE(Filter({.says = "b*****"}).Passes(Quote("a", "", "That was brave.")));
}

TEST(QuoteFilterTest, ArticlesClustersAndKinds) {
  const quotes::Quote q = Quote("harbor-2", "Kalani Berg", "Not yet.", "partial", 7);
  EXPECT_TRUE(Filter({.docs = {"millbrook-1", "harbor-2"}}).Passes(q));
  EXPECT_FALSE(Filter({.docs = {"millbrook-1"}}).Passes(q));
  EXPECT_TRUE(Filter({.cluster = 7}).Passes(q));
  EXPECT_FALSE(Filter({.cluster = 8}).Passes(q));
  EXPECT_TRUE(Filter({.kinds = {"direct", "partial"}}).Passes(q));
  EXPECT_FALSE(Filter({.kinds = {"scare"}}).Passes(q));
  EXPECT_FALSE(
      Filter({.speaker = "berg", .says = "yet", .cluster = 8}).Passes(q));  // all must hold
}

TEST(QuoteFilterTest, OutletsAndDays) {
  quotes::Quote q = Quote("harbor-2", "Kalani Berg", "Not yet.");
  q.outlet = "The Alder Courier";
  q.date = "2025-03-04T09:15:00Z";
  EXPECT_TRUE(Filter({.outlet = "alder courier"}).Passes(q));
  EXPECT_FALSE(Filter({.outlet = "Coastline"}).Passes(q));
  EXPECT_TRUE(Filter({.since = "2025-03-04", .until = "2025-03-04"}).Passes(q));  // whole days
  EXPECT_TRUE(Filter({.since = "2025-03-01"}).Passes(q));
  EXPECT_FALSE(Filter({.since = "2025-03-05"}).Passes(q));
  EXPECT_FALSE(Filter({.until = "2025-03-03"}).Passes(q));
  q.date.clear();
  EXPECT_FALSE(Filter({.since = "2025-03-01"}).Passes(q));  // undated: in no range
}

}  // namespace
}  // namespace qt::report
