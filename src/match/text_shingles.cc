#include "match/text_shingles.h"

#include <array>
#include <cstring>
#include <string>

#include "base/xxhash_inline.h"

namespace qt::match {
namespace {

// Words so frequent in news that a shingle of them alone is no evidence.
constexpr std::string_view kCommonWords[] = {
    "a",    "an",   "and",  "are",  "as",   "at",   "be",    "been", "but",  "by",
    "for",  "from", "had",  "has",  "have", "he",   "her",   "his",  "i",    "in",
    "is",   "it",   "its",  "not",  "of",   "on",   "one",   "or",   "said", "she",
    "that", "the",  "their", "they", "this", "to",   "was",   "we",   "were", "which",
    "who",  "will", "with", "would", "you", "s",    "also",  "more", "than", "about"};

constexpr size_t kLongestCommonWord = 5;  // "their", "which", "would", "about"
static_assert([] {
  for (std::string_view w : kCommonWords) {
    if (w.size() > kLongestCommonWord) return false;
  }
  return true;
}());

// A word of at most 8 bytes as one number, zeros after it: compared in one step.
uint64_t Packed(std::string_view word) {
  uint64_t v = 0;
  for (size_t k = word.size(); k-- > 0;) v = v << 8 | static_cast<unsigned char>(word[k]);
  return v;
}

// A word's normalised bytes as HashWords gathers them: in place for the
// words of news, on the heap past 64 bytes (a URL, a run of letters).
class WordBytes {
 public:
  void Append(char c) {
    if (size_ < sizeof small_) {
      small_[size_++] = c;
      return;
    }
    if (size_ == sizeof small_) large_.assign(small_, size_);
    large_ += c;
    ++size_;
  }
  // Appends text[i], text[i + 1] … mapped through `table`, up to the first
  // byte it maps to 0; returns where that byte is (or text.size()). The
  // size is kept in a local: a store to a char may alias the member.
  size_t AppendRun(std::string_view text, size_t i, const std::array<char, 256>& table) {
    size_t n = size_;
    for (; i < text.size() && n < sizeof small_; ++i, ++n) {
      const char c = table[static_cast<unsigned char>(text[i])];
      if (c == 0) break;
      small_[n] = c;
    }
    size_ = n;
    if (n < sizeof small_) return i;  // the run or the text ended
    for (; i < text.size(); ++i) {
      const char c = table[static_cast<unsigned char>(text[i])];
      if (c == 0) break;
      Append(c);
    }
    return i;
  }
  const char* data() const { return size_ <= sizeof small_ ? small_ : large_.data(); }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear() { size_ = 0; }
  // The word as Packed reads it, for a word shorter than 8 bytes: one load.
  uint64_t ShortPacked() const {
    uint64_t v;
    std::memcpy(&v, small_, sizeof v);
    return v & ((uint64_t{1} << (8 * size_)) - 1);
  }

 private:
  char small_[64] = {};
  std::string large_;
  size_t size_ = 0;
};

// The common words as a set of packed words, open addressing in a table a
// fifth full: asked of every short word of every article, where a table of
// strings hashed each word again and compared its bytes.
class CommonWordSet {
 public:
  CommonWordSet() {
    for (std::string_view w : kCommonWords) {
      const uint64_t packed = Packed(w);
      size_t s = SlotOf(packed);
      while (slots_[s] != 0) s = (s + 1) % kSlots;
      slots_[s] = packed;
    }
  }
  bool Holds(const WordBytes& word) const {
    if (word.size() > kLongestCommonWord) return false;
    const uint64_t packed = word.ShortPacked();
    for (size_t s = SlotOf(packed); slots_[s] != 0; s = (s + 1) % kSlots) {
      if (slots_[s] == packed) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kSlots = 256;
  static size_t SlotOf(uint64_t packed) { return (packed * 0x9E3779B97F4A7C15ull) >> 56; }
  std::array<uint64_t, kSlots> slots_{};
};

const CommonWordSet& CommonWords() {
  static const CommonWordSet common;
  return common;
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

// ' or ’, byte by byte: asked at the end of every word.
bool IsApostrophe(std::string_view text, size_t i) {
  return text[i] == '\'' || (text[i] == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
                             text[i + 2] == '\x99');
}

}  // namespace

std::vector<HashedWord> HashWords(std::string_view text) {
  const CommonWordSet& common = CommonWords();
  std::vector<HashedWord> words;
  words.reserve(text.size() / 6);
  WordBytes word;
  size_t start = 0, end = 0;
  auto flush = [&] {
    if (word.empty()) return;
    words.push_back({XXH3_64bits(word.data(), word.size()), static_cast<uint32_t>(start),
                     static_cast<uint32_t>(end), common.Holds(word)});
    word.clear();
  };
  for (size_t i = 0; i < text.size();) {
    // A run of ASCII letters and digits, the common case, in one loop.
    if (kAsciiWordByte[static_cast<unsigned char>(text[i])] != 0) {
      if (word.empty()) start = i;
      end = i = word.AppendRun(text, i, kAsciiWordByte);
      continue;
    }
    const size_t sep = SeparatorLength(text, i);
    if (sep == 0) {  // a byte of a character outside ASCII, kept as it is
      if (word.empty()) start = i;
      word.Append(text[i]);
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
