#include "text/utf8.h"

#include <gtest/gtest.h>

namespace qt::text {
namespace {

TEST(Utf8Test, InvisiblesAreRemoved) {
  std::string name = "Doug \u00ADAndres\u200B";
  RemoveInvisibles(&name);
  EXPECT_EQ(name, "Doug Andres");
  name = "Ren\u00E9e \u2014 Okafor";
  RemoveInvisibles(&name);
  EXPECT_EQ(name, "Ren\u00E9e \u2014 Okafor");
}

TEST(Utf8Test, ValidTextIsLeftAlone) {
  std::string s = "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x93\xB0";
  const std::string before = s;
  EXPECT_TRUE(IsValidUtf8(s));
  EXPECT_EQ(RepairUtf8(&s), 0u);
  EXPECT_EQ(s, before);
}

TEST(Utf8Test, StrayByteBecomesOneReplacement) {
  std::string s = "ab\xFF" "cd";
  EXPECT_FALSE(IsValidUtf8(s));
  EXPECT_EQ(RepairUtf8(&s), 1u);
  EXPECT_EQ(s, "ab\xEF\xBF\xBD" "cd");
}

TEST(Utf8Test, TruncatedSequenceIsOneMaximalSubpart) {
  // E2 80 starts a three-byte sequence that never ends: one U+FFFD, not two.
  std::string s = "x\xE2\x80y";
  EXPECT_EQ(RepairUtf8(&s), 1u);
  EXPECT_EQ(s, "x\xEF\xBF\xBDy");
}

TEST(Utf8Test, OverlongAndSurrogateAreRejected) {
  std::string overlong = "\xC0\xAF";
  EXPECT_EQ(RepairUtf8(&overlong), 2u);
  std::string surrogate = "\xED\xA0\x80";
  EXPECT_EQ(RepairUtf8(&surrogate), 3u);
  EXPECT_TRUE(IsValidUtf8(surrogate));
}

TEST(Utf8Test, TruncatedAtEndOfInput) {
  std::string s = "end\xF0\x9F";
  EXPECT_EQ(RepairUtf8(&s), 1u);
  EXPECT_EQ(s, "end\xEF\xBF\xBD");
}

TEST(Utf8Test, DecodeAndEncodeRoundTrip) {
  const std::u32string points = {U'a', U'\u00E9', U'\u201C', U'\U0001F4F0'};
  std::string encoded;
  for (char32_t c : points) AppendUtf8(c, &encoded);
  size_t i = 0;
  for (char32_t c : points) EXPECT_EQ(DecodeUtf8(encoded, &i), c);
  EXPECT_EQ(i, encoded.size());
  size_t j = encoded.size();
  EXPECT_EQ(DecodeUtf8Before(encoded, &j), U'\U0001F4F0');
  EXPECT_EQ(DecodeUtf8Before(encoded, &j), U'\u201C');
}

}  // namespace
}  // namespace qt::text
