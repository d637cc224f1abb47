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
    for (uint32_t i : used_) slots_[i] = {0, 0};
    used_.clear();
    // At least twice the rows, a power of two: probes stay short. The
    // table only grows: emptied slot by slot, it costs the rows counted.
    const size_t size = std::bit_ceil(std::max<size_t>(64, 2 * rows.size()));
    if (slots_.size() < size) {
      slots_.assign(size, {0, 0});
      shift_ = 64 - std::countr_zero(size);
    }
    const size_t mask = slots_.size() - 1;
    for (uint32_t row : rows) {
      size_t i = static_cast<size_t>((row * 0x9E3779B97F4A7C15ULL) >> shift_);
      while (slots_[i].row != 0 && slots_[i].row != row) i = (i + 1) & mask;
      if (slots_[i].row == 0) {
        slots_[i].row = row;
        used_.push_back(static_cast<uint32_t>(i));
      }
      ++slots_[i].count;
    }
  }

  // Calls fn(Counted) for each distinct row counted, in the order each
  // was first counted.
  template <typename Fn>
  void ForEach(const Fn& fn) const {
    for (uint32_t i : used_) fn(slots_[i]);
  }

 private:
  std::vector<Counted> slots_;  // row 0: empty
  int shift_ = 0;
  std::vector<uint32_t> used_;  // the slots in use, in the order taken
};

}  // namespace qt
