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
  template <typename T, typename Allocator>
  void PutVector(const std::vector<T, Allocator>& values) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put<uint64_t>(values.size());
    Write(values.data(), values.size() * sizeof(T));
  }
  template <typename T>
  void PutArray(const T* data, size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    Write(data, n * sizeof(T));
  }
  Status Commit();

 private:
  void Write(const void* data, size_t size);
  std::string path_, temporary_;
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
  template <typename T, typename Allocator>
  bool GetVector(std::vector<T, Allocator>* values) {
    static_assert(std::is_trivially_copyable_v<T>);
    uint64_t size = 0;
    if (!Get(&size) || size > kMaxElements) return ok_ = false;
    values->resize(size);
    return Read(values->data(), size * sizeof(T));
  }
  // Reads n values into data[0, n).
  template <typename T>
  bool GetArray(T* data, size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    return Read(data, n * sizeof(T));
  }
  bool ok() const { return ok_; }

 private:
  static constexpr uint64_t kMaxElements = uint64_t{1} << 36;  // a corrupt size, not a table
  bool Read(void* data, size_t size);
  std::FILE* file_ = nullptr;
  bool ok_ = false;
};

}  // namespace qt
