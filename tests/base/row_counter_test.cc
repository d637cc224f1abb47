#include "base/row_counter.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <vector>

namespace qt {
namespace {

std::map<uint32_t, uint32_t> Counts(const RowCounter& counter) {
  std::map<uint32_t, uint32_t> counts;
  counter.ForEach([&](RowCounter::Counted c) {
    EXPECT_EQ(counts.count(c.row), 0u) << "row " << c.row << " twice";
    counts[c.row] = c.count;
  });
  return counts;
}

TEST(RowCounterTest, CountsEachRowOnce) {
  std::mt19937 rng(11);
  RowCounter counter;
  for (size_t n : {0, 1, 5, 63, 64, 65, 1000, 5000}) {
    std::vector<uint32_t> rows(n);
    std::map<uint32_t, uint32_t> expected;
    for (uint32_t& row : rows) {
      row = 1 + rng() % (n + 1);  // many repeats
      ++expected[row];
    }
    counter.Count(rows);
    EXPECT_EQ(Counts(counter), expected) << n << " rows";
  }
}

TEST(RowCounterTest, ForgetsTheCountBefore) {
  RowCounter counter;
  std::vector<uint32_t> many(500);
  for (size_t i = 0; i < many.size(); ++i) many[i] = static_cast<uint32_t>(i + 1);
  counter.Count(many);  // the table grows, and stays
  counter.Count({7, 7, 9});
  counter.Count({9});
  EXPECT_EQ(Counts(counter), (std::map<uint32_t, uint32_t>{{9, 1}}));
}

TEST(RowCounterTest, GivesRowsInTheOrderFirstCounted) {
  RowCounter counter;
  counter.Count({5, 3, 5, 8, 3, 1});
  std::vector<uint32_t> order;
  counter.ForEach([&](RowCounter::Counted c) { order.push_back(c.row); });
  EXPECT_EQ(order, (std::vector<uint32_t>{5, 3, 8, 1}));
}

TEST(RowCounterTest, RowsThatCollideInTheTableStaySeparate) {
  // Rows far apart and one apart, with the top bit set as callers may.
  RowCounter counter;
  const std::vector<uint32_t> rows = {1, 2, 1u << 31 | 1, 1u << 31 | 2, 0xFFFFFFFF, 1, 0xFFFFFFFF};
  counter.Count(rows);
  EXPECT_EQ(Counts(counter), (std::map<uint32_t, uint32_t>{
                                 {1, 2}, {2, 1}, {1u << 31 | 1, 1}, {1u << 31 | 2, 1}, {0xFFFFFFFF, 2}}));
}

}  // namespace
}  // namespace qt
