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

}  // namespace
}  // namespace qt::report
