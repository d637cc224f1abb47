#include "text/word_table.h"

#include <string>

#include <gtest/gtest.h>

namespace qt::text {
namespace {

TEST(WordTableTest, FindsWhatWasAddedAndNothingElse) {
  WordTable<int> table;
  table["said"] = 1;
  table["told"] |= 2;
  table["told"] |= 4;  // the same entry
  EXPECT_EQ(table.size(), 2u);
  ASSERT_NE(table.Find("said"), nullptr);
  EXPECT_EQ(*table.Find("said"), 1);
  EXPECT_EQ(*table.Find("told", HashWord("told")), 6);
  EXPECT_EQ(table.Find("sai"), nullptr);
  EXPECT_EQ(table.Find("saids"), nullptr);
  EXPECT_EQ(table.Find(""), nullptr);
}

TEST(WordTableTest, GrowsAndKeepsEveryWord) {
  WordTable<size_t> table;
  for (size_t i = 0; i < 5000; ++i) table["w" + std::to_string(i)] = i;
  EXPECT_EQ(table.size(), 5000u);
  for (size_t i = 0; i < 5000; ++i) {
    const size_t* v = table.Find("w" + std::to_string(i));
    ASSERT_NE(v, nullptr) << i;
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(table.Find("w5000"), nullptr);
}

// A lookup compares the words, not only their hashes: a wrong hash given
// with a held word finds nothing rather than another word's value.
TEST(WordTableTest, AHashAloneNeverMatches) {
  WordTable<int> table;
  table["he"] = 1;
  EXPECT_EQ(table.Find("she", HashWord("he")), nullptr);
}

}  // namespace
}  // namespace qt::text
