// SortRuns: sorts a vector made of runs that are each ascending already,
// by merging the runs pairwise, in rounds (merge sort's last passes):
// about n log(runs) steps against std::sort's n log(n). Variant clustering
// sorts each quotation's candidates, every key's postings one after the
// other, and each key's come in the order they were added: by qid.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace qt {

// Sorts *v. `runs` are the boundaries of its runs: runs[0] == 0, each
// ascending, the last == v->size(). A run that is not in order (the caller
// may only believe that they are) makes it sort the whole with std::sort:
// the result is the same either way.
inline void SortRuns(std::vector<size_t> runs, std::vector<uint32_t>* v) {
  for (size_t i = 0; i + 1 < runs.size(); ++i) {
    if (!std::is_sorted(v->begin() + runs[i], v->begin() + runs[i + 1])) {
      std::sort(v->begin(), v->end());
      return;
    }
  }
  if (runs.size() <= 2) return;  // one run or none: sorted already
  std::vector<uint32_t> merged(v->size());
  while (runs.size() > 2) {
    std::vector<size_t> next = {0};
    for (size_t i = 0; i + 1 < runs.size(); i += 2) {
      const size_t end = runs[std::min(i + 2, runs.size() - 1)];  // a last run alone: copied
      std::merge(v->begin() + runs[i], v->begin() + runs[i + 1], v->begin() + runs[i + 1],
                 v->begin() + end, merged.begin() + runs[i]);
      next.push_back(end);
    }
    v->swap(merged);
    runs = std::move(next);
  }
}

}  // namespace qt
