#include "base/bit_filter.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace qt {
namespace {

// Hashes as the callers hold them: sequential ids (story terms) and
// well-mixed 64-bit hashes (words, shingles).
uint64_t Mixed(uint64_t i) { return (i + 1) * 0xD6E8FEB86659FD93ull ^ (i >> 7); }

TEST(BitFilterTest, HoldsEveryHashAddedAndRulesOutMostOthers) {
  for (const bool sequential : {true, false}) {
    const auto hash = [&](uint64_t i) { return sequential ? i : Mixed(i); };
    BitFilter filter(16 * 1000);
    for (uint64_t i = 0; i < 1000; ++i) filter.Add(hash(i));
    for (uint64_t i = 0; i < 1000; ++i) EXPECT_TRUE(filter.MayHold(hash(i))) << i;
    size_t false_hits = 0;
    for (uint64_t i = 1000; i < 101000; ++i) false_hits += filter.MayHold(hash(i));
    // 1,000 hashes in 16,384 bits: about 6% of the others read true.
    EXPECT_LT(false_hits, 10000u) << (sequential ? "sequential" : "mixed");
  }
}

TEST(BitFilterTest, AnEmptyFilterHoldsNothing) {
  const BitFilter filter(0);
  for (uint64_t i = 0; i < 1000; ++i) EXPECT_FALSE(filter.MayHold(Mixed(i)));
}

}  // namespace
}  // namespace qt
