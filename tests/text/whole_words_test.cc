#include "text/whole_words.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace qt::text {
namespace {

// Contains answers what a search of the text answers; each case is checked
// both ways.
void ExpectBothSay(std::string_view text, std::string_view word, bool expected) {
  const WholeWords words(text);
  EXPECT_EQ(words.Contains(word), expected) << word;
  EXPECT_EQ(WholeWords::Search(text, word), expected) << word;
}

TEST(WholeWordsTest, AWholeWordCounts) {
  const std::string text = "Nothing moved. There was nothing to see, said Ada.";
  ExpectBothSay(text, "nothing", true);
  ExpectBothSay(text, "there", false);  // printed capitalized only
  ExpectBothSay(text, "said", true);
  ExpectBothSay(text, "ada", false);
}

TEST(WholeWordsTest, PartOfALongerWordDoesNotCount) {
  const std::string text = "Nothingness aside, the nothings and somethings piled up";
  ExpectBothSay(text, "nothing", false);
  ExpectBothSay(text, "some", false);
  ExpectBothSay(text, "up", true);  // at the text's end
  ExpectBothSay(text, "the", true);
}

TEST(WholeWordsTest, PunctuationSeparatesWordsButNonAsciiLettersDoNot) {
  const std::string text = "a nothing-burger, first's turn, caf\xC3\xA9s and r\xC3\xB4le";
  ExpectBothSay(text, "nothing", true);  // before a hyphen
  ExpectBothSay(text, "burger", true);
  ExpectBothSay(text, "first", true);    // before an apostrophe
  ExpectBothSay(text, "caf", false);     // é continues the word
  ExpectBothSay(text, "r", false);
  ExpectBothSay(text, "a", true);        // at the text's start
}

TEST(WholeWordsTest, AWordWithPunctuationIsSearchedFor) {
  const std::string text = "the o'neill house and the well-known one";
  ExpectBothSay(text, "o'neill", true);
  ExpectBothSay(text, "well-known", true);
  ExpectBothSay(text, "known one", true);
  ExpectBothSay(text, "ll-kn", false);
}

TEST(WholeWordsTest, AQuestionAskedAgainGetsTheSameAnswer) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += "w" + std::to_string(i) + (i % 7 == 0 ? ". " : " ");
  const WholeWords words(text);
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 500; i += 7) EXPECT_TRUE(words.Contains("w" + std::to_string(i))) << i;
    EXPECT_FALSE(words.Contains("w500"));
    EXPECT_FALSE(words.Contains("w"));
  }
}

TEST(WholeWordsTest, AnEmptyTextHoldsNothing) {
  ExpectBothSay("", "a", false);
  ExpectBothSay("...", "a", false);
}

// Inside a sentence: after a letter, a digit or a comma, or after a
// quotation closed by a comma; not where a sentence or a paragraph opens.
TEST(WholeWordsTest, AWordInsideASentenceIsToldFromOneOpeningIt) {
  const std::string text =
      "Hours later, Reyes spoke.\nAcross town, said Berg. \u201cNo,\u201d King said. "
      "\"Yes,\" Fox said. \u201cNo.\u201d Hale said. Judge Ada Brown left. Cook: Rice.";
  const WholeWords words(text);
  for (std::string_view word : {"Reyes", "Berg", "King", "Fox", "Brown"}) {
    EXPECT_TRUE(words.ContainsInsideSentence(word)) << word;
    EXPECT_TRUE(WholeWords::SearchInsideSentence(text, word)) << word;
  }
  for (std::string_view word : {"Hours", "Across", "Hale", "Cook", "Rice", "Judge"}) {
    EXPECT_FALSE(words.ContainsInsideSentence(word)) << word;
    EXPECT_FALSE(WholeWords::SearchInsideSentence(text, word)) << word;
  }
  EXPECT_TRUE(words.Contains("Hours"));  // the other question keeps its own answer
}

// A text of kIndexedBytes or more is answered from an index of its words:
// the same answers as a search, for words of every kind. The text is
// random words, capitals, accents and punctuation, so every boundary
// case above comes up many times.
TEST(WholeWordsTest, ALongTextIsIndexedAndAnswersAsASearchDoes) {
  const std::vector<std::string> pieces = {
      "nothing",     "Nothing",     "the",   "o'neill", "well-known",
      "caf\xC3\xA9", "r\xC3\xB4le", "Reyes", "w1",      "w12",
      "a",           ". ",          ", ",    "\n",      "\u201cNo,\u201d ",
      " ",           "\"Yes,\" ",   ": ",    "-",       "'s",
      "  ",          "\t"};
  std::string text;
  uint32_t state = 12345;
  const auto next = [&state] { return state = state * 1103515245u + 12345u; };
  while (text.size() < WholeWords::kIndexedBytes + 1000)
    text += pieces[(next() >> 8) % pieces.size()];
  const WholeWords words(text);
  const std::vector<std::string> asked = {"nothing", "Nothing", "the",  "o'neill", "neill", "well",
                                          "known",   "caf",     "role", "Reyes",   "reyes", "w1",
                                          "w12",     "w",       "a",    "s",       "",      "No"};
  for (int round = 0; round < 2; ++round) {
    for (const std::string& w : asked) {
      EXPECT_EQ(words.Contains(w), WholeWords::Search(text, w)) << w;
      EXPECT_EQ(words.ContainsInsideSentence(w), WholeWords::SearchInsideSentence(text, w)) << w;
    }
  }
  EXPECT_TRUE(words.Contains("nothing"));
  EXPECT_FALSE(words.Contains("w"));  // only ever printed in w1 and w12
}

}  // namespace
}  // namespace qt::text
