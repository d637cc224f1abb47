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

// A bucket holds four postings or so, but a key on hundreds of rows makes
// its bucket long: past a few cache lines, binary search.
void FrozenPostings::PostingsFrom(uint32_t tag, size_t* begin, size_t* end) const {
  if (size_ == 0) {
    *begin = *end = 0;
    return;
  }
  const size_t bucket = Bucket(tag);
  *end = std::min<size_t>(directory_[bucket + 1], size_);
  *begin = std::min<size_t>(directory_[bucket], *end);
  if (*end - *begin > 32) {
    *begin = static_cast<size_t>(
        std::partition_point(postings_ + *begin, postings_ + *end,
                             [tag](const Posting& p) { return p.tag < tag; }) -
        postings_);
  }
}

void FrozenPostings::Find(uint32_t tag, std::vector<uint32_t>* rows) const {
  size_t i = 0, end = 0;
  PostingsFrom(tag, &i, &end);
  for (; i < end && postings_[i].tag <= tag; ++i) {
    if (postings_[i].tag == tag) rows->push_back(postings_[i].row);
  }
}

size_t FrozenPostings::Count(uint32_t tag) const {
  size_t i = 0, end = 0, count = 0;
  PostingsFrom(tag, &i, &end);
  for (; i < end && postings_[i].tag <= tag; ++i) count += postings_[i].tag == tag ? 1 : 0;
  return count;
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
