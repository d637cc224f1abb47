#include "text/english_words.h"

#include <gtest/gtest.h>

#include <string>

namespace qt::text {

extern const char kEnglishWords[];  // english_words_data.cc: the list, one word a line

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
  EXPECT_FALSE(IsEnglishWord("a\nb"));
}

// The binary search over the list's bytes finds every word of it, and
// nothing that sorts between two of them.
TEST(EnglishWordsTest, FindsEveryListedWordAndNothingBetween) {
  const std::string_view list(kEnglishWords);
  size_t words = 0, begin = 1;
  while (begin < list.size()) {
    const size_t end = list.find('\n', begin);
    const std::string_view word = list.substr(begin, end - begin);
    ASSERT_TRUE(IsEnglishWord(word)) << word;
    EXPECT_FALSE(IsEnglishWord(std::string(word) + "{")) << word;  // '{' sorts after 'z'
    ++words;
    begin = end + 1;
  }
  EXPECT_GT(words, 50000u);
  EXPECT_FALSE(IsEnglishWord("zzzzzz"));
  EXPECT_FALSE(IsEnglishWord("`"));  // sorts before 'a'
}

}  // namespace
}  // namespace qt::text
