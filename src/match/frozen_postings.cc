#include "match/frozen_postings.h"

#include <algorithm>
#include <bit>

namespace qt::match {

// About four postings a bucket, at least one bucket.
int FrozenPostings::BitsFor(size_t count) {
  return static_cast<int>(std::bit_width(std::max<size_t>(count / 4, 1)) - 1);
}

bool FrozenPostings::Read(MappedReader* in) {
  uint64_t count = 0, bits = 0;
  if (!in->Get(&count) || !in->Get(&bits) || bits != static_cast<uint64_t>(BitsFor(count))) {
    return false;
  }
  const size_t buckets = size_t{1} << bits;
  const uint32_t* directory = in->Array<uint32_t>(buckets + 1);
  const Posting* postings = in->Array<Posting>(count);
  if (directory == nullptr || postings == nullptr) return false;
  postings_ = postings;
  size_ = count;
  directory_ = directory;
  buckets_ = buckets;
  shift_ = 32 - static_cast<int>(bits);
  file_ = in->file();
  return true;
}

// The postings of `tag` are one run of its bucket. A bucket holds four
// postings or so, but a key on hundreds of rows makes its bucket long:
// past a few cache lines, binary search.
void FrozenPostings::RunOf(uint32_t tag, size_t* begin, size_t* end) const {
  *begin = *end = 0;
  if (size_ == 0) return;
  const size_t bucket = Bucket(tag);
  const size_t last = std::min<size_t>(directory_[bucket + 1], size_);
  size_t i = std::min<size_t>(directory_[bucket], last);
  const auto before = [tag](const Posting& p) { return p.tag < tag; };
  if (last - i > 32) {
    i = static_cast<size_t>(std::partition_point(postings_ + i, postings_ + last, before) -
                            postings_);
  }
  while (i < last && postings_[i].tag < tag) ++i;
  *begin = i;
  while (i < last && postings_[i].tag == tag) ++i;
  *end = i;
}

void FrozenPostings::Find(uint32_t tag, std::vector<uint32_t>* rows) const {
  size_t begin = 0, end = 0;
  RunOf(tag, &begin, &end);
  for (size_t i = begin; i < end; ++i) rows->push_back(postings_[i].row);
}

size_t FrozenPostings::Count(uint32_t tag) const {
  size_t begin = 0, end = 0;
  RunOf(tag, &begin, &end);
  return end - begin;
}

void FrozenPostings::Prefetch(uint32_t tag) const {
  if (size_ != 0) __builtin_prefetch(&directory_[Bucket(tag)]);
}

void FrozenPostings::PrefetchPostings(uint32_t tag) const {
  if (size_ == 0) return;
  const size_t at = directory_[Bucket(tag)];
  if (at < size_) __builtin_prefetch(&postings_[at]);
}

}  // namespace qt::match
