#include "match/posting_table.h"

namespace qt::match {
namespace {

// The 32 bits a key is stored and found by. Keys are hashes already; mixing
// once more makes any 32 of their bits good ones.
uint32_t TagOf(uint64_t key) {
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return static_cast<uint32_t>(key);
}

}  // namespace

void PostingTable::Add(uint64_t key, uint32_t row) {
  const uint32_t tag = TagOf(key);
  size_t count = 0;
  const size_t mask = slots_.size() - 1;
  for (size_t i = slots_.empty() ? 0 : tag & mask; !slots_.empty(); i = (i + 1) & mask) {
    if (slots_[i].row == 0) break;
    if (slots_[i].tag == tag && ++count >= cap_) return;
  }
  Place(tag, row);
}

void PostingTable::Place(uint32_t tag, uint32_t row) {
  if ((used_ + 1) * 10 > slots_.size() * 7) Grow();
  const size_t mask = slots_.size() - 1;
  size_t i = tag & mask;
  while (slots_[i].row != 0) i = (i + 1) & mask;
  slots_[i] = {tag, row};
  ++used_;
}

void PostingTable::Find(uint64_t key, std::vector<uint32_t>* rows, bool* full) const {
  rows->clear();
  *full = false;
  if (slots_.empty()) return;
  const uint32_t tag = TagOf(key);
  const size_t mask = slots_.size() - 1;
  for (size_t i = tag & mask; slots_[i].row != 0; i = (i + 1) & mask) {
    if (slots_[i].tag == tag) rows->push_back(slots_[i].row);
  }
  *full = rows->size() >= cap_;
}

void PostingTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{0, 0});
  used_ = 0;
  for (const Slot& s : old) {
    if (s.row != 0) Place(s.tag, s.row);
  }
}

}  // namespace qt::match
