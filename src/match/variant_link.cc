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

// A few edits on long quotes: one per ten words of the shorter.
size_t AllowedEdits(size_t short_words) { return short_words / 10; }

}  // namespace

size_t ContainmentEdits(const Words& shorter, const Words& longer, size_t limit) {
  // Semi-global edit distance: row i is the first i words of `shorter`,
  // column j the first j of `longer`; starting anywhere in `longer` is free.
  // Every path through row i+1 passes through row i at no smaller cost, so
  // once a row's least cost is above `limit` the answer is too. Most
  // candidates of a quotation are other utterances, and stop within a few
  // rows.
  const size_t n = shorter.size(), m = longer.size();
  std::vector<size_t> previous(m + 1, 0), current(m + 1);
  for (size_t i = 1; i <= n; ++i) {
    current[0] = i;
    size_t least = i;
    for (size_t j = 1; j <= m; ++j) {
      const size_t substitute = previous[j - 1] + (WordsMatch(shorter[i - 1], longer[j - 1]) ? 0 : 1);
      current[j] = std::min({substitute, previous[j] + 1, current[j - 1] + 1});
      least = std::min(least, current[j]);
    }
    if (least > limit) return least;
    std::swap(previous, current);
  }
  return *std::min_element(previous.begin(), previous.end());
}

size_t MinSharedKeys(size_t short_words, size_t short_keys, size_t censored) {
  const size_t broken = 2 * (AllowedEdits(short_words) + censored);
  return short_keys > broken ? short_keys - broken : 0;
}

size_t MaxWordsMissing(size_t short_words, size_t censored) {
  return AllowedEdits(short_words) + censored;
}

bool MaySameUtterance(size_t a_words, bool a_speaker_known, size_t b_words, bool b_speaker_known,
                      bool speakers_differ) {
  const size_t n = std::min(a_words, b_words);
  if (n == 0) return false;
  if (n < kShortFragment) {
    if (speakers_differ) return false;
    if (n == 1 && std::max(a_words, b_words) != 1) return false;
    const bool longer_known = a_words > b_words ? a_speaker_known : b_speaker_known;
    if (std::max(a_words, b_words) >= kShortFragment && !longer_known) return false;
  }
  return true;
}

bool SameUtterance(const Variant& a, const Variant& b) {
  const bool speakers_differ =
      !a.speaker->empty() && !b.speaker->empty() && *a.speaker != *b.speaker;
  if (!MaySameUtterance(a.words->size(), !a.speaker->empty(), b.words->size(),
                        !b.speaker->empty(), speakers_differ)) {
    return false;
  }
  // Equal words align with no edit. A reprint's check compares equal words,
  // and aligning them was most of its cost.
  if (*a.words == *b.words) return true;
  const Variant& shorter = a.words->size() <= b.words->size() ? a : b;
  const Variant& longer = &shorter == &a ? b : a;
  const size_t allowed = AllowedEdits(shorter.words->size());
  return ContainmentEdits(*shorter.words, *longer.words, allowed) <= allowed;
}

}  // namespace qt::match
