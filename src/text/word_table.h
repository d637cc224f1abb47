// WordTable: a fixed list of short words, each with a value, looked up by a
// word and its HashWord (text/word_hash.h).
//
// Tokens carry that hash (Token::lower_hash), so a lookup hashes nothing;
// std::unordered_map hashed every word again and divided by a prime. Most
// words of a text are in no list: a BitFilter answers nearly all of them
// with one bit. A word held costs one or two probes of a dense array of
// hashes, kept at most a quarter full, and one comparison of the words.
// Built once, then read from any number of threads.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/bit_filter.h"
#include "text/word_hash.h"

namespace qt::text {

template <typename V>
class WordTable {
 public:
  // The value of `word`, added value-initialized if the table lacks it.
  // The reference is valid until the next word is added.
  V& operator[](std::string_view word) {
    const uint64_t hash = HashWord(word);
    if (const size_t e = EntryOf(word, hash); e != kNone) return entries_[e].second;
    if ((entries_.size() + 1) * 4 > slots_.size()) Grow();
    entries_.emplace_back(std::string(word), V{});
    Place(hash, entries_.size() - 1);
    filter_.Add(hash);
    return entries_.back().second;
  }

  // The value of `word`, whose HashWord is `hash`, or nullptr.
  const V* Find(std::string_view word, uint64_t hash) const {
    if (!filter_.MayHold(hash)) return nullptr;
    const size_t e = EntryOf(word, hash);
    return e == kNone ? nullptr : &entries_[e].second;
  }
  const V* Find(std::string_view word) const { return Find(word, HashWord(word)); }

  size_t size() const { return entries_.size(); }

 private:
  static constexpr size_t kNone = ~size_t{0};
  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // index into entries_ plus one; 0 is an empty slot
  };

  size_t EntryOf(std::string_view word, uint64_t hash) const {
    if (slots_.empty()) return kNone;
    const size_t mask = slots_.size() - 1;
    for (size_t s = hash & mask;; s = (s + 1) & mask) {
      const Slot& slot = slots_[s];
      if (slot.entry == 0) return kNone;
      if (slot.hash == hash && entries_[slot.entry - 1].first == word) return slot.entry - 1;
    }
  }

  void Place(uint64_t hash, size_t entry) {
    const size_t mask = slots_.size() - 1;
    size_t s = hash & mask;
    while (slots_[s].entry != 0) s = (s + 1) & mask;
    slots_[s] = {hash, static_cast<uint32_t>(entry + 1)};
  }

  void Grow() {
    slots_.assign(std::max<size_t>(64, slots_.size() * 2), Slot{});
    for (size_t e = 0; e < entries_.size(); ++e) Place(HashWord(entries_[e].first), e);
  }

  std::vector<Slot> slots_;
  std::vector<std::pair<std::string, V>> entries_;
  BitFilter filter_{kWordFilterBits};
};

// A word list as a set: Find(word, hash) != nullptr for each of `words`.
template <typename Words>
WordTable<bool> WordSetOf(const Words& words) {
  WordTable<bool> set;
  for (std::string_view w : words) set[w] = true;
  return set;
}

}  // namespace qt::text
