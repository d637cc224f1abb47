// TermIndex: a word's spelling → its id, for the story clusterer's
// vocabulary, which on generated and OCR'd news grows into the millions.
//
// Keyed by a 64-bit hash of the spelling in an open-addressing table: a
// lookup is one cache miss where a node-based map of strings took several
// (a quarter of the stories stage at 100k articles). Two spellings with the
// same 64-bit hash would share an id; at ten million terms the odds of any
// such pair are about one in a million.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace qt::match {

class TermIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // What a term is stored and found by.
  static uint64_t HashOf(std::string_view term);

  // The id of the term whose HashOf is `hash`, or kNone.
  uint32_t Find(uint64_t hash) const;
  uint32_t Find(std::string_view term) const { return Find(HashOf(term)); }
  // Records `id` for a term not in the index.
  void Insert(uint64_t hash, uint32_t id);
  void Insert(std::string_view term, uint32_t id) { Insert(HashOf(term), id); }
  // A hint: starts loading the slot a Find of `hash` reads first, so that a
  // caller about to look up an article's words overlaps their cache misses.
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  size_t size() const { return used_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t id = kNone;  // kNone: empty
  };
  void Grow();
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace qt::match
