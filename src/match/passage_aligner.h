// Shared passages between two articles that are not copies of each other: a
// lifted lead, a paragraph quoted whole, wire text inside a longer story.
//
// Seed and extend, as passim does: seeds are the word shingles the two texts
// share (shingles of common words alone are not seeds); a passage is a chain
// of seeds that advance together in both texts, allowing gaps of a few words
// on either side (an edited word, a dropped clause, OCR noise breaks a few
// shingles but not the chain). Each chain is aligned on its own, so
// paragraphs printed in another order are found one by one.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "base/bit_filter.h"

#include "match/text_shingles.h"

namespace qt::match {

struct PassageOptions {
  int max_gap_words = 12;   // largest gap between two seeds of one passage
  int min_words = 25;       // shorter shared runs are quotations, not passages
  int max_repeats = 4;      // a shingle more frequent than this in b seeds nothing
};

// A passage as byte spans [start, end) in each article's text.
struct SharedPassage {
  uint32_t a_start, a_end;
  uint32_t b_start, b_end;
};

// A text's shingles (common-word ones left out) with the word positions
// where each starts: the lookup side of an alignment. A text aligned against
// many others is indexed once.
class ShinglePositions {
 public:
  ShinglePositions() = default;
  explicit ShinglePositions(const ShingledText& text);

  // The word positions where `shingle` starts in the text, ascending; empty
  // when it is not there.
  std::span<const uint32_t> Of(uint64_t shingle) const {
    if (slots_.empty() || !filter_.MayHold(shingle)) return {};
    const size_t mask = slots_.size() - 1;
    for (size_t i = shingle & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.shingle == shingle) return {positions_.data() + s.first, s.count};
      if (s.shingle == 0) return {};
    }
  }

 private:
  // Open addressing, at most two thirds full: one probe or two where a
  // binary search of sorted (shingle, position) pairs missed the caches at
  // every step, and the table is built in linear time where the pairs were
  // sorted. 0 marks an empty slot: it is never a shingle (ShingleAt).
  struct Slot {
    uint64_t shingle = 0;
    uint32_t first = 0, count = 0;  // into positions_
  };
  uint32_t SlotOf(uint64_t shingle);

  std::vector<Slot> slots_;
  std::vector<uint32_t> positions_;  // each shingle's, together and ascending
  // 16 bits per shingle: most shingles of the other text are in no copy of
  // this one, and the filter answers "not here" for about 94% of them
  // without touching the table.
  BitFilter filter_;
};
inline ShinglePositions PositionsOf(const ShingledText& text) { return ShinglePositions(text); }

// The passages a and b share, in a's order. Never overlapping in a. Both
// must be shingled with the same n; `b_positions` is PositionsOf(b).
std::vector<SharedPassage> AlignPassages(const ShingledText& a, const ShingledText& b,
                                         const ShinglePositions& b_positions,
                                         const PassageOptions& options);
inline std::vector<SharedPassage> AlignPassages(const ShingledText& a, const ShingledText& b,
                                                const PassageOptions& options) {
  return AlignPassages(a, b, PositionsOf(b), options);
}

}  // namespace qt::match
