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

  // The id of `term`, or kNone.
  uint32_t Find(std::string_view term) const;
  // Records `id` for a term not in the index.
  void Insert(std::string_view term, uint32_t id);
  size_t size() const { return used_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t id = kNone;  // kNone: empty
  };
  static uint64_t HashOf(std::string_view term);
  void Grow();
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace qt::match
