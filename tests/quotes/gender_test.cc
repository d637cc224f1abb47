#include "quotes/gender.h"

#include <gtest/gtest.h>

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

// "Campaign spokesman Ada Lindqvist": news prints the "-man" titles of
// women too, so a first name says more; "Mrs." still says more than one.
TEST(GenderTest, AFirstNameWinsOverAManTitle) {
  EXPECT_EQ(GenderOfName({"campaign", "spokesman"}, "Ada Lindqvist"), Gender::kFemale);
  EXPECT_EQ(GenderOfName({"committee", "chairman"}, "Dana Fox"), Gender::kMale);
  EXPECT_EQ(GenderOfName({"mrs."}, "Donald Fox"), Gender::kFemale);
  EXPECT_EQ(GenderOfName({"spokeswoman"}, "Donald Fox"), Gender::kFemale);
}

// Only honorifics, as printed, with or without their full stop.
TEST(GenderTest, AnHonorificSaysAGenderARoleDoesNot) {
  EXPECT_EQ(GenderOfHonorific("Mrs."), Gender::kFemale);
  EXPECT_EQ(GenderOfHonorific("Ms"), Gender::kFemale);
  EXPECT_EQ(GenderOfHonorific("Mr."), Gender::kMale);
  EXPECT_EQ(GenderOfHonorific("spokesman"), Gender::kUnknown);
  EXPECT_EQ(GenderOfHonorific("Sen."), Gender::kUnknown);
  EXPECT_EQ(Opposite(Gender::kFemale), Gender::kMale);
  EXPECT_EQ(Opposite(Gender::kUnknown), Gender::kUnknown);
}

}  // namespace
}  // namespace qt::quotes
