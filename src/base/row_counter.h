// RowCounter: how many times each row occurs among a lookup's postings.
//
// Candidate searches gather the postings of every key of a query (a
// quotation's word pairs, an article's passage anchors) and keep the rows
// under enough of its keys. Counting them in a small open-addressing table
// touches each posting once, in a table that stays in the nearest caches;
// sorting them, as before, moved each posting several times.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace qt {

class RowCounter {
 public:
  struct Counted {
    uint32_t row;
    uint32_t count;
  };

  // Counts the rows of `rows` (each > 0), forgetting the last count.
  void Count(const std::vector<uint32_t>& rows) {
    // At least twice the rows, a power of two: probes stay short.
    const size_t size = std::bit_ceil(std::max<size_t>(64, 2 * rows.size()));
    const int shift = 64 - std::countr_zero(size);
    slots_.assign(size, {0, 0});
    for (uint32_t row : rows) {
      size_t i = static_cast<size_t>((row * 0x9E3779B97F4A7C15ULL) >> shift);
      while (slots_[i].row != 0 && slots_[i].row != row) i = (i + 1) & (size - 1);
      slots_[i].row = row;
      ++slots_[i].count;
    }
  }

  // Calls fn(Counted) for each distinct row counted, in no given order.
  template <typename Fn>
  void ForEach(const Fn& fn) const {
    for (const Counted& c : slots_) {
      if (c.row != 0) fn(c);
    }
  }

 private:
  std::vector<Counted> slots_;  // row 0: empty
};

}  // namespace qt
