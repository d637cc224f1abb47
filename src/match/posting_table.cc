#include "match/posting_table.h"

#include <sys/mman.h>

#include <algorithm>
#include <bit>

namespace qt::match {
namespace {

constexpr size_t kChunk = 1 << 16;  // postings read or written at a time
// Tables grow by half; tables of fewer homes, by half twice at a time.
// Every growth moves every posting, and a table started empty grows many
// times (a twentieth of a PolNeAR ingest's CPU time when all grew by half);
// the memory a big table leaves empty is what the slower growth saves.
// Both steps keep to one chain of sizes (1024, 1536, 2304, …), so a big
// table's size for a number of postings does not depend on how it grew
// (doubling, then growing by half, left the tables of 1M articles 60%
// full instead of 75%: 0.7 GB more).
constexpr size_t kSmallBelow = size_t{1} << 22;  // 32 MiB of slots

size_t NextHomes(size_t homes) {
  if (homes == 0) return 1024;
  const size_t next = homes + homes / 2;
  return homes < kSmallBelow ? next + next / 2 : next;
}

}  // namespace

// The slot a tag's probe starts at: its high bits scaled to the homes
// (multiply and shift), so a table can have any size, not only a power of
// two, and grow by half instead of doubling. Homes rise with tags, which is
// why growing keeps a key's postings in order.
size_t PostingTable::HomeIn(uint32_t tag, size_t homes) {
  return static_cast<size_t>((static_cast<uint64_t>(tag) * homes) >> 32);
}

size_t PostingTable::EndOfHome(uint32_t tag, size_t* same) const {
  const size_t home = Home(tag);
  *same = 0;
  size_t i = home;
  for (; i < slots_.size() && slots_[i].row != 0; ++i) {
    const size_t h = Home(slots_[i].tag);
    if (h > home) break;
    if (h == home && slots_[i].tag == tag) ++*same;
  }
  return i;
}

// Keys are hashes already; mixing once more makes any 32 of their bits good
// ones.
uint32_t PostingTable::TagOf(uint64_t key) {
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return static_cast<uint32_t>(key);
}

void PostingTable::Add(uint64_t key, uint32_t row) { AddTag(TagOf(key), row); }

void PostingTable::AddTag(uint32_t tag, uint32_t row) {
  size_t same = 0;
  size_t at = EndOfHome(tag, &same);
  if (same + frozen_.Count(tag) >= cap_) return;
  const auto grow = [&] {
    Grow();
    at = EndOfHome(tag, &same);
  };
  if (slots_.empty() || (used_ + 1) * 5 > homes_ * 4) grow();
  while (!PlaceAt(at, tag, row)) grow();  // the spill area is full: spread the homes
}

bool PostingTable::PlaceAt(size_t at, uint32_t tag, uint32_t row) {
  size_t empty = at;
  while (empty < slots_.size() && slots_[empty].row != 0) ++empty;
  if (empty == slots_.size()) return false;
  // The postings of later homes move up a slot, in order.
  std::move_backward(slots_.begin() + static_cast<ptrdiff_t>(at),
                     slots_.begin() + static_cast<ptrdiff_t>(empty),
                     slots_.begin() + static_cast<ptrdiff_t>(empty) + 1);
  slots_[at] = {tag, row};
  ++used_;
  return true;
}

// Frozen postings are two misses deep (a directory entry, then postings):
// every key's first before any key's second.
template <typename Keys, typename TagFn>
void PostingTable::PrefetchEach(const Keys& keys, TagFn tag_of) const {
  for (const auto key : keys) {
    const uint32_t tag = tag_of(key);
    frozen_.Prefetch(tag);
    if (!slots_.empty()) __builtin_prefetch(&slots_[Home(tag)]);
  }
  if (frozen_.size() == 0) return;
  for (const auto key : keys) frozen_.PrefetchPostings(tag_of(key));
}

void PostingTable::Prefetch(const std::vector<uint64_t>& keys) const { PrefetchEach(keys, TagOf); }

void PostingTable::PrefetchTags(const std::vector<uint32_t>& tags) const {
  PrefetchEach(tags, [](uint32_t tag) { return tag; });
}

void PostingTable::Find(uint64_t key, std::vector<uint32_t>* rows, bool* full) const {
  FindTag(TagOf(key), rows, full);
}

void PostingTable::FindTag(uint32_t tag, std::vector<uint32_t>* rows, bool* full) const {
  rows->clear();
  frozen_.Find(tag, rows);
  const size_t home = slots_.empty() ? 0 : Home(tag);
  for (size_t i = home; i < slots_.size() && slots_[i].row != 0; ++i) {
    if (slots_[i].tag == tag) {
      rows->push_back(slots_[i].row);
    } else if (Home(slots_[i].tag) > home) {
      break;
    }
  }
  *full = rows->size() >= cap_;
}

void PostingTable::Save(BinaryWriter* out, BinaryWriter* frozen) const {
  if (frozen == nullptr) return SaveInMemory(out);
  FrozenPostings::Write(frozen, postings(), [this](const auto& fn) { ForEachByTag(fn); });
  PostingTable(cap_).SaveInMemory(out);
}

// In memory, postings are in the order of their homes, and homes rise with
// tags; only the postings of one home (a few keys) need sorting by tag.
// A key's frozen postings were added before those in memory: they go first.
template <typename Fn>
void PostingTable::ForEachByTag(const Fn& fn) const {
  const Posting* frozen = frozen_.begin();
  std::vector<Slot> group;
  const auto flush_group = [&] {
    // Insertion sort, which is stable: a group is a posting or a few.
    for (size_t i = 1; i < group.size(); ++i) {
      for (size_t j = i; j > 0 && group[j - 1].tag > group[j].tag; --j) {
        std::swap(group[j - 1], group[j]);
      }
    }
    for (const Slot& posting : group) {
      for (; frozen != frozen_.end() && frozen->tag <= posting.tag; ++frozen) fn(*frozen);
      fn(posting);
    }
    group.clear();
  };
  size_t group_home = 0;
  for (const Slot& slot : slots_) {
    if (slot.row == 0) continue;
    if (Home(slot.tag) != group_home) flush_group();
    group_home = Home(slot.tag);
    group.push_back(slot);
  }
  flush_group();
  for (; frozen != frozen_.end(); ++frozen) fn(*frozen);
}

// Saved as the slot count, a bitmap of the occupied slots and their
// contents in slot order: a third to a half of the slots are empty, and the
// bitmap puts every posting back where it was, so lookups return rows in
// the same order as before.
void PostingTable::SaveInMemory(BinaryWriter* out) const {
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

bool PostingTable::Load(BinaryReader* in, MappedReader* frozen) {
  frozen_ = FrozenPostings();
  if (frozen != nullptr && !frozen_.Read(frozen)) return false;
  uint64_t cap = 0, size = 0, used = 0;
  std::vector<uint64_t> occupied;
  bool ok = in->Get(&cap) && in->Get(&size) && cap == cap_ && size <= UINT32_MAX &&
            (size == 0 || size > kSpill) && in->GetVector(&occupied) &&
            occupied.size() == (size + 63) / 64 && in->Get(&used) &&
            used * 5 <= (size == 0 ? 0 : size - kSpill) * 4;
  ResetSlots(ok ? size : 0);
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
  if (!ok) {
    slots_.clear();
    frozen_ = FrozenPostings();
  }
  homes_ = slots_.empty() ? 0 : slots_.size() - kSpill;
  return ok;
}

// A fresh table of `size` empty slots. A mapped block is zero already, and
// is left unwritten: its pages cost memory only once postings land in them.
void PostingTable::ResetSlots(size_t size) {
  std::vector<Slot, HugePageAllocator<Slot>>().swap(slots_);  // no old block reused
  slots_.resize(size);  // default-initialised: nothing written
  if (!HugePageAllocator<Slot>::Zeroed(size)) std::fill(slots_.begin(), slots_.end(), Slot{0, 0});
}

// The old table is released as the new one fills, so growing needs little
// more memory than the new table: holding both, as before, took rebuilding
// a million-article database's indexes to 4.4 GB (bar: 4 GB). One pass
// moves the postings. A table with more homes spreads the postings of its
// last homes over more slots, so what fitted in the old table's spill area
// fits in the new one's (but for a slot or so of rounding): the few
// postings that would not are added again afterwards, growing it once
// more. A first pass that checked the layout fitted, before the move,
// never found it did not, and cost about as much as the move, on the
// writer, at every growth.
void PostingTable::Grow() {
  std::vector<Slot, HugePageAllocator<Slot>> old = std::move(slots_);
  std::vector<Slot> overflow;
  LayOut(&old, homes_, NextHomes(homes_), &overflow);
  for (const Slot& posting : overflow) AddTag(posting.tag, posting.row);
}

// The postings of `old` are in the order of their homes among `old_homes`.
// Postings of one old home (a few keys, at most a few hundred postings)
// are sorted by their new homes, keeping each key's in order, and every
// later old home's postings have new homes no lower: so each posting goes
// at its new home or just after the last one placed. Moves them into a
// new table of `homes` and releases the old one's memory behind them; a
// posting that would land past the table goes, with every one after it,
// into `overflow`, in order, so a key's postings stay in the order they
// were added.
void PostingTable::LayOut(std::vector<Slot, HugePageAllocator<Slot>>* old, size_t old_homes,
                          size_t homes, std::vector<Slot>* overflow) {
  const size_t size = homes + kSpill;
  const auto home_of = [homes](uint32_t tag) { return HomeIn(tag, homes); };
  homes_ = homes;
  ResetSlots(size);
  used_ = 0;
  size_t next = 0;  // the first slot after the last posting placed
  std::vector<Slot> group;
  const auto place_group = [&] {
    if (group.size() > 1) {
      std::stable_sort(group.begin(), group.end(), [&](const Slot& a, const Slot& b) {
        return home_of(a.tag) < home_of(b.tag);
      });
    }
    for (const Slot& posting : group) {
      next = std::max(next, home_of(posting.tag));
      if (next >= size || !overflow->empty()) {
        overflow->push_back(posting);
        continue;
      }
      slots_[next++] = posting;
      ++used_;
    }
    group.clear();
  };
  size_t group_home = 0, released = 0;
  for (size_t i = 0; i < old->size(); ++i) {
    const Slot posting = (*old)[i];
    Release(old, i, &released);
    if (posting.row == 0) continue;
    const size_t old_home = HomeIn(posting.tag, old_homes);
    if (old_home != group_home) place_group();
    group_home = old_home;
    group.push_back(posting);
  }
  place_group();
}

// Gives the huge pages of old[released, upto) that lie wholly before `upto`
// back to the kernel: their postings were read, and nothing touches the
// block again but its unmapping.
void PostingTable::Release(std::vector<Slot, HugePageAllocator<Slot>>* old, size_t upto,
                           size_t* released) {
  constexpr size_t kPage = HugePageAllocator<Slot>::kHugePage;
  constexpr size_t kSlotsPerPage = kPage / sizeof(Slot);
  // Only mapped blocks are aligned to huge pages (smaller ones come from the heap).
  if (!HugePageAllocator<Slot>::Zeroed(old->size()) || upto < *released + kSlotsPerPage) return;
  const size_t pages = (upto - *released) / kSlotsPerPage;
  madvise(old->data() + *released, pages * kPage, MADV_DONTNEED);
  *released += pages * kSlotsPerPage;
}

}  // namespace qt::match
