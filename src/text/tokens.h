// Tokens: words, numbers and punctuation of a span of text, with byte offsets.
//
// A word keeps its inner apostrophes, hyphens and periods (don’t, Trump’s,
// co-founder, U.S.), so that a quote finder's apostrophe decisions and the
// tokenizer agree. Everything else that is not white space is one
// punctuation token per code point.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/paragraphs.h"
#include "text/word_hash.h"

namespace qt::text {

// Trivially copyable, so that frames copy and grow cheaply: the lower-cased
// form lives in the token. Words longer than kMaxLower bytes (rare: no
// lexicon word is that long) have an empty lower().
struct Token {
  enum Kind : uint8_t { kWord, kNumber, kPunct };
  static constexpr size_t kMaxLower = 30;

  uint32_t begin = 0, end = 0;  // byte offsets into the text
  Kind kind = kPunct;
  bool capitalized = false;  // first letter upper case
  char32_t punct = 0;        // the code point, for kPunct

  std::string_view Text(std::string_view text) const { return text.substr(begin, end - begin); }
  // The word lower-cased (ASCII folding), or "" for punctuation and long words.
  std::string_view lower() const { return {lower_, lower_size_}; }
  // HashWord(lower()) (text/word_hash.h), computed once: word tables look
  // up every token.
  uint64_t lower_hash() const { return lower_hash_; }
  // Sets lower() and lower_hash() from this token's bytes of `text`, once,
  // on a token whose lower() is still empty: the bytes after the word must
  // be zero, as a new token's are.
  void SetLower(std::string_view text);

 private:
  uint64_t lower_hash_ = kEmptyWordHash;
  uint8_t lower_size_ = 0;
  char lower_[32] = {};  // kMaxLower bytes and zeros to the end of a hash chunk
};

// Tokens of text[span.begin, span.end), appended to `out`.
void Tokenize(std::string_view text, Span span, std::vector<Token>* out);
// The same tokens with lower() empty and lower_hash() that of "", for a
// caller that reads only their kinds, offsets and capitals: lower-casing
// and hashing are most of a word's cost.
void TokenizeShapes(std::string_view text, Span span, std::vector<Token>* out);

// The bytes of a word's possessive mark: ’s and 's (with its s), ’ and '
// after an s ("Sanders'"); 0 when IsPossessive(word) is false.
size_t PossessiveMarkLength(std::string_view word);
// True when the word ends in a possessive ’s or 's. Inline: asked of every
// word of a frame, most of which end in none of s S ' ’ (last byte 0x99).
inline bool IsPossessive(std::string_view word) {
  if (word.size() < 2) return false;
  const char last = word.back();
  if (last != 's' && last != 'S' && last != '\'' && last != '\x99') return false;
  return PossessiveMarkLength(word) > 0;
}

}  // namespace qt::text
