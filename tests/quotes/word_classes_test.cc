#include "quotes/word_classes.h"

#include <gtest/gtest.h>

namespace qt::quotes {
namespace {

TEST(WordClassesTest, AContractedPronounHasThePronounsClasses) {
  for (const char* word : {"he’s", "she'd", "they’ll", "they're", "we’ve", "i'm"}) {
    EXPECT_TRUE(WordClassesOf(word) & kSubjectPronoun) << word;
  }
  EXPECT_EQ(WithoutContraction("they’ll"), "they");
  // Only a pronoun lends its classes, and only through a contraction.
  EXPECT_EQ(WordClassesOf("harbor's"), 0u);
  EXPECT_EQ(WordClassesOf("hes"), 0u);
  EXPECT_EQ(WordClassesOf("'s"), 0u);
}

TEST(WordClassesTest, SuffixesGiveClasses) {
  EXPECT_TRUE(WordClassesOf("quietly") & kVerbModifier);
  EXPECT_FALSE(WordClassesOf("fly") & kVerbModifier);  // too short to be an adverb
  EXPECT_TRUE(WordClassesOf("43-year-old") & kPersonNoun);
}

}  // namespace
}  // namespace qt::quotes
