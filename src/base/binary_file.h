// BinaryWriter / BinaryReader: plain values and vectors of them written raw
// to a file, for snapshots of in-memory indexes.
//
// The bytes are the machine's own (endianness, padding): a snapshot is a
// cache beside its database on one machine, never an exchange format, and
// whoever reads one checks its header and falls back to rebuilding. Only
// trivially copyable types are accepted.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <type_traits>
#include <vector>

#include "base/status.h"

namespace qt {

class BinaryWriter {
 public:
  // Writes to a temporary file beside `path`; Commit() renames it into place,
  // so a reader never sees half a file.
  explicit BinaryWriter(std::string path);
  ~BinaryWriter();  // without Commit(): the temporary file is removed
  BinaryWriter(const BinaryWriter&) = delete;
  BinaryWriter& operator=(const BinaryWriter&) = delete;

  template <typename T>
  void Put(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    Write(&value, sizeof value);
  }
  template <typename T>
  void PutArray(const T* data, size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    Write(data, n * sizeof(T));
  }
  template <typename T, typename Allocator>
  void PutVector(const std::vector<T, Allocator>& values) {
    Put<uint64_t>(values.size());
    PutArray(values.data(), values.size());
  }
  // Marks the file as not written: Commit() then fails with `reason`.
  void Fail(std::string reason);
  Status Commit();

 private:
  void Write(const void* data, size_t size);
  std::string path_, temporary_, failure_;
  std::FILE* file_ = nullptr;
  bool failed_ = false;
};

class BinaryReader {
 public:
  // ok() is false when the file cannot be opened (or is missing).
  explicit BinaryReader(const std::string& path);
  ~BinaryReader();
  BinaryReader(const BinaryReader&) = delete;
  BinaryReader& operator=(const BinaryReader&) = delete;

  // Each returns false, and ok() turns false, at a short read.
  template <typename T>
  bool Get(T* value) {
    static_assert(std::is_trivially_copyable_v<T>);
    return Read(value, sizeof *value);
  }
  // Reads n values into data[0, n).
  template <typename T>
  bool GetArray(T* data, size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    return Read(data, n * sizeof(T));
  }
  template <typename T, typename Allocator>
  bool GetVector(std::vector<T, Allocator>* values) {
    uint64_t size = 0;
    // A size the rest of the file cannot hold is corruption, not a table.
    if (!Get(&size) || size > remaining_ / sizeof(T)) return ok_ = false;
    values->resize(size);
    return GetArray(values->data(), size);
  }
  bool ok() const { return ok_; }

 private:
  bool Read(void* data, size_t size);
  std::FILE* file_ = nullptr;
  uint64_t remaining_ = 0;  // bytes not read yet
  bool ok_ = false;
};

}  // namespace qt
