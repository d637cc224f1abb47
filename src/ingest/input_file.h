// InputFile: reads an input file, plain or gzip-compressed, as bytes or lines.
//
// Compression is detected from the content (zlib's gzip reader passes plain
// files through), so "x.jsonl.gz" and a gzip file without the suffix both
// work. A truncated or corrupt gzip stream is reported as an error after the
// bytes that could be read were delivered, so good records before the damage
// are kept. A UTF-8 byte order mark at the start (Windows tools write one)
// is not delivered: it would open the first JSON line or the first text.
#pragma once

#include <zlib.h>

#include <cstddef>
#include <string>

#include "base/status.h"

namespace qt::ingest {

class InputFile {
 public:
  InputFile() = default;
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Opens `path`; "-" is standard input.
  Status Open(const std::string& path);

  // Reads the next line (without its '\n', and without a '\r' before it) into
  // `line`. Returns false at the end of input or on a read error (see
  // error()). A line longer than `max_bytes` is consumed but not kept:
  // `*too_long` is set and `line` is left empty.
  bool ReadLine(std::string* line, size_t max_bytes, bool* too_long);

  // Appends the next `n` bytes to `out` (part of a record whose length its
  // header gives). Returns false when the input ends first (`out` then holds
  // what there was) or on a read error.
  bool ReadBytes(size_t n, std::string* out);

  // Reads everything that is left, up to `max_bytes`; sets `*too_long` and
  // stops when the input is larger.
  bool ReadAll(std::string* out, size_t max_bytes, bool* too_long);

  // Compressed bytes consumed so far (the file's own size when plain).
  size_t bytes_consumed() const;
  // Empty while reading went well; the reason after a read error.
  const std::string& error() const { return error_; }

 private:
  bool Fill();  // refills buffer_; false at end of input or error
  void SkipByteOrderMark(bool at_end);  // once, before anything is delivered

  gzFile file_ = nullptr;
  std::string buffer_;
  size_t pos_ = 0;
  bool eof_ = false;
  bool bom_checked_ = false;
  std::string error_;
};

}  // namespace qt::ingest
