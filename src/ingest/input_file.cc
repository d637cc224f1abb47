#include "ingest/input_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>

namespace qt::ingest {
namespace {
constexpr size_t kChunk = 1 << 18;

// zlib names the file it reads in its messages; opened from a descriptor,
// that is "<fd:8>", which tells a user nothing. The caller names the file.
std::string GzipMessage(const char* msg) {
  std::string_view m = msg;
  if (m.starts_with("<fd:")) {
    if (const size_t colon = m.find(": "); colon != std::string_view::npos) m.remove_prefix(colon + 2);
  }
  return std::string(m);
}
}  // namespace

InputFile::~InputFile() {
  if (file_ != nullptr) gzclose(file_);
}

Status InputFile::Open(const std::string& path) {
  const int fd = (path == "-") ? dup(STDIN_FILENO) : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error(std::string("cannot open: ") + std::strerror(errno));
  file_ = gzdopen(fd, "rb");
  if (file_ == nullptr) {
    close(fd);
    return Status::Error("cannot open: out of memory");
  }
  gzbuffer(file_, kChunk);
  return Status::Ok();
}

bool InputFile::Fill() {
  if (eof_ || !error_.empty()) return false;
  buffer_.erase(0, pos_);
  pos_ = 0;
  const size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  const int n = gzread(file_, buffer_.data() + old, kChunk);
  if (n < 0) {
    int code = 0;
    const char* msg = gzerror(file_, &code);
    error_ = (code == Z_ERRNO) ? std::string("read error: ") + std::strerror(errno)
                               : std::string("corrupt gzip data: ") + GzipMessage(msg);
    buffer_.resize(old);
    return false;
  }
  buffer_.resize(old + static_cast<size_t>(n));
  SkipByteOrderMark(n == 0);
  if (n == 0) {
    eof_ = true;
    int code = 0;
    const char* msg = gzerror(file_, &code);
    // zlib reports a stream cut short as Z_BUF_ERROR at the end.
    if (code == Z_BUF_ERROR) error_ = "truncated gzip input: " + GzipMessage(msg);
    return false;
  }
  return true;
}

// Nothing has been delivered before the first three bytes are in, so the
// mark can still be passed over; a later one is text.
void InputFile::SkipByteOrderMark(bool at_end) {
  if (bom_checked_ || (buffer_.size() - pos_ < 3 && !at_end)) return;
  bom_checked_ = true;
  if (std::string_view(buffer_).substr(pos_).starts_with("\xEF\xBB\xBF")) pos_ += 3;
}

bool InputFile::ReadLine(std::string* line, size_t max_bytes, bool* too_long) {
  line->clear();
  *too_long = false;
  size_t scanned = pos_;
  for (;;) {
    const char* nl = static_cast<const char*>(
        std::memchr(buffer_.data() + scanned, '\n', buffer_.size() - scanned));
    if (nl != nullptr) {
      const size_t end = static_cast<size_t>(nl - buffer_.data());
      if (!*too_long) line->assign(buffer_, pos_, end - pos_);
      pos_ = end + 1;
      break;
    }
    if (buffer_.size() - pos_ > max_bytes) {  // drop what we hold of an overlong line
      *too_long = true;
      buffer_.clear();
      pos_ = 0;
    }
    scanned = buffer_.size() - pos_;
    if (!Fill()) {
      if (pos_ == buffer_.size() && !*too_long) return false;
      if (!*too_long) line->assign(buffer_, pos_, buffer_.size() - pos_);
      pos_ = buffer_.size();
      break;
    }
    // Fill() moved the unread bytes to the front: `scanned` is relative to pos_ == 0 now.
  }
  if (*too_long) line->clear();
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

bool InputFile::ReadBytes(size_t n, std::string* out) {
  while (n > 0) {
    if (pos_ == buffer_.size() && !Fill()) return false;
    const size_t take = std::min(n, buffer_.size() - pos_);
    out->append(buffer_, pos_, take);
    pos_ += take;
    n -= take;
  }
  return true;
}

bool InputFile::ReadAll(std::string* out, size_t max_bytes, bool* too_long) {
  *too_long = false;
  while (Fill()) {
    if (buffer_.size() - pos_ > max_bytes) {
      *too_long = true;
      break;
    }
  }
  out->assign(buffer_, pos_, std::string::npos);
  pos_ = buffer_.size();
  return error_.empty();
}

size_t InputFile::bytes_consumed() const {
  return file_ == nullptr ? 0 : static_cast<size_t>(gzoffset(file_));
}

}  // namespace qt::ingest
