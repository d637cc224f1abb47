#include "base/binary_file.h"

#include <cerrno>
#include <cstring>
#include <utility>

namespace qt {

BinaryWriter::BinaryWriter(std::string path)
    : path_(std::move(path)), temporary_(path_ + ".tmp") {
  file_ = std::fopen(temporary_.c_str(), "wb");
  failed_ = file_ == nullptr;
}

BinaryWriter::~BinaryWriter() {
  if (file_ != nullptr) {
    std::fclose(file_);
    std::remove(temporary_.c_str());
  }
}

void BinaryWriter::Write(const void* data, size_t size) {
  if (failed_ || size == 0) return;
  failed_ = std::fwrite(data, 1, size, file_) != size;
}

void BinaryWriter::Fail(std::string reason) {
  failed_ = true;
  failure_ = std::move(reason);
}

Status BinaryWriter::Commit() {
  if (file_ == nullptr) return Status::Error(temporary_ + ": cannot create: " + std::strerror(errno));
  bool ok = !failed_ && std::fflush(file_) == 0;
  ok = std::fclose(file_) == 0 && ok;
  file_ = nullptr;
  if (ok && std::rename(temporary_.c_str(), path_.c_str()) == 0) return Status::Ok();
  const std::string reason = failure_.empty() ? std::strerror(errno) : failure_;
  std::remove(temporary_.c_str());
  return Status::Error(path_ + ": cannot write: " + reason);
}

BinaryReader::BinaryReader(const std::string& path) {
  file_ = std::fopen(path.c_str(), "rb");
  ok_ = file_ != nullptr && std::fseek(file_, 0, SEEK_END) == 0;
  if (ok_) {
    const long size = std::ftell(file_);
    ok_ = size >= 0 && std::fseek(file_, 0, SEEK_SET) == 0;
    remaining_ = ok_ ? static_cast<uint64_t>(size) : 0;
  }
}

BinaryReader::~BinaryReader() {
  if (file_ != nullptr) std::fclose(file_);
}

bool BinaryReader::Read(void* data, size_t size) {
  if (!ok_) return false;
  if (size > remaining_ || (size > 0 && std::fread(data, 1, size, file_) != size)) ok_ = false;
  remaining_ -= ok_ ? size : 0;
  return ok_;
}

}  // namespace qt
