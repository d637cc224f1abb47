#include "ingest/date_parser.h"

#include <gtest/gtest.h>

namespace qt::ingest {
namespace {

TEST(DateParserTest, IsoDates) {
  EXPECT_EQ(ParseDate("2024-09-10"), "2024-09-10");
  EXPECT_EQ(ParseDate("2024/9/1"), "2024-09-01");
  EXPECT_EQ(ParseDate("2024-09-10T14:05:00"), "2024-09-10T14:05:00");
  EXPECT_EQ(ParseDate("2024-09-10T14:05:00Z"), "2024-09-10T14:05:00Z");
  EXPECT_EQ(ParseDate("2024-09-10T14:05:00.123+02:00"), "2024-09-10T12:05:00Z");
  EXPECT_EQ(ParseDate("2024-09-10 23:30:00-0500"), "2024-09-11T04:30:00Z");
}

TEST(DateParserTest, Rfc2822) {
  EXPECT_EQ(ParseDate("Tue, 10 Sep 2024 14:05:00 +0000"), "2024-09-10T14:05:00Z");
  EXPECT_EQ(ParseDate("Tue, 10 Sep 2024 14:05:00 GMT"), "2024-09-10T14:05:00Z");
  EXPECT_EQ(ParseDate("10 Sep 2024 10:05 EDT"), "2024-09-10T14:05:00Z");
  EXPECT_EQ(ParseDate("10 Sep 2024 16:05 CEST"), "2024-09-10T14:05:00Z");
}

TEST(DateParserTest, AmericanZonesFollowDaylightTime) {
  EXPECT_EQ(ParseDate("Sept. 10, 2024, 10:05 a.m. ET"), "2024-09-10T14:05:00Z");
  EXPECT_EQ(ParseDate("Dec. 2, 2024, 10:00 a.m. ET"), "2024-12-02T15:00:00Z");
  EXPECT_EQ(ParseDate("Dec. 2, 2024, 7:00 a.m. PT"), "2024-12-02T15:00:00Z");
  // 2024's change: 2:00 on March 10 and on November 3.
  EXPECT_EQ(ParseDate("March 10, 2024 1:30 a.m. ET"), "2024-03-10T06:30:00Z");
  EXPECT_EQ(ParseDate("March 10, 2024 3:30 a.m. ET"), "2024-03-10T07:30:00Z");
  EXPECT_EQ(ParseDate("November 3, 2024 1:30 a.m. ET"), "2024-11-03T05:30:00Z");
  EXPECT_EQ(ParseDate("November 3, 2024 3:30 a.m. ET"), "2024-11-03T08:30:00Z");
}

TEST(DateParserTest, NewspaperForms) {
  EXPECT_EQ(ParseDate("Sept. 9, 2024"), "2024-09-09");
  EXPECT_EQ(ParseDate("September 9, 2024"), "2024-09-09");
  EXPECT_EQ(ParseDate("Sep 9 2024"), "2024-09-09");
  EXPECT_EQ(ParseDate("9 September 2024"), "2024-09-09");
  EXPECT_EQ(ParseDate("Published: Monday, March 3rd, 2025"), "2025-03-03");
  EXPECT_EQ(ParseDate("Updated Jan. 5, 2023 at 4:30 p.m."), "2023-01-05T16:30:00");
}

TEST(DateParserTest, UnixTime) {
  EXPECT_EQ(ParseDate("1725977100"), "2024-09-10T14:05:00Z");
  EXPECT_EQ(ParseDate("1725977100123"), "2024-09-10T14:05:00Z");  // milliseconds
  EXPECT_EQ(ParseDate(" 1725977100 "), "2024-09-10T14:05:00Z");
  EXPECT_EQ(ParseDate("172597710"), std::nullopt);  // nine digits: no date we read
  EXPECT_EQ(ParseDate("17259771001"), std::nullopt);
}

TEST(DateParserTest, RejectsWhatIsNoDate) {
  EXPECT_EQ(ParseDate(""), std::nullopt);
  EXPECT_EQ(ParseDate("yesterday"), std::nullopt);
  EXPECT_EQ(ParseDate("2024-02-30"), std::nullopt);
  EXPECT_EQ(ParseDate("May we go, 2024"), std::nullopt);
  EXPECT_EQ(ParseDate("February 29, 2023"), std::nullopt);
  EXPECT_EQ(ParseDate("February 29, 2024"), "2024-02-29");
}

// Every date ParseDate writes reads back as itself: years run from 1800 to
// 2200 however the date is written, and a zone that moves it out of them
// leaves no date (a Unix time of ten digits reaches 2286).
TEST(DateParserTest, EveryDateWrittenReadsBackAsItself) {
  EXPECT_EQ(ParseDate("7512977100"), std::nullopt);  // 2208
  EXPECT_EQ(ParseDate("2208-01-29T18:05:00Z"), std::nullopt);
  EXPECT_EQ(ParseDate("2200-12-31T23:00:00-05:00"), std::nullopt);  // 2201 in UTC
  EXPECT_EQ(ParseDate("1800-01-01T00:30:00+01:00"), std::nullopt);  // 1799 in UTC
  EXPECT_EQ(ParseDate("2200-12-31T18:00:00-05:00"), "2200-12-31T23:00:00Z");
  for (const char* s : {"1725977100", "2200-12-31T18:00:00-05:00", "Tue, 10 Sep 2024 14:05:00 EDT",
                        "Updated Jan. 5, 2023 at 4:30 p.m.", "2024-02-29T23:59:60Z"}) {
    const std::optional<std::string> date = ParseDate(s);
    ASSERT_TRUE(date) << s;
    EXPECT_EQ(ParseDate(*date), date) << s;
  }
}

}  // namespace
}  // namespace qt::ingest
