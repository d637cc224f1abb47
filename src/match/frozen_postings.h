// FrozenPostings: postings that no longer change, read in place from a
// snapshot file (base/mapped_file.h). A PostingTable holds the postings an
// earlier ingest saved this way, and the ones added since in memory.
//
// Why: a batch of 10,000 articles added to a database of a million read
// the posting tables' 2.5 GB snapshot back into memory and wrote it out
// again, half of the batch's time. Frozen postings are mapped, not read;
// a later save writes only what was added since, and freezes everything
// again once that grows to an eighth of the frozen part
// (pipeline/article_analysis.cc), so the cost stays in proportion to the
// batch.
//
// Layout: postings sorted by tag, a key's in the order they were added,
// and a directory: for each of 2^bits buckets of tags (their top bits), the
// index of its first posting. A lookup reads two directory entries and a
// bucket of four postings or so. No empty slots: about 9 bytes a posting,
// where a table in memory, 53–80% full, takes 10–15.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "base/binary_file.h"
#include "base/mapped_file.h"

namespace qt::match {

struct Posting {
  uint32_t tag;  // 32 bits of the key's hash (PostingTable)
  uint32_t row;  // > 0
};

class FrozenPostings {
 public:
  FrozenPostings() = default;  // none

  // Appends the rows under `tag` to *rows, in the order they were added.
  void Find(uint32_t tag, std::vector<uint32_t>* rows) const;
  // How many rows are under `tag`.
  size_t Count(uint32_t tag) const;
  // Hints, in two steps: Prefetch starts loading the directory entry a
  // lookup of `tag` reads; PrefetchPostings, called once that has had time
  // to arrive (after the other keys' Prefetch), the postings it points at.
  void Prefetch(uint32_t tag) const;
  void PrefetchPostings(uint32_t tag) const;

  size_t size() const { return size_; }
  size_t bytes() const { return size_ * sizeof(Posting) + (buckets_ + 1) * sizeof(uint32_t); }
  const Posting* begin() const { return postings_; }
  const Posting* end() const { return postings_ + size_; }

  // Writes `count` postings: for_each(fn) must call fn(Posting) for each,
  // in tag order; it is called twice. More than 2^32 postings fail the
  // writer (a table in memory holds fewer).
  template <typename ForEach>
  static void Write(BinaryWriter* out, size_t count, const ForEach& for_each);
  // Reads in place what Write wrote; false when it is not whole. A damaged
  // directory can make lookups wrong, never read outside the postings.
  bool Read(MappedReader* in);

 private:
  static int BitsFor(size_t count);
  size_t Bucket(uint32_t tag) const { return static_cast<size_t>(uint64_t{tag} >> shift_); }
  // The postings of `tag`: [*begin, *end), empty when there are none.
  void RunOf(uint32_t tag, size_t* begin, size_t* end) const;
  const Posting* postings_ = nullptr;
  size_t size_ = 0;
  const uint32_t* directory_ = nullptr;  // buckets_ + 1 entries
  size_t buckets_ = 0;
  int shift_ = 32;
  std::shared_ptr<const MappedFile> file_;  // keeps the postings mapped
};

template <typename ForEach>
void FrozenPostings::Write(BinaryWriter* out, size_t count, const ForEach& for_each) {
  if (count > UINT32_MAX) return out->Fail("more than 2^32 postings in one table");
  const int bits = BitsFor(count);
  const int shift = 32 - bits;
  out->Put<uint64_t>(count);
  out->Put<uint64_t>(static_cast<uint64_t>(bits));
  // The directory, then the postings, a chunk at a time: no copy of either
  // is held.
  constexpr size_t kChunk = 1 << 16;
  std::vector<uint32_t> entries;
  uint32_t index = 0;
  size_t next_bucket = 0;  // the first bucket whose start is not written yet
  const auto starts_up_to = [&](size_t bucket) {
    for (; next_bucket <= bucket; ++next_bucket) {
      entries.push_back(index);
      if (entries.size() == kChunk) {
        out->PutArray(entries.data(), entries.size());
        entries.clear();
      }
    }
  };
  for_each([&](const Posting& p) {
    starts_up_to(static_cast<size_t>(uint64_t{p.tag} >> shift));
    ++index;
  });
  starts_up_to(size_t{1} << bits);  // the end of the last bucket
  out->PutArray(entries.data(), entries.size());
  std::vector<Posting> chunk;
  for_each([&](const Posting& p) {
    chunk.push_back(p);
    if (chunk.size() == kChunk) {
      out->PutArray(chunk.data(), chunk.size());
      chunk.clear();
    }
  });
  out->PutArray(chunk.data(), chunk.size());
}

}  // namespace qt::match
