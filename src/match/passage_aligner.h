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
#include <utility>
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

// A text's shingles (common-word ones left out) with their word positions,
// sorted: the lookup side of an alignment. A text aligned against many
// others is indexed once.
struct ShinglePositions {
  std::vector<std::pair<uint64_t, uint32_t>> sorted;
  // 16 bits per shingle: most shingles of the other text are in no copy of
  // this one, and the filter answers "not here" for about 94% of them
  // without a binary search (which was nearly half of all ingest CPU on
  // PolNeAR).
  BitFilter filter;
};
ShinglePositions PositionsOf(const ShingledText& text);

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
