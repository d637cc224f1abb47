#include "text/tokens.h"

#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/word_hash.h"

namespace qt::text {
namespace {

std::vector<Token> TokensOf(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, {0, text.size()}, &tokens);
  return tokens;
}

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : TokensOf(text)) out.emplace_back(t.Text(text));
  return out;
}

TEST(TokensTest, WordsKeepTheirInnerMarksAndPunctuationStandsAlone) {
  EXPECT_EQ(Texts("Ada’s co-founder didn't go to the U.S. at 9 a.m., she said."),
            (std::vector<std::string>{"Ada’s", "co-founder", "didn't", "go", "to", "the", "U.S.",
                                      "at", "9", "a.m.", ",", "she", "said", "."}));
  EXPECT_EQ(Texts("the players' union “votes”"),
            (std::vector<std::string>{"the", "players'", "union", "“", "votes", "”"}));
}

TEST(TokensTest, InvisibleCharactersSeparateNothing) {
  // A soft hyphen before a word, a zero-width space between two.
  EXPECT_EQ(Texts("Doug \u00ADAndres said\u200B it"),
            (std::vector<std::string>{"Doug", "Andres", "said\u200B", "it"}));
}

TEST(TokensTest, KindsAndCapitals) {
  const std::vector<Token> t = TokensOf("Reyes won 42 ÉLAN!");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].kind, Token::kWord);
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_FALSE(t[1].capitalized);
  EXPECT_EQ(t[2].kind, Token::kNumber);
  EXPECT_TRUE(t[3].capitalized);  // a capital outside ASCII
  EXPECT_EQ(t[4].kind, Token::kPunct);
  EXPECT_EQ(t[4].punct, U'!');
}

// lower() folds ASCII only and is hashed as HashWord hashes it, at every
// length around the eight-byte chunks and at the very end of the text,
// where a chunk cannot be read whole.
TEST(TokensTest, LowerFormAndItsHashAtEveryLength) {
  const std::string letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdZ";
  for (size_t n = 1; n <= Token::kMaxLower; ++n) {
    const std::string word = letters.substr(0, n);
    for (const std::string& text : {word, word + " and more text after it", "x " + word}) {
      const std::vector<Token> t = TokensOf(text);
      const Token& w = text[0] == 'x' ? t[1] : t[0];
      std::string lower = word;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      EXPECT_EQ(w.lower(), lower) << text;
      EXPECT_EQ(w.lower_hash(), HashWord(lower)) << text;
    }
  }
  const std::vector<Token> t = TokensOf("Émile ZÜRICH");
  EXPECT_EQ(t[0].lower(), "Émile");  // no folding outside ASCII
  EXPECT_EQ(t[1].lower(), "zÜrich");
  EXPECT_EQ(t[1].lower_hash(), HashWord("zÜrich"));
}

TEST(TokensTest, LongWordsAndPunctuationHaveAnEmptyLowerForm) {
  const std::string long_word(Token::kMaxLower + 1, 'a');
  const std::vector<Token> t = TokensOf(long_word + " ;");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].lower(), "");
  EXPECT_EQ(t[0].lower_hash(), HashWord(""));
  EXPECT_EQ(t[1].lower(), "");
  EXPECT_EQ(t[1].lower_hash(), kEmptyWordHash);
}

TEST(TokensTest, ShapesAreTheSameTokensWithoutTheirLowerForm) {
  const std::string text = "Okafor’s co-founder said: “U.S. rates, 4.5%, rose.” ’90s!";
  const std::vector<Token> full = TokensOf(text);
  std::vector<Token> shapes;
  TokenizeShapes(text, {0, text.size()}, &shapes);
  ASSERT_EQ(shapes.size(), full.size());
  for (size_t i = 0; i < full.size(); ++i) {
    EXPECT_EQ(shapes[i].begin, full[i].begin);
    EXPECT_EQ(shapes[i].end, full[i].end);
    EXPECT_EQ(shapes[i].kind, full[i].kind);
    EXPECT_EQ(shapes[i].capitalized, full[i].capitalized);
    EXPECT_EQ(shapes[i].punct, full[i].punct);
    EXPECT_EQ(shapes[i].lower(), "");
    EXPECT_EQ(shapes[i].lower_hash(), kEmptyWordHash);
  }
}

TEST(TokensTest, PossessiveMarks) {
  EXPECT_EQ(PossessiveMarkLength("Reyes's"), 2u);
  EXPECT_EQ(PossessiveMarkLength("Reyes\xE2\x80\x99s"), 4u);  // ’s
  EXPECT_EQ(PossessiveMarkLength("Sanders'"), 1u);
  EXPECT_EQ(PossessiveMarkLength("HRS'"), 1u);  // an acronym's
  EXPECT_EQ(PossessiveMarkLength("HRS\xE2\x80\x99"), 3u);
  EXPECT_EQ(PossessiveMarkLength("Sanders\xE2\x80\x99"), 3u);
  EXPECT_EQ(PossessiveMarkLength("Reyes"), 0u);
  EXPECT_EQ(PossessiveMarkLength("rock'n'"), 0u);
  EXPECT_TRUE(IsPossessive("Okafor's"));
}

TEST(WordHashTest, ChunksFoldOnlyAsciiCapitals) {
  uint64_t chunk;
  std::memcpy(&chunk, "AZaz@[\xC3\x89", 8);
  const uint64_t lower = AsciiLowerChunk(chunk);
  char bytes[8];
  std::memcpy(bytes, &lower, 8);
  EXPECT_EQ(std::string(bytes, 8), "azaz@[\xC3\x89");
}

TEST(WordHashTest, WordsDifferingAnywhereHashApart) {
  EXPECT_NE(HashWord("said"), HashWord("sail"));
  EXPECT_NE(HashWord("spokesperson"), HashWord("spokespersons"));
  EXPECT_NE(HashWord("a"), HashWord(std::string_view("a\0", 2)));  // the length is hashed too
  EXPECT_EQ(HashWord(""), kEmptyWordHash);
}

}  // namespace
}  // namespace qt::text
