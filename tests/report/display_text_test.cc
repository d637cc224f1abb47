#include "report/display_text.h"

#include <gtest/gtest.h>

namespace qt::report {
namespace {

TEST(DisplayTextTest, AQuotationLosesTheCommaThatLedIntoItsTag) {
  EXPECT_EQ(QuotationForDisplay("We will open on Friday,", 80), "We will open on Friday");
  EXPECT_EQ(QuotationForDisplay("We will open on Friday, ", 80), "We will open on Friday");
  EXPECT_EQ(QuotationForDisplay("We will open.", 80), "We will open.");
  EXPECT_EQ(QuotationForDisplay("Soon,\nmaybe,", 80), "Soon, maybe");
  EXPECT_EQ(QuotationForDisplay("", 80), "");
  EXPECT_EQ(QuotationForDisplay("We will open on Friday,", 7), "We will…");
}

TEST(DisplayTextTest, ACountTakesItsNounInTheSingularOrThePlural) {
  EXPECT_EQ(Counted(1, "outlet"), "1 outlet");
  EXPECT_EQ(Counted(0, "outlet"), "0 outlets");
  EXPECT_EQ(Counted(3, "article"), "3 articles");
  EXPECT_EQ(Counted(1, "story", "stories"), "1 story");
  EXPECT_EQ(Counted(2, "story", "stories"), "2 stories");
}

}  // namespace
}  // namespace qt::report
