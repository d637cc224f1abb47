#include "match/passage_aligner.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <span>

namespace qt::match {
namespace {

struct Seed {
  uint32_t a, b;  // word positions of the shared shingle
};

// Every (a, b) position pair of a shingle the two texts share, in a's order.
std::vector<Seed> SeedsOf(const ShingledText& a, const ShinglePositions& in_b,
                          const PassageOptions& options) {
  std::vector<Seed> seeds;
  for (size_t i = 0; i < a.shingles.size(); ++i) {
    const uint64_t h = a.shingles[i];
    if (h == 0) continue;
    const std::span<const uint32_t> at = in_b.Of(h);
    if (at.empty() || at.size() > static_cast<size_t>(options.max_repeats)) continue;
    for (const uint32_t b : at) seeds.push_back({static_cast<uint32_t>(i), b});
  }
  return seeds;
}

struct Chain {
  Seed first, last;
};

// Groups seeds into chains that advance in both texts by at most `gap`
// words a step, and whose two advances differ by at most half of it.
std::vector<Chain> ChainsOf(const std::vector<Seed>& seeds, int gap) {
  std::vector<Chain> done, open;
  for (const Seed& s : seeds) {
    // Close chains the seed has left behind.
    for (size_t k = 0; k < open.size();) {
      if (static_cast<int>(s.a - open[k].last.a) > gap) {
        done.push_back(open[k]);
        open[k] = open.back();
        open.pop_back();
      } else {
        ++k;
      }
    }
    Chain* best = nullptr;
    int best_cost = 0;
    for (Chain& c : open) {
      const int da = static_cast<int>(s.a) - static_cast<int>(c.last.a);
      const int db = static_cast<int>(s.b) - static_cast<int>(c.last.b);
      if (da <= 0 || db <= 0 || db > gap || std::abs(da - db) > gap / 2) continue;
      const int cost = da + db + 2 * std::abs(da - db);
      if (!best || cost < best_cost) {
        best = &c;
        best_cost = cost;
      }
    }
    if (best) {
      best->last = s;
    } else {
      open.push_back({s, s});
    }
  }
  done.insert(done.end(), open.begin(), open.end());
  return done;
}

}  // namespace

ShinglePositions::ShinglePositions(const ShingledText& text) {
  size_t shingles = 0;
  for (const uint64_t h : text.shingles) shingles += h != 0;
  if (shingles == 0) return;
  slots_.resize(std::bit_ceil(shingles + shingles / 2 + 1));
  filter_ = BitFilter(16 * shingles);
  // Count each shingle's positions, keeping the slot of each, so that
  // placing them needs no second probe.
  std::vector<uint32_t> slot_at(text.shingles.size());
  for (size_t j = 0; j < text.shingles.size(); ++j) {
    if (text.shingles[j] == 0) continue;
    slot_at[j] = SlotOf(text.shingles[j]);
    ++slots_[slot_at[j]].count;
  }
  uint32_t next = 0;
  for (Slot& s : slots_) {
    s.first = next;
    next += s.count;
    s.count = 0;
  }
  positions_.resize(next);
  for (size_t j = 0; j < text.shingles.size(); ++j) {  // then place them, in text order
    if (text.shingles[j] == 0) continue;
    Slot& s = slots_[slot_at[j]];
    positions_[s.first + s.count++] = static_cast<uint32_t>(j);
  }
}

// The index of the slot of `shingle`, claimed (and added to the filter) if
// it is new.
uint32_t ShinglePositions::SlotOf(uint64_t shingle) {
  const size_t mask = slots_.size() - 1;
  size_t i = shingle & mask;
  while (slots_[i].shingle != shingle && slots_[i].shingle != 0) i = (i + 1) & mask;
  if (slots_[i].shingle == 0) {
    slots_[i].shingle = shingle;
    filter_.Add(shingle);
  }
  return static_cast<uint32_t>(i);
}

std::vector<SharedPassage> AlignPassages(const ShingledText& a, const ShingledText& b,
                                         const ShinglePositions& b_positions,
                                         const PassageOptions& options) {
  std::vector<Chain> chains = ChainsOf(SeedsOf(a, b_positions, options), options.max_gap_words);
  std::sort(chains.begin(), chains.end(),
            [](const Chain& x, const Chain& y) { return x.first.a < y.first.a; });
  const auto last_word = static_cast<uint32_t>(a.n - 1);
  std::vector<SharedPassage> passages;
  uint32_t covered = 0;  // end of the last passage in a, in words
  for (Chain c : chains) {
    // A chain that starts inside the last passage (a repeat of text aligned
    // already, or a sentence one chain ends with and the next begins with)
    // keeps its words after it, on its diagonal in b. Dropped whole, a
    // passage of 290 words was lost to one of 14 that ended 3 words into it.
    if (!passages.empty() && c.first.a < covered) {
      const uint32_t skip = covered - c.first.a;
      if (c.first.a + skip > c.last.a || c.first.b + skip > c.last.b) continue;
      c.first = {c.first.a + skip, c.first.b + skip};
    }
    const uint32_t a_words = c.last.a + last_word + 1 - c.first.a;
    const uint32_t b_words = c.last.b + last_word + 1 - c.first.b;
    if (static_cast<int>(std::min(a_words, b_words)) < options.min_words) continue;
    passages.push_back({a.words[c.first.a].start, a.words[c.last.a + last_word].end,
                        b.words[c.first.b].start, b.words[c.last.b + last_word].end});
    covered = c.last.a + last_word + 1;
  }
  return passages;
}

}  // namespace qt::match
