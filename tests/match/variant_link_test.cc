#include "match/variant_link.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "match/quote_words.h"
#include "match/role_index.h"
#include "match/word_diff.h"

namespace qt::match {
namespace {

Words W(const std::string& text) { return OwnWords(text, 0, text.size(), {}); }

bool Same(const std::string& a, const std::string& b, const std::string& speaker_a = "",
          const std::string& speaker_b = "") {
  const Words wa = W(a), wb = W(b);
  return SameUtterance({&wa, &speaker_a}, {&wb, &speaker_b});
}

TEST(QuoteWordsTest, NormalisesTypography) {
  EXPECT_EQ(W("It’s, like, HARD — isn't it?"), (Words{"it's", "like", "hard", "isn't", "it"}));
  EXPECT_EQ(W("the players’ union"), (Words{"the", "players", "union"}));
}

TEST(QuoteWordsTest, NestedQuotationsAreNotOwnWords) {
  const std::string text = "Reyes said, ‘We will wait,’ and left.";
  const size_t inner = text.find("We"), inner_end = text.find(",’") + 1;
  EXPECT_EQ(OwnWords(text, 0, text.size(), {{inner, inner_end}}),
            (Words{"reyes", "said", "and", "left"}));
}

// Letters are copied a run at a time; a run stops where a nested quotation
// starts, even inside a word. Only ASCII is lower-cased.
TEST(QuoteWordsTest, WordsRunUpToANestedQuotation) {
  const std::string text = "Reyes saidWe waited, and left.";
  const size_t inner = text.find("We"), inner_end = text.find(',');
  EXPECT_EQ(OwnWords(text, 0, text.size(), {{inner, inner_end}}),
            (Words{"reyes", "said", "and", "left"}));
  EXPECT_EQ(W("ÉLISE’s 2024 B***SS!"), (Words{"Élise's", "2024", "b***ss"}));
}

TEST(QuoteWordsTest, KeysSkipPairsOfCommonWordsAndCensoredWords) {
  EXPECT_EQ(Keys(W("of the")).size(), 0u);
  EXPECT_EQ(Keys(W("not ever")).size(), 1u);
  EXPECT_EQ(Keys(W("there would")).size(), 0u);  // the longest common words
  EXPECT_EQ(Keys(W("therefore the")).size(), 1u);  // a common word's prefix is not it
  EXPECT_EQ(Keys(W("thee of")).size(), 1u);
  EXPECT_EQ(Keys(W("a d*** mess")).size(), 0u);
  EXPECT_EQ(Keys(W("dreadful")).size(), 1u);  // one word: the word itself
  EXPECT_EQ(SplitWords(JoinWords(W("one two three"))), W("one two three"));
}

TEST(VariantLinkTest, EqualAfterNormalisation) {
  EXPECT_TRUE(Same("On some level, it’s, like, hard.", "on some level it's like hard"));
}

TEST(VariantLinkTest, ShortenedAndTrimmedVersions) {
  EXPECT_TRUE(Same("The bridge is not safe, and I will not gamble with the lives of commuters.",
                   "I will not gamble with the lives of commuters"));
  EXPECT_TRUE(Same("On a personal note, seeing the crowd rise was moving.",
                   "Seeing the crowd rise was moving."));
}

TEST(VariantLinkTest, CensoredWordMatchesTheWordItHides) {
  EXPECT_TRUE(Same("the current rules are a damn mess", "the current rules are a d*** mess"));
  EXPECT_FALSE(Same("the current rules are a damn mess", "the current rules are a b*** mess"));
}

TEST(VariantLinkTest, ShortFragmentsNeedTheSameSpeaker) {
  const std::string full = "there is not a chance the bridge reopens this year";
  EXPECT_TRUE(Same("not a chance", full, "Ravi Mendes", "Ravi Mendes"));
  EXPECT_TRUE(Same("not a chance", full, "", "Ravi Mendes"));
  EXPECT_FALSE(Same("not a chance", full, "Lena Okafor", "Ravi Mendes"));
  // A run of text nobody is known to have said is no fragment's root.
  EXPECT_FALSE(Same("not a chance", full, "Ravi Mendes", ""));
  EXPECT_FALSE(Same("not a chance", full));
  EXPECT_TRUE(Same("not a chance", "Not a chance!"));  // the same words, said by anyone
  EXPECT_TRUE(Same("change warrior", "A change warrior.", "Carla Diaz", ""));  // two fragments
  // A long shared passage links across speakers: misattribution is news.
  EXPECT_TRUE(Same("I will not gamble with the lives of commuters",
                   "The bridge is not safe and I will not gamble with the lives of commuters",
                   "Tomas Reyes", "Lena Okafor"));
}

TEST(VariantLinkTest, EqualWordsAreOneUtteranceUnlessShortAndSpokenByOthers) {
  const Words long_quote = W("the bridge stays shut until the engineers sign off");
  const Words short_quote = W("not a chance");
  const std::string reyes = "Tomas Reyes", okafor = "Lena Okafor", unknown;
  EXPECT_TRUE(SameUtterance({&long_quote, &reyes}, {&long_quote, &okafor}));
  EXPECT_TRUE(SameUtterance({&short_quote, &reyes}, {&short_quote, &unknown}));
  EXPECT_FALSE(SameUtterance({&short_quote, &reyes}, {&short_quote, &okafor}));
  EXPECT_TRUE(Same("dreadful", "Dreadful!", "X", ""));
}

TEST(VariantLinkTest, OneWordMustBeTheWholeQuote) {
  EXPECT_TRUE(Same("dreadful", "dreadful,", "X", "X"));
  EXPECT_FALSE(Same("dreadful", "a truly dreadful plan for the bridge", "X", "X"));
}

TEST(VariantLinkTest, LongQuotesAllowAFewEdits) {
  EXPECT_TRUE(Same("we are watching him closely and if he does anything illegal he will pay for it",
                   "we are watching him very closely and if he does anything illegal he will pay for it"));
  EXPECT_FALSE(Same("the bridge will reopen in the spring after repairs",
                    "the ferry will start in the summer after talks"));
}

TEST(VariantLinkTest, ContainmentEditsStopAboveTheLimitWithoutChangingAnAnswerWithinIt) {
  const Words longer = W("the harbour wall will be rebuilt before the storms of next winter");
  const Words two_edits = W("harbour wall shall be rebuilt after the storms");
  EXPECT_EQ(ContainmentEdits(two_edits, longer), 2u);
  EXPECT_EQ(ContainmentEdits(two_edits, longer, 2), 2u);
  EXPECT_GT(ContainmentEdits(two_edits, longer, 1), 1u);
  const Words other = W("nobody on the council has seen the plans for it");
  EXPECT_GT(ContainmentEdits(other, longer, 0), 0u);
  EXPECT_EQ(ContainmentEdits(other, longer, 0) > 0, ContainmentEdits(other, longer) > 0);
}

TEST(VariantLinkTest, LengthsAndSpeakersAloneRuleOutWhatSameUtteranceRejects) {
  EXPECT_FALSE(MaySameUtterance(0, true, 5, true, false));
  EXPECT_FALSE(MaySameUtterance(1, true, 5, true, false));  // one word must be the whole quote
  EXPECT_TRUE(MaySameUtterance(1, true, 1, true, false));
  EXPECT_FALSE(MaySameUtterance(3, true, 12, true, true));  // a fragment needs its speaker
  EXPECT_TRUE(MaySameUtterance(3, true, 12, true, false));
  EXPECT_TRUE(MaySameUtterance(3, false, 12, true, false));
  EXPECT_FALSE(MaySameUtterance(3, true, 12, false, false));  // inside no one's words
  EXPECT_FALSE(MaySameUtterance(12, false, 3, false, false));
  EXPECT_TRUE(MaySameUtterance(3, false, 3, false, false));  // a reprint, not a fragment
  EXPECT_TRUE(MaySameUtterance(2, true, 3, false, false));  // two fragments
  EXPECT_TRUE(MaySameUtterance(4, true, 12, false, true));  // four words carry themselves
}

// MinSharedKeys and MaxWordsMissing are proofs, not heuristics: a
// candidate they rule out must never be one SameUtterance accepts. Random
// quotations from a small vocabulary (common words included) with random
// edits, censored words, and text around them: every accepted pair shares
// enough keys, and enough words.
TEST(VariantLinkTest, AcceptedVariantsShareAtLeastMinSharedKeysAndWords) {
  const std::vector<std::string> vocabulary = {
      "the",   "of",    "and",   "to",    "a",     "in",     "it",     "we",
      "harbour", "wall", "storm", "council", "rebuild", "winter", "ferry", "quay",
      "never", "again", "budget", "tide",  "vote",  "repair", "north",  "pier"};
  std::mt19937 random(20261201);
  const auto pick = [&](size_t n) { return static_cast<size_t>(random() % n); };
  const auto censor = [](const std::string& w) { return w.substr(0, 1) + "***"; };
  size_t accepted = 0, tight = 0, tight_words = 0;
  for (int trial = 0; trial < 20000; ++trial) {
    Words shorter;
    for (size_t n = 1 + pick(30); shorter.size() < n;) shorter.push_back(vocabulary[pick(24)]);
    Words longer;
    for (size_t n = pick(4); n > 0; --n) longer.push_back(vocabulary[pick(24)]);
    for (const std::string& w : shorter) {
      switch (pick(12)) {
        case 0: longer.push_back(vocabulary[pick(24)]); break;                   // changed
        case 1: break;                                                          // dropped
        case 2: longer.push_back(w); longer.push_back(vocabulary[pick(24)]); break;  // added
        case 3: longer.push_back(censor(w)); break;
        default: longer.push_back(w);
      }
    }
    for (size_t n = pick(4); n > 0; --n) longer.push_back(vocabulary[pick(24)]);
    if (pick(8) == 0) shorter[pick(shorter.size())] = censor(shorter[0]);
    const std::string speaker = "Tomas Reyes";  // known: fragments may match
    if (!SameUtterance({&shorter, &speaker}, {&longer, &speaker})) continue;
    ++accepted;
    const Words& s = shorter.size() <= longer.size() ? shorter : longer;
    const Words& l = &s == &shorter ? longer : shorter;
    const std::vector<uint64_t> s_keys = Keys(s), l_keys = Keys(l);
    std::vector<uint64_t> shared;
    std::set_intersection(s_keys.begin(), s_keys.end(), l_keys.begin(), l_keys.end(),
                          std::back_inserter(shared));
    size_t censored = 0;
    for (const Words* words : {&s, &l}) {
      censored += static_cast<size_t>(std::count_if(words->begin(), words->end(), IsCensored));
    }
    const size_t bound = MinSharedKeys(s.size(), s_keys.size(), censored);
    ASSERT_GE(shared.size(), bound) << JoinWords(s) << " | " << JoinWords(l);
    if (shared.size() == bound && bound > 0) ++tight;
    const std::set<std::string> l_words(l.begin(), l.end());
    const std::set<std::string> missing = [&] {
      std::set<std::string> m;
      for (const std::string& w : s) {
        if (l_words.count(w) == 0) m.insert(w);
      }
      return m;
    }();
    const size_t most = MaxWordsMissing(s.size(), censored);
    ASSERT_LE(missing.size(), most) << JoinWords(s) << " | " << JoinWords(l);
    if (missing.size() == most && most > 0) ++tight_words;
  }
  EXPECT_GT(accepted, 2000u);  // the trials do reach SameUtterance's edits
  // And some meet the bounds exactly: they are no looser than they must be.
  EXPECT_GT(tight, 0u);
  EXPECT_GT(tight_words, 0u);
}

TEST(WordDiffTest, MarksChangedDroppedAndAddedWords) {
  EXPECT_EQ(WordDiff("the ferry plan is a damn mess and everyone knows it", "is a d*** mess and"),
            "is a [-damn-] {+d***+} mess and");
  EXPECT_EQ(WordDiff("it’s, like, hard to say", "it’s like hard to say"), "");
  EXPECT_EQ(WordDiff("we are watching him closely now", "we are watching him very closely now"),
            "we are watching him {+very+} closely now");
}

TEST(RoleIndexTest, ADescriptionTakesTheNameTheCorpusGivesItsRole) {
  RoleIndex roles;
  roles.Add("Quillon CEO", "Ravi Mendes", 3);
  roles.Add("Quillon CEO", "Ravi Mendes Jr", 1);
  roles.Add("spokesperson", "Dana Whitfield", 1);
  roles.Add("spokesperson", "Owen Price", 1);
  EXPECT_EQ(roles.NameFor("The Quillon CEO"), "Ravi Mendes");
  EXPECT_EQ(roles.NameFor("spokesperson"), "");  // no clear name
  EXPECT_EQ(roles.NameFor("Lena Okafor"), "");
}

// A role of no one body, or a description for a name, is no one's across
// articles: each article's "source" or "judge" is someone else.
TEST(RoleIndexTest, OnlyNamesForRolesThatNameTheirBody) {
  RoleIndex roles;
  roles.Add("source", "Ada Lindqvist", 3);
  roles.Add("Judge", "Kalani Berg", 3);
  roles.Add("group", "trade group", 3);
  roles.Add("Harbor Fund chief", "Harbor Fund's board", 3);
  EXPECT_EQ(roles.NameFor("the source"), "");
  EXPECT_EQ(roles.NameFor("judge"), "");
  EXPECT_EQ(roles.NameFor("the group"), "");
  EXPECT_EQ(roles.NameFor("Harbor Fund chief"), "");
}

// A party's role is held by many at once: "the Republican presidential
// candidate" is a different person in each article.
TEST(RoleIndexTest, APartysRoleNamesNoOne) {
  RoleIndex roles;
  roles.Add("Republican presidential candidate", "Ada Lindqvist", 9);
  roles.Add("Republican presidential candidate", "Tomas Reyes", 1);
  EXPECT_EQ(roles.NameFor("the Republican presidential candidate"), "");
  // Nor does a title's modifier capitalized where a sentence opens.
  roles.Add("Former Republican presidential candidate", "Ada Lindqvist", 1);
  EXPECT_EQ(roles.NameFor("the former Republican presidential candidate"), "");
}

// Two spellings of one person under a role are counted as one.
TEST(RoleIndexTest, SpellingsOfOnePersonCountTogether) {
  RoleIndex roles;
  roles.Add("Harbor Senate minority leader", "Tomas R. Reyes", 2);
  roles.Add("Harbor Senate minority leader", "Tomas Reyes", 3);
  roles.Add("Harbor Senate minority leader", "Lena Okafor", 1);
  EXPECT_EQ(roles.NameFor("the Harbor Senate minority leader"), "Tomas Reyes");
}

// "Another user, Roland Z," names Roland Z in its own article only: another
// article's "another user" is someone else again.
TEST(RoleIndexTest, AnotherOrOneOfAGroupNamesNobodyAcrossArticles) {
  RoleIndex roles;
  roles.Add("Another user", "Roland Z", 2);
  roles.Add("one of the organizers", "Dana Fox", 2);
  EXPECT_EQ(roles.NameFor("another user"), "");
  EXPECT_EQ(roles.NameFor("One of the organizers"), "");
}

}  // namespace
}  // namespace qt::match
