#include "match/phrase_search.h"

#include <gtest/gtest.h>

namespace qt::match {
namespace {

TEST(PhraseSearchTest, TermsAreTokenBytesAndCensoredWordsTheirMarker) {
  EXPECT_EQ(IndexTerms(SearchWords("We don’t need a b***** plan, Élise.")),
            (std::vector<std::string>{"we", "dont", "need", "a", "qtstarb", "plan", "élise"}));
  // Stars alone print no word (match::IsCensored): only their letters are.
  EXPECT_EQ(IndexTerms(SearchWords("a ***ss plan")), (std::vector<std::string>{"a", "ss", "plan"}));
}

TEST(PhraseSearchTest, EachWordIsLookedUpAsItselfOrAMarkerThatCouldHideIt) {
  EXPECT_EQ(
      IndexQuery(SearchWords("badass plan")),
      "(\"badass\" OR \"qtstarb\" OR \"qtstar\") AND (\"plan\" OR \"qtstarp\" OR \"qtstar\")");
  // A censored word asked for is found as printed, by its marker alone.
  EXPECT_EQ(IndexQuery(SearchWords("b*****")), "(\"qtstarb\")");
  EXPECT_EQ(IndexQuery(SearchWords("'")), "");
}

TEST(PhraseSearchTest, ASpeakerIsLookedUpByItsOwnTermsAsAnyOfItsNames) {
  EXPECT_EQ(IndexTerms(SearchWords("Tomas Reyes"), kSpeakerTerm),
            (std::vector<std::string>{"qtsptomas", "qtspreyes"}));
  EXPECT_EQ(IndexQuery({}, {SearchWords("reyes"), SearchWords("port mayor")}),
            "((\"qtspreyes\" OR \"qtspqtstarr\" OR \"qtspqtstar\")) OR "
            "((\"qtspport\" OR \"qtspqtstarp\" OR \"qtspqtstar\") AND "
            "(\"qtspmayor\" OR \"qtspqtstarm\" OR \"qtspqtstar\"))");
  EXPECT_EQ(IndexQuery(SearchWords("ferry"), {SearchWords("reyes")}),
            "(\"ferry\" OR \"qtstarf\" OR \"qtstar\") AND "
            "(((\"qtspreyes\" OR \"qtspqtstarr\" OR \"qtspqtstar\")))");
  // A name the index cannot look for leaves the speakers unnarrowed.
  EXPECT_EQ(IndexQuery(SearchWords("ferry"), {SearchWords("reyes"), SearchWords("'")}),
            "(\"ferry\" OR \"qtstarf\" OR \"qtstar\")");
}

TEST(PhraseSearchTest, PhrasesAreWholeWordsInOrder) {
  const auto words = SearchWords("There is no way he can vote for them");
  EXPECT_TRUE(ContainsPhrase(words, SearchWords("No way")));
  EXPECT_FALSE(ContainsPhrase(words, SearchWords("way no")));
  EXPECT_FALSE(ContainsPhrase(SearchWords("always"), SearchWords("way")));
  EXPECT_TRUE(ContainsPhrase(SearchWords("a b***ss move"), SearchWords("badass")));
  EXPECT_FALSE(ContainsPhrase(SearchWords("z**oed"), SearchWords("zebras")));
}

}  // namespace
}  // namespace qt::match
