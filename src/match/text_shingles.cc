#include "match/text_shingles.h"

#include <xxhash.h>

#include <array>
#include <string>

#include "text/word_table.h"

namespace qt::match {
namespace {

// Words so frequent in news that a shingle of them alone is no evidence.
constexpr std::string_view kCommonWords[] = {
    "a",    "an",   "and",  "are",  "as",   "at",   "be",    "been", "but",  "by",
    "for",  "from", "had",  "has",  "have", "he",   "her",   "his",  "i",    "in",
    "is",   "it",   "its",  "not",  "of",   "on",   "one",   "or",   "said", "she",
    "that", "the",  "their", "they", "this", "to",   "was",   "we",   "were", "which",
    "who",  "will", "with", "would", "you", "s",    "also",  "more", "than", "about"};

uint64_t HashOf(std::string_view word) { return XXH3_64bits(word.data(), word.size()); }

constexpr size_t kLongestCommonWord = 5;  // "their", "which", "would", "about"
static_assert([] {
  for (std::string_view w : kCommonWords) {
    if (w.size() > kLongestCommonWord) return false;
  }
  return true;
}());

// The common words as a set: text::WordTable, the word lists' own table.
bool IsCommonWord(std::string_view lower) {
  static const auto* common = new text::WordTable<bool>(text::WordSetOf(kCommonWords));
  return common->Find(lower) != nullptr;
}

// ASCII letters and digits, lower-cased; 0 for every other byte.
constexpr auto kAsciiWordByte = [] {
  std::array<char, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = static_cast<char>(c);
  return t;
}();

// How many bytes at text[i] separate words (0: the byte belongs to a word).
size_t SeparatorLength(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    const bool alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return alnum ? 0 : 1;
  }
  if (i + 2 < text.size() && c == 0xE2 && (static_cast<unsigned char>(text[i + 1]) & 0xFC) == 0x80) {
    return 3;  // U+2000–U+20FF: spaces, dashes, quotes, ellipsis
  }
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  return 0;
}

bool IsApostrophe(std::string_view text, size_t i) {
  return text[i] == '\'' || text.compare(i, 3, "\xE2\x80\x99") == 0;
}

}  // namespace

std::vector<HashedWord> HashWords(std::string_view text) {
  std::vector<HashedWord> words;
  words.reserve(text.size() / 6);
  std::string word;
  size_t start = 0, end = 0;
  auto flush = [&] {
    if (word.empty()) return;
    const uint64_t h = HashOf(word);
    const bool common = word.size() <= kLongestCommonWord && IsCommonWord(word);
    words.push_back({h, static_cast<uint32_t>(start), static_cast<uint32_t>(end), common});
    word.clear();
  };
  for (size_t i = 0; i < text.size();) {
    // A run of ASCII letters and digits, the common case, in one loop.
    if (kAsciiWordByte[static_cast<unsigned char>(text[i])] != 0) {
      if (word.empty()) start = i;
      do {
        word += kAsciiWordByte[static_cast<unsigned char>(text[i])];
        ++i;
      } while (i < text.size() && kAsciiWordByte[static_cast<unsigned char>(text[i])] != 0);
      end = i;
      continue;
    }
    const size_t sep = SeparatorLength(text, i);
    if (sep == 0) {  // a byte of a character outside ASCII, kept as it is
      if (word.empty()) start = i;
      word += text[i];
      end = ++i;
      continue;
    }
    // An apostrophe between two letters is inside the word: don't, Trump's.
    if (!word.empty() && IsApostrophe(text, i) && i + sep < text.size() &&
        SeparatorLength(text, i + sep) == 0) {
      i += sep;
      continue;
    }
    flush();
    i += sep;
  }
  flush();
  return words;
}

uint64_t ShingleAt(const std::vector<HashedWord>& words, size_t i, int n) {
  uint64_t h[8];
  bool all_common = true;
  for (int k = 0; k < n; ++k) {
    h[k] = words[i + k].hash;
    all_common = all_common && words[i + k].common;
  }
  if (all_common) return 0;
  const uint64_t shingle = XXH3_64bits(h, sizeof(uint64_t) * static_cast<size_t>(n));
  return shingle == 0 ? 1 : shingle;
}

ShingledText Shingle(std::string_view text, int n) {
  ShingledText t{HashWords(text), {}, n};
  const auto size = static_cast<size_t>(n);
  if (t.words.size() >= size) t.shingles.reserve(t.words.size() - size + 1);
  for (size_t i = 0; i + size <= t.words.size(); ++i) t.shingles.push_back(ShingleAt(t.words, i, n));
  return t;
}

}  // namespace qt::match
