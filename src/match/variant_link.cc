#include "match/variant_link.h"

#include <algorithm>
#include <vector>

namespace qt::match {
namespace {

bool WordsMatch(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (IsCensored(a)) return !b.empty() && b[0] == a[0];
  if (IsCensored(b)) return !a.empty() && a[0] == b[0];
  return false;
}

constexpr size_t kShortFragment = 4;  // words

}  // namespace

size_t ContainmentEdits(const Words& shorter, const Words& longer) {
  // Semi-global edit distance: row i is the first i words of `shorter`,
  // column j the first j of `longer`; starting anywhere in `longer` is free.
  const size_t n = shorter.size(), m = longer.size();
  std::vector<size_t> previous(m + 1, 0), current(m + 1);
  for (size_t i = 1; i <= n; ++i) {
    current[0] = i;
    for (size_t j = 1; j <= m; ++j) {
      const size_t substitute = previous[j - 1] + (WordsMatch(shorter[i - 1], longer[j - 1]) ? 0 : 1);
      current[j] = std::min({substitute, previous[j] + 1, current[j - 1] + 1});
    }
    std::swap(previous, current);
  }
  return *std::min_element(previous.begin(), previous.end());
}

bool SameUtterance(const Variant& a, const Variant& b) {
  const Variant& shorter = a.words->size() <= b.words->size() ? a : b;
  const Variant& longer = &shorter == &a ? b : a;
  const size_t n = shorter.words->size();
  if (n == 0) return false;
  if (n < kShortFragment) {
    const bool same_speaker = shorter.speaker->empty() || longer.speaker->empty() ||
                              *shorter.speaker == *longer.speaker;
    if (!same_speaker) return false;
    if (n == 1 && longer.words->size() != 1) return false;
  }
  const size_t allowed = n / 10;
  return ContainmentEdits(*shorter.words, *longer.words) <= allowed;
}

}  // namespace qt::match
