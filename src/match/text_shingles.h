// The words of an article as copy detection compares them: each word hashed
// after normalisation, with its byte span in the text as stored.
//
// Normalisation is deliberately cheap and typography-blind, so that the same
// article under two mastheads hashes the same: ASCII letters are lower-cased,
// words are runs of letters, digits and non-ASCII characters, and the
// General Punctuation block (curly quotes, dashes, ellipsis: U+2000–U+206F),
// no-break spaces and ASCII punctuation separate words. An inner apostrophe
// is dropped ("don't" and "don’t" both hash as "dont").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace qt::match {

struct HashedWord {
  uint64_t hash;
  uint32_t start, end;  // UTF-8 byte offsets of the word in the text
  bool common;          // "the", "of", "said": shingles of these alone are skipped
};

std::vector<HashedWord> HashWords(std::string_view text);

// The hash of the `n` words starting at words[i], or 0 when they are all
// common words (a shingle such as "one of the" is in every article and says
// nothing about copying). Requires i + n <= words.size() and n <= 8.
uint64_t ShingleAt(const std::vector<HashedWord>& words, size_t i, int n);

// A text's words and the shingle of n words starting at each of them
// (shingles[i] = ShingleAt(words, i, n); none when there are fewer than n
// words), hashed once and shared by MinHash, anchors and alignment.
struct ShingledText {
  std::vector<HashedWord> words;
  std::vector<uint64_t> shingles;
  int n = 0;
};

ShingledText Shingle(std::string_view text, int n);

}  // namespace qt::match
