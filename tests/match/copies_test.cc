// Copy detection's parts: hashed words, MinHash and the passage aligner, on
// text written for these tests.
#include <gtest/gtest.h>
#include <xxhash.h>

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "match/minhash.h"
#include "match/passage_aligner.h"
#include "match/text_shingles.h"
#include "test_util.h"

namespace qt::match {
namespace {

using qt::testing::InventedProse;

TEST(TextShinglesTest, WordsAreTypographyBlindWithByteSpans) {
  const std::string text = "“Don’t,” she said — DON'T.";
  const std::vector<HashedWord> words = HashWords(text);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0].hash, words[3].hash);  // Don’t = DON'T
  EXPECT_EQ(text.substr(words[0].start, words[0].end - words[0].start), "Don’t");
  EXPECT_TRUE(words[1].common && words[2].common);
  EXPECT_EQ(ShingleAt(HashWords("one of the"), 0, 3), 0u);  // common words alone
  EXPECT_NE(ShingleAt(HashWords("one of harbour"), 0, 3), 0u);
}

// Stored copy features are built from these hashes: a word hashes as
// XXH3 of its normalised bytes, whatever way the scan reads them.
TEST(TextShinglesTest, AWordHashesAsItsNormalisedBytes) {
  const std::string text = "Zürich's MAYOR, 2024: THE “co-op” plan\u00a0thee";
  const std::vector<HashedWord> words = HashWords(text);
  const std::vector<std::string> normalised = {"zürichs", "mayor", "2024", "the",
                                               "co",      "op",    "plan", "thee"};
  ASSERT_EQ(words.size(), normalised.size());
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(words[i].hash, XXH3_64bits(normalised[i].data(), normalised[i].size())) << i;
  }
  EXPECT_TRUE(words[3].common);    // the
  EXPECT_FALSE(words[7].common);   // thee
  EXPECT_FALSE(words[1].common);
}

// Words of news fit a word's inline bytes; a link or a run of letters
// does not, and hashes whole all the same, apostrophes and all.
TEST(TextShinglesTest, AWordPastItsInlineBytesHashesWhole) {
  const std::string letters(70, 'A');
  const std::string text =
      "Harbor " + letters + "’s " + std::string(63, 'b') + "ü" + letters + " the";
  const std::vector<HashedWord> words = HashWords(text);
  const std::string lower(70, 'a');
  const std::vector<std::string> normalised = {"harbor", lower + "s",
                                               std::string(63, 'b') + "ü" + lower, "the"};
  ASSERT_EQ(words.size(), normalised.size());
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(words[i].hash, XXH3_64bits(normalised[i].data(), normalised[i].size())) << i;
  }
  EXPECT_EQ(words[1].end - words[1].start, 70u + 3u + 1u);
  EXPECT_TRUE(words[3].common);
}

TEST(MinHashTest, SimilarityEstimatesOverlap) {
  size_t n = 0;
  const std::string a = InventedProse(1, 12), b = InventedProse(2, 12);
  const Signature sa = MinHashOf(Shingle(a, 3).shingles, &n);
  EXPECT_GT(n, 50u);
  EXPECT_DOUBLE_EQ(Similarity(sa, MinHashOf(Shingle(a, 3).shingles, &n)), 1.0);
  EXPECT_LT(Similarity(sa, MinHashOf(Shingle(b, 3).shingles, &n)), 0.15);
  // Half of a's sentences: about a third of the union of shingles.
  const double half = Similarity(sa, MinHashOf(Shingle(InventedProse(1, 6), 3).shingles, &n));
  EXPECT_GT(half, 0.3);
  EXPECT_LT(half, 0.75);
  EXPECT_EQ(BandKeys(sa, 64).size(), 64u);
}

// A sketch never agrees less than its signature (so it rules out only
// candidates the signature would), and, the slots being hashes, little
// more: unrelated texts stay below the copy candidates' threshold.
TEST(MinHashTest, SketchesAgreeAtLeastAsMuchAsSignaturesAndLittleMore) {
  size_t n = 0;
  std::vector<Signature> signatures;
  for (int seed = 1; seed <= 40; ++seed) {
    signatures.push_back(MinHashOf(Shingle(InventedProse(seed, 3 + seed % 9), 3).shingles, &n));
  }
  signatures.push_back(MinHashOf(Shingle(InventedProse(1, 6), 3).shingles, &n));  // half of one
  double most_unrelated = 0;
  for (const Signature& a : signatures) {
    for (const Signature& b : signatures) {
      const double similarity = Similarity(a, b);
      const double agreement = SketchAgreement(SketchOf(a), SketchOf(b));
      ASSERT_GE(agreement, similarity);
      if (similarity < 0.05) most_unrelated = std::max(most_unrelated, agreement);
    }
  }
  EXPECT_LT(most_unrelated, 0.1);
}

TEST(MinHashTest, TextWithoutShinglesHasNoSignature) {
  size_t n = 7;
  const Signature s = MinHashOf(Shingle("of the and", 3).shingles, &n);
  EXPECT_EQ(n, 0u);
  EXPECT_EQ(s[0], 0u);
}

TEST(ShinglePositionsTest, EachShingleGivesItsPositionsInTextOrder) {
  const std::string refrain = "harbour lights burn late";
  const ShingledText t = Shingle(refrain + ", then " + refrain + " and " + refrain, 3);
  const ShinglePositions positions(t);
  // "harbour lights burn" starts at words 0, 5 and 10.
  const std::span<const uint32_t> at = positions.Of(t.shingles[0]);
  EXPECT_EQ(std::vector<uint32_t>(at.begin(), at.end()), (std::vector<uint32_t>{0, 5, 10}));
  for (size_t j = 0; j < t.shingles.size(); ++j) {
    const std::span<const uint32_t> of = positions.Of(t.shingles[j]);
    EXPECT_TRUE(std::find(of.begin(), of.end(), j) != of.end()) << j;
    EXPECT_TRUE(std::is_sorted(of.begin(), of.end()));
  }
  EXPECT_TRUE(positions.Of(Shingle("nothing of this text", 3).shingles[1]).empty());
  EXPECT_TRUE(ShinglePositions().Of(t.shingles[0]).empty());
}

// A shingle repeated more than max_repeats times in b seeds nothing.
TEST(PassageAlignerTest, AShingleRepeatedTooOftenSeedsNothing) {
  std::string a, b;
  for (int i = 0; i < 4; ++i) a += InventedProse(20 + i, 1) + " ";
  b = a;
  PassageOptions options;
  options.min_words = 10;
  EXPECT_FALSE(AlignPassages(Shingle(a, 3), Shingle(b, 3), options).empty());
  // The same words five times over in b: every shingle of a is there five times.
  const std::string b5 = b + b + b + b + b;
  EXPECT_TRUE(AlignPassages(Shingle(a, 3), Shingle(b5, 3), options).empty());
  options.max_repeats = 5;
  EXPECT_FALSE(AlignPassages(Shingle(a, 3), Shingle(b5, 3), options).empty());
}

TEST(PassageAlignerTest, FindsALiftedParagraphInBoth) {
  const std::string lifted = InventedProse(9, 4);
  const std::string a = InventedProse(1, 5) + "\n\n" + lifted + "\n\n" + InventedProse(2, 5);
  const std::string b = InventedProse(3, 3) + "\n\n" + lifted;
  const std::vector<SharedPassage> p = AlignPassages(Shingle(a, 3), Shingle(b, 3), {});
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(a.substr(p[0].a_start, p[0].a_end - p[0].a_start),
            b.substr(p[0].b_start, p[0].b_end - p[0].b_start));
  EXPECT_EQ(p[0].a_start, a.find(lifted));
  EXPECT_EQ(p[0].a_end - p[0].a_start, lifted.size() - 2);  // up to its last word, before ". "
}

TEST(PassageAlignerTest, SurvivesEditsAndFindsReorderedParagraphs) {
  const std::string p1 = InventedProse(5, 3), p2 = InventedProse(6, 3);
  std::string edited = p1;
  edited[5] = 'Q';  // noise in its second word
  const std::string a = p1 + "\n\n" + p2;
  const std::string b = p2 + "\n\n" + edited;
  const std::vector<SharedPassage> p = AlignPassages(Shingle(a, 3), Shingle(b, 3), {});
  ASSERT_EQ(p.size(), 2u);
  // The edited word breaks the shingles around it: p1's passage may start a
  // word or two late.
  EXPECT_LE(p[0].a_start, 24u);
  EXPECT_GE(p[0].b_start, b.find(edited));
  EXPECT_LE(p[0].b_start, b.find(edited) + 24);  // p1 is second in b
  EXPECT_EQ(p[1].b_start, 0u);
}

// One text prints paragraphs s1 s2; the other prints s2 first and s1 later,
// with s2's first words after it. The passage of s1 ends four words into
// s2, where the passage of s2 begins: s2's keeps its words after that (it
// was dropped whole).
TEST(PassageAlignerTest, APassageStartingInsideTheLastKeepsItsWordsAfterIt) {
  const std::string s1 = InventedProse(11, 3), s2 = InventedProse(12, 3);
  size_t four_words = 0;
  for (int i = 0; i < 4; ++i) four_words = s2.find(' ', four_words + 1);
  const std::string a = s1 + " " + s2;
  const std::string b =
      s2 + "\n\n" + InventedProse(13, 4) + "\n\n" + s1 + " " + s2.substr(0, four_words);
  const std::vector<SharedPassage> p = AlignPassages(Shingle(a, 3), Shingle(b, 3), {});
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].a_start, 0u);
  EXPECT_EQ(p[0].b_start, b.find(s1));
  EXPECT_EQ(p[1].a_start, p[0].a_end + 1);  // the word after the first passage
  EXPECT_EQ(p[1].a_end, a.size() - 2);      // its last word, before ". "
  EXPECT_EQ(a.substr(p[1].a_start, p[1].a_end - p[1].a_start),
            b.substr(p[1].b_start, p[1].b_end - p[1].b_start));
}

TEST(PassageAlignerTest, ShortSharedRunsAreNotPassages) {
  const std::string quote = "the bridge will reopen in the spring, whatever the cost";
  const std::string a = InventedProse(1, 4) + " She said: " + quote + ". " + InventedProse(2, 2);
  const std::string b = InventedProse(3, 4) + " " + quote + ", he said.";
  EXPECT_TRUE(AlignPassages(Shingle(a, 3), Shingle(b, 3), {}).empty());
}

}  // namespace
}  // namespace qt::match
