#include "match/term_index.h"

#include "base/xxhash_inline.h"

namespace qt::match {

uint64_t TermIndex::HashOf(std::string_view term) { return XXH3_64bits(term.data(), term.size()); }

uint32_t TermIndex::Find(uint64_t hash) const {
  if (slots_.empty()) return kNone;
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask; slots_[i].id != kNone; i = (i + 1) & mask) {
    if (slots_[i].hash == hash) return slots_[i].id;
  }
  return kNone;
}

void TermIndex::Insert(uint64_t hash, uint32_t id) {
  if ((used_ + 1) * 2 > slots_.size()) Grow();  // at most half full: short probes
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].id != kNone) i = (i + 1) & mask;
  slots_[i] = {hash, id};
  ++used_;
}

void TermIndex::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id == kNone) continue;
    size_t i = s.hash & mask;
    while (slots_[i].id != kNone) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace qt::match
