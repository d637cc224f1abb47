// WordHash: a hash for short words in lookup tables.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace qt::text {

// A word is hashed eight bytes at a time, read as little-endian 64-bit
// chunks with the last one padded with zero bytes: one multiply per chunk
// rather than per byte (FNV-1a's), and Token::SetLower lower-cases the very
// chunks it hashes. The finish mixes the high bits into the low ones, which
// WordTable's slots and BitFilter's bits both read.
static_assert(std::endian::native == std::endian::little,
              "chunks are loaded whole with memcpy and built byte by byte with shifts");
inline constexpr uint64_t kWordHashSeed = 1469598103934665603ull;
inline constexpr uint64_t WordHashChunk(uint64_t h, uint64_t chunk) {
  return (h ^ chunk) * 0x9E3779B97F4A7C15ull;
}
inline constexpr uint64_t WordHashFinish(uint64_t h, size_t size) {
  h ^= size;
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  return h ^ (h >> 29);
}
inline uint64_t HashWord(std::string_view w) {
  uint64_t h = kWordHashSeed;
  size_t i = 0;
  for (; i + 8 <= w.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, w.data() + i, 8);
    h = WordHashChunk(h, chunk);
  }
  if (i < w.size()) {  // shifted in: bytes stored and read back as one word stall the load
    uint64_t chunk = 0;
    for (size_t k = w.size(); k-- > i;) chunk = chunk << 8 | static_cast<unsigned char>(w[k]);
    h = WordHashChunk(h, chunk);
  }
  return WordHashFinish(h, w.size());
}
// HashWord(""): the hash of punctuation and of words too long to hash.
inline constexpr uint64_t kEmptyWordHash = WordHashFinish(kWordHashSeed, 0);

// ASCII 'A'–'Z' to lower case in each byte of a chunk; other bytes (UTF-8
// ones too) unchanged.
inline constexpr uint64_t AsciiLowerChunk(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  const uint64_t heptets = x & (0x7F * kOnes);
  const uint64_t at_least_a = heptets + (0x80 - 'A') * kOnes;  // top bit: byte ≥ 'A'
  const uint64_t above_z = heptets + (0x80 - 'Z' - 1) * kOnes;  // top bit: byte > 'Z'
  const uint64_t upper = at_least_a & ~above_z & ~x & (0x80 * kOnes);
  return x | (upper >> 2);  // 0x80 >> 2 is the case bit 0x20
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
