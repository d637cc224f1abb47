// WordHash: a hash for short words in lookup tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace qt::text {

// FNV-1a: words are short, and std::hash's byte hash costs more than the
// lookup it serves.
inline constexpr uint64_t kWordHashSeed = 1469598103934665603ull;
inline constexpr uint64_t WordHashStep(uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
}
inline constexpr uint64_t HashWord(std::string_view w) {
  uint64_t h = kWordHashSeed;
  for (char c : w) h = WordHashStep(h, c);
  return h;
}

// Transparent, so string-keyed tables take string_views.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view w) const { return static_cast<size_t>(HashWord(w)); }
};

// The size of a word list's BitFilter (base/bit_filter.h): 2 KiB, a few
// percent full for our lists. Most words of a text are in no closed word
// list; with the hash computed once per token (Token::lower_hash), they
// skip the table lookups altogether.
inline constexpr size_t kWordFilterBits = size_t{1} << 14;

}  // namespace qt::text
