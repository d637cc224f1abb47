// PostingTable: which rows carry a 64-bit key (an LSH band key, a passage
// anchor), in memory, compactly: 8 bytes a posting in an open-addressing
// table kept at most 80% full and grown by half (53–80% full; doubling at
// 70% left the largest table at a million articles 37% full, 2 GiB for 0.8
// GB of postings), tables under 32 MiB by half twice. On huge pages
// (base/huge_page_allocator.h), since lookups land anywhere in it.
//
// A key is stored as 32 bits of its hash (which also place it), so a lookup
// can rarely return a row of another key; callers verify what they find.
// A key is kept on at most `cap` rows: a key on more is boilerplate (a
// masthead's footer, a band of an empty article) and finds nothing useful,
// and capping it keeps lookups of every key short.
//
// Postings are kept in the order of their home slots (ordered linear
// probing: a posting goes after those whose home is not after its own, and
// the ones behind move up a slot). So a key's postings sit together, in the
// order they were added, and a lookup reads only from its home to the end
// of its home's run, where plain linear probing read to the end of the
// whole cluster (7.6 slots per posting returned at 100k articles, keys of
// hundreds of postings making long clusters). The table does not wrap: a
// spill area past the last home takes the overflow.
//
// Under the postings in memory, a table may hold frozen ones, read in place
// from an earlier snapshot (match/frozen_postings.h); lookups return the
// frozen rows of a key first, as they were added first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "base/binary_file.h"
#include "base/huge_page_allocator.h"
#include "base/mapped_file.h"
#include "match/frozen_postings.h"

namespace qt::match {

class PostingTable {
 public:
  explicit PostingTable(size_t cap) : cap_(cap) {}

  // Adds `row` (> 0) under `key`, unless the key is on `cap` rows already.
  void Add(uint64_t key, uint32_t row);

  // The rows under `key` (up to `cap`), in the order they were added;
  // *full is set when the key reached the cap.
  void Find(uint64_t key, std::vector<uint32_t>* rows, bool* full) const;

  // A hint, not a lookup: starts loading the memory Finds or Adds of `keys`
  // read first. Lookups land anywhere in a table of gigabytes, each a cache
  // miss; a caller about to look up many keys prefetches them all first, so
  // the misses overlap instead of following one another.
  void Prefetch(const std::vector<uint64_t>& keys) const;

  // The 32 bits a key is stored and found by. A caller may keep its keys as
  // tags (half the bytes) and use the calls below, which are Add, Find and
  // Prefetch of any key with that tag: the table holds nothing else.
  static uint32_t TagOf(uint64_t key);
  void AddTag(uint32_t tag, uint32_t row);
  void FindTag(uint32_t tag, std::vector<uint32_t>* rows, bool* full) const;
  void PrefetchTags(const std::vector<uint32_t>& tags) const;

  // Writes the postings held in memory (those not frozen) into `out`; or,
  // with `frozen`, writes every posting there as frozen ones, in the same
  // order, and none into `out`. Load reads back what one Save wrote, with
  // `frozen` (or nullptr) at the frozen postings it goes with, and the same
  // cap; it returns false, leaving the table empty, for anything else.
  void Save(BinaryWriter* out, BinaryWriter* frozen) const;
  bool Load(BinaryReader* in, MappedReader* frozen);

  size_t postings() const { return frozen_.size() + used_; }
  size_t frozen_postings() const { return frozen_.size(); }
  // In memory, and mapped from the snapshot.
  size_t memory_bytes() const { return slots_.size() * sizeof(Slot) + frozen_.bytes(); }

 private:
  using Slot = Posting;  // row 0: empty

  // Prefetch of the tag `tag_of` gives each of `keys` (a key or a tag).
  template <typename Keys, typename TagFn>
  void PrefetchEach(const Keys& keys, TagFn tag_of) const;
  // Slots past the last home: room for the last homes' postings.
  static constexpr size_t kSpill = 4096;
  // The slot a tag's probe starts at in a table of `homes` homes.
  static size_t HomeIn(uint32_t tag, size_t homes);
  size_t Home(uint32_t tag) const { return HomeIn(tag, homes_); }
  // The first slot at or after `tag`'s home that holds no posting of a
  // home up to the tag's; `same` counts the postings of the tag before it.
  size_t EndOfHome(uint32_t tag, size_t* same) const;
  // Places a posting at `at` (EndOfHome of its tag), moving the postings
  // from there to the next empty slot up by one; false when they run past
  // the table.
  bool PlaceAt(size_t at, uint32_t tag, uint32_t row);
  void ResetSlots(size_t size);
  void Grow();
  void LayOut(std::vector<Slot, HugePageAllocator<Slot>>* old, size_t old_homes, size_t homes,
              std::vector<Slot>* overflow);
  static void Release(std::vector<Slot, HugePageAllocator<Slot>>* old, size_t upto,
                      size_t* released);
  // Calls fn(Posting) for every posting, frozen and in memory, by tag.
  template <typename Fn>
  void ForEachByTag(const Fn& fn) const;
  void SaveInMemory(BinaryWriter* out) const;
  size_t cap_;
  size_t used_ = 0;
  size_t homes_ = 0;  // slots_.size() - kSpill, or 0 for an empty table
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  FrozenPostings frozen_;
};

}  // namespace qt::match
