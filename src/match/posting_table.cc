#include "match/posting_table.h"

#include <algorithm>
#include <bit>

namespace qt::match {
namespace {

constexpr size_t kChunk = 1 << 16;  // postings read or written at a time

// The 32 bits a key is stored and found by. Keys are hashes already; mixing
// once more makes any 32 of their bits good ones.
uint32_t TagOf(uint64_t key) {
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return static_cast<uint32_t>(key);
}

}  // namespace

// The slot a tag's probe starts at: its high bits scaled to the table
// (multiply and shift), so a table can have any size, not only a power of
// two, and grow by half instead of doubling.
size_t PostingTable::Home(uint32_t tag) const {
  return static_cast<size_t>((static_cast<uint64_t>(tag) * slots_.size()) >> 32);
}

void PostingTable::Add(uint64_t key, uint32_t row) {
  const uint32_t tag = TagOf(key);
  size_t count = 0;
  for (size_t i = slots_.empty() ? 0 : Home(tag); !slots_.empty(); i = Next(i)) {
    if (slots_[i].row == 0) break;
    if (slots_[i].tag == tag && ++count >= cap_) return;
  }
  Place(tag, row);
}

void PostingTable::Place(uint32_t tag, uint32_t row) {
  if ((used_ + 1) * 5 > slots_.size() * 4) Grow();
  size_t i = Home(tag);
  while (slots_[i].row != 0) i = Next(i);
  slots_[i] = {tag, row};
  ++used_;
}

void PostingTable::Prefetch(uint64_t key) const {
  if (!slots_.empty()) __builtin_prefetch(&slots_[Home(TagOf(key))]);
}

void PostingTable::Find(uint64_t key, std::vector<uint32_t>* rows, bool* full) const {
  rows->clear();
  *full = false;
  if (slots_.empty()) return;
  const uint32_t tag = TagOf(key);
  for (size_t i = Home(tag); slots_[i].row != 0; i = Next(i)) {
    if (slots_[i].tag == tag) rows->push_back(slots_[i].row);
  }
  *full = rows->size() >= cap_;
}

// Saved as the slot count, a bitmap of the occupied slots and their
// contents in slot order: a third to a half of the slots are empty, and the
// bitmap puts every posting back where it was, so lookups return rows in
// the same order as before.
void PostingTable::Save(BinaryWriter* out) const {
  out->Put<uint64_t>(cap_);
  out->Put<uint64_t>(slots_.size());
  std::vector<uint64_t> occupied((slots_.size() + 63) / 64, 0);
  for (size_t i = 0; i < slots_.size(); ++i) {
    if (slots_[i].row != 0) occupied[i / 64] |= uint64_t{1} << (i % 64);
  }
  out->PutVector(occupied);
  out->Put<uint64_t>(used_);
  std::vector<Slot> chunk;  // postings go out a chunk at a time: no second table in memory
  for (size_t i = 0; i < slots_.size(); ++i) {
    if (slots_[i].row != 0) chunk.push_back(slots_[i]);
    if (chunk.size() == kChunk || (i + 1 == slots_.size() && !chunk.empty())) {
      out->PutArray(chunk.data(), chunk.size());
      chunk.clear();
    }
  }
}

bool PostingTable::Load(BinaryReader* in) {
  uint64_t cap = 0, size = 0, used = 0;
  std::vector<uint64_t> occupied;
  bool ok = in->Get(&cap) && in->Get(&size) && cap == cap_ && size <= UINT32_MAX &&
            in->GetVector(&occupied) && occupied.size() == (size + 63) / 64 && in->Get(&used) &&
            used * 5 <= size * 4;
  slots_.assign(ok ? size : 0, Slot{0, 0});
  std::vector<Slot> chunk;
  size_t placed = 0, next = 0;
  // The occupied slots, a bitmap word at a time: most words are dense.
  for (size_t word = 0; ok && word < occupied.size(); ++word) {
    for (uint64_t bits = occupied[word]; bits != 0 && ok; bits &= bits - 1) {
      const size_t i = word * 64 + static_cast<size_t>(std::countr_zero(bits));
      if (next == chunk.size()) {
        chunk.resize(std::min<uint64_t>(kChunk, used - placed));
        ok = i < size && !chunk.empty() && in->GetArray(chunk.data(), chunk.size());
        next = 0;
        if (!ok) break;
      }
      ok = chunk[next].row != 0;
      slots_[i] = chunk[next++];
      ++placed;
    }
  }
  ok = ok && placed == used && next == chunk.size();
  used_ = ok ? used : 0;
  if (!ok) slots_.clear();
  return ok;
}

void PostingTable::Grow() {
  std::vector<Slot, HugePageAllocator<Slot>> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() + old.size() / 2, Slot{0, 0});
  used_ = 0;
  for (const Slot& s : old) {
    if (s.row != 0) Place(s.tag, s.row);
  }
}

}  // namespace qt::match
