#include "base/sort_runs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace qt {
namespace {

TEST(SortRunsTest, MergesAscendingRunsOfAnyNumber) {
  std::mt19937 rng(7);
  for (size_t nruns = 0; nruns <= 9; ++nruns) {
    std::vector<uint32_t> v;
    std::vector<size_t> runs = {0};
    for (size_t r = 0; r < nruns; ++r) {
      std::vector<uint32_t> run(rng() % 6);  // empty runs too
      for (uint32_t& x : run) x = rng() % 20;  // repeats across runs
      std::sort(run.begin(), run.end());
      v.insert(v.end(), run.begin(), run.end());
      runs.push_back(v.size());
    }
    std::vector<uint32_t> expected = v;
    std::sort(expected.begin(), expected.end());
    SortRuns(runs, &v);
    EXPECT_EQ(v, expected) << nruns << " runs";
  }
}

TEST(SortRunsTest, ARunOutOfOrderStillSortsTheWhole) {
  std::vector<uint32_t> v = {1, 4, 9, 8, 2, 3, 5};
  SortRuns({0, 3, 5, 7}, &v);  // the second run, {8, 2}, is not ascending
  EXPECT_EQ(v, (std::vector<uint32_t>{1, 2, 3, 4, 5, 8, 9}));
}

}  // namespace
}  // namespace qt
