#include "quotes/gender.h"

#include <gtest/gtest.h>

#include "quotes/extractor.h"

namespace qt::quotes {
namespace {

TEST(GenderTest, TheDataFileMarksTitlesRolesAndFirstNames) {
  EXPECT_EQ(GenderOfRoleWord("mrs."), Gender::kFemale);
  EXPECT_EQ(GenderOfRoleWord("spokesman"), Gender::kMale);
  EXPECT_EQ(GenderOfFirstName("hillary"), Gender::kFemale);
  EXPECT_EQ(GenderOfFirstName("donald"), Gender::kMale);
  // Names common to both say nothing.
  EXPECT_EQ(GenderOfFirstName("dana"), Gender::kUnknown);
  EXPECT_EQ(GenderOfFirstName("okafor"), Gender::kUnknown);
}

TEST(GenderTest, ARoleWordWinsOverTheFirstNameAndAPlaceIsNoFirstName) {
  EXPECT_EQ(GenderOfName({"mr."}, "Dana Fox"), Gender::kMale);
  EXPECT_EQ(GenderOfName({}, "Ada Lindqvist"), Gender::kFemale);
  // "Virginia Gov. Tomas Reyes": a state printed before a name is no first name.
  EXPECT_EQ(GenderOfName({"virginia", "gov."}, "Dana Reyes"), Gender::kUnknown);
  EXPECT_EQ(GenderOfDescription({"city", "spokeswoman"}), Gender::kFemale);
  EXPECT_EQ(GenderOfPronoun("him"), Gender::kMale);
  EXPECT_EQ(GenderOfPronoun("they"), Gender::kUnknown);
}

std::string SpeakerOf(const std::string& text, const std::string& prefix) {
  for (const Quote& q : QuoteExtractor().Extract("t", text)) {
    if (q.text.starts_with(prefix)) return q.speaker;
  }
  return "<none>";
}

// "She" passes over the latest subject when that is a man's name, and "he"
// a woman's; a crowd is no he or she either.
TEST(GenderTest, PronounsPassOverTheOtherGender) {
  EXPECT_EQ(SpeakerOf("Ada Lindqvist sued the city on Monday. Mayor Tomas Reyes answered the "
                      "suit.\n\n“It lied to me,” she said.",
                      "It lied"),
            "Ada Lindqvist");
  EXPECT_EQ(SpeakerOf("Mr. Nolan met the board. Mrs. Okafor arrived later.\n\n“We won,” he said.",
                      "We won"),
            "Nolan");
  EXPECT_EQ(SpeakerOf("Tomas Reyes thanked the raucous crowd.\n\nThe crowd cheered as he spoke.\n\n"
                      "He pledged a “political revolution” for the county.",
                      "political"),
            "Tomas Reyes");
}

}  // namespace
}  // namespace qt::quotes
