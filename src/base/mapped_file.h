// MappedFile / MappedReader: a whole file mapped read-only, and values read
// from it in place, for snapshots too large to read into memory at every
// open.
//
// Why: reading a million-article database's 2.5 GB index snapshot back
// into memory took seconds at every ingest, most of it copying and zeroing
// pages. Mapped, its pages come from the page cache as lookups touch them
// and cost nothing to give back. The kernel is asked to read the whole file
// ahead at once (MADV_WILLNEED): lookups land anywhere in it, and pages
// faulted one at a time from disk would be slower than one pass.
//
// What a caller may rely on: the bytes do not change while mapped, as long
// as writers replace the file by renaming a new one into place
// (BinaryWriter::Commit) rather than writing into it; the mapping keeps the
// old file's bytes. The mapping lives as long as any shared_ptr to it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include "base/status.h"

namespace qt {

class MappedFile {
 public:
  // Maps `path`; an error names the file and the reason.
  static Status Open(const std::string& path, std::shared_ptr<const MappedFile>* file);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const char* data() const { return data_; }  // page-aligned; nullptr when empty
  size_t size() const { return size_; }

 private:
  MappedFile(const char* data, size_t size) : data_(data), size_(size) {}
  const char* data_;
  size_t size_;
};

// Reads a mapped file front to back, as BinaryWriter wrote it. Each call
// returns false (nullptr for Array), and ok() turns false, when the bytes
// are not there or not aligned for the type.
class MappedReader {
 public:
  explicit MappedReader(std::shared_ptr<const MappedFile> file) : file_(std::move(file)) {}

  template <typename T>
  bool Get(T* value) {
    static_assert(std::is_trivially_copyable_v<T>);
    const char* p = Take(1, sizeof(T));
    if (p != nullptr) std::memcpy(value, p, sizeof(T));
    return p != nullptr;
  }
  // n values in place, valid while the file is mapped; nullptr at a short
  // or misaligned read.
  template <typename T>
  const T* Array(size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    return reinterpret_cast<const T*>(Take(n, sizeof(T), alignof(T)));
  }
  bool ok() const { return ok_; }
  const std::shared_ptr<const MappedFile>& file() const { return file_; }

 private:
  // The next n items of `size` bytes, aligned to `align`.
  const char* Take(size_t n, size_t size, size_t align = 1) {
    const size_t left = ok_ ? file_->size() - offset_ : 0;
    if (!ok_ || n > left / size || offset_ % align != 0) {
      ok_ = false;
      return nullptr;
    }
    const char* p = file_->data() + offset_;
    offset_ += n * size;
    return p;
  }
  std::shared_ptr<const MappedFile> file_;
  size_t offset_ = 0;
  bool ok_ = true;
};

}  // namespace qt
