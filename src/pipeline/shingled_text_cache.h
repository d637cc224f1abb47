// ShingledTextCache: the shingled texts (match/text_shingles.h) of the rows
// copy detection stored or aligned against last, so that a row aligned
// against again is neither read back from SQLite nor hashed again. With
// each text, once an alignment has built them, its shingle positions
// (match/passage_aligner.h): an alignment looks up the longer text's, and a
// stored row is the longer of many later rows aligned against it.
//
// Copies and lifted passages are printed close together in time, so the
// rows aligned against are mostly recent: on 30,000 generated articles the
// median one is 4 rows older than the new row, and the last 1,024 rows used
// hold 60% of them (71% for 16,384). A row's text never changes (a revision
// is a new row), so an entry never goes stale.
//
// Not thread-safe: one thread (the writer) finds and puts. Entries are
// shared, so a text handed to another thread outlives its eviction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <unordered_map>

#include "match/passage_aligner.h"
#include "match/text_shingles.h"

namespace qt::pipeline {

class ShingledTextCache {
 public:
  using Text = std::shared_ptr<const match::ShingledText>;
  using Positions = std::shared_ptr<const match::ShinglePositions>;
  struct Held {
    Text text;            // nullptr: the row is not held
    Positions positions;  // nullptr until an alignment has built them
  };

  // Holds the `capacity` rows used last.
  explicit ShingledTextCache(size_t capacity) : capacity_(capacity) {}

  // The row's text and positions, now the one used last.
  Held Find(int64_t row);
  // Holds `text` as the row's, the one used last, with `positions` (of
  // `text`), or those held before when nullptr; evicts the one used longest
  // ago when full.
  void Put(int64_t row, Text text, Positions positions = nullptr);

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    Held held;
    std::list<int64_t>::iterator use;  // in uses_
  };
  size_t capacity_;
  std::list<int64_t> uses_;  // rows, the one used last first
  std::unordered_map<int64_t, Entry> entries_;
};

}  // namespace qt::pipeline
