#include "text/english_words.h"

#include <gtest/gtest.h>

namespace qt::text {
namespace {

TEST(EnglishWordsTest, HoldsLowerCaseWordsButNoNames) {
  EXPECT_TRUE(IsEnglishWord("recently"));
  EXPECT_TRUE(IsEnglishWord("friends"));
  EXPECT_TRUE(IsEnglishWord("a"));
  EXPECT_FALSE(IsEnglishWord("Recently"));  // callers lower-case first
  EXPECT_FALSE(IsEnglishWord("lindqvist"));
  EXPECT_FALSE(IsEnglishWord("okafor"));
  EXPECT_FALSE(IsEnglishWord(""));
  EXPECT_FALSE(IsEnglishWord("recently's"));
}

}  // namespace
}  // namespace qt::text
