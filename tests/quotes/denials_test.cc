#include "quotes/denials.h"

#include <gtest/gtest.h>

#include <string>

namespace qt::quotes {
namespace {

std::string Denial(const std::string& s) { return DenialIn(s, {0, s.size()}); }

TEST(DenialsTest, PhrasesThatDenyAClaim) {
  EXPECT_EQ(Denial("That is simply not true."), "not true");
  EXPECT_EQ(Denial("It isn’t true, and it wasn't then."), "isn’t true");
  EXPECT_EQ(Denial("The report is untrue"), "untrue");
  EXPECT_EQ(Denial("There is no truth to it"), "no truth");
  EXPECT_EQ(Denial("The claim is completely false"), "completely false");
  EXPECT_EQ(Denial("That's false"), "That's false");
  EXPECT_EQ(Denial("False."), "False");
  EXPECT_EQ(Denial("It is a total lie"), "a total lie");
  EXPECT_EQ(Denial("These are lies from start to finish"), "are lies");
  EXPECT_EQ(Denial("That meeting never happened"), "never happened");
  EXPECT_EQ(Denial("It did not happen"), "did not happen");
  EXPECT_EQ(Denial("I never said that"), "never said");
  EXPECT_EQ(Denial("The charges are baseless"), "baseless");
  EXPECT_EQ(Denial("We categorically deny any wrongdoing"), "We categorically deny");
}

TEST(DenialsTest, WordsThatDenyNothing) {
  EXPECT_EQ(Denial("It gave a false sense of security"), "");
  EXPECT_EQ(Denial("Let the dogs lie down, and lies aside"), "");
  EXPECT_EQ(Denial("We will not raise taxes"), "");
  EXPECT_EQ(Denial("It is true that the harbor floods"), "");
  EXPECT_EQ(Denial("They deny us a vote"), "");
  EXPECT_EQ(Denial("They traffic in truths to put across a greater lie"), "");
  EXPECT_EQ(Denial("Without us, it won't happen."), "");
  EXPECT_EQ(Denial("I would make sure that it didn’t happen again"), "");
}

}  // namespace
}  // namespace qt::quotes
