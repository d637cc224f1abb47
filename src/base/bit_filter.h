// BitFilter: a set of 64-bit hashes that answers "certainly not held" with
// one bit test (a Bloom filter of one hash function).
//
// The pipeline's hottest lookups mostly miss: most words of a text are in
// no word list, most shingles of a candidate are in no copy of the new
// article, most terms of a story's centroid are not in the article. A
// caller adds the hashes it holds and asks MayHold before its exact
// lookup, which the bit then skips for nearly all misses. A caller may
// rely on MayHold being true for every hash added; false answers are
// certain, true ones are to be checked.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace qt {

class BitFilter {
 public:
  // Room for `bits` bits, rounded up to a power of two of at least 64: at
  // 16 bits per hash held, about 6% of the hashes not held read true.
  explicit BitFilter(size_t bits = 64)
      : words_(std::bit_ceil(std::max<size_t>(bits, 64)) / 64, 0),
        shift_(64 - std::countr_zero(words_.size() * 64)) {}

  void Add(uint64_t hash) {
    const uint64_t bit = Bit(hash);
    words_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  bool MayHold(uint64_t hash) const {
    const uint64_t bit = Bit(hash);
    return (words_[bit >> 6] >> (bit & 63)) & 1;
  }

 private:
  // The top bits of a multiplicative hash: good bits from sequential ids
  // as well as from hashes.
  uint64_t Bit(uint64_t hash) const { return (hash * 0x9E3779B97F4A7C15ull) >> shift_; }

  std::vector<uint64_t> words_;
  int shift_;
};

}  // namespace qt
