// WARC files (ISO 28500: web archives, as Common Crawl's CC-NEWS and
// wget --warc-file write them): each HTML page a crawler fetched is one
// article, read as an .html file is.
//
// A record is a "WARC/1.x" line, "Name: value" header lines, a blank line,
// Content-Length bytes of block, and a blank line. Read from it:
// - `response` records of http(s) URLs: the block is the HTTP response as
//   received. Only status 200 with an HTML (or no) Content-Type is a page;
//   a redirect, an error page, an image or a robots.txt is passed over
//   silently, as are `request`, `metadata`, `warcinfo` and `revisit`
//   records: a crawl is mostly those, and none is a problem.
// - `resource` records whose Content-Type is HTML: the block is the page.
// Hard cases:
// - The body may be sent chunked (Transfer-Encoding) and compressed
//   (Content-Encoding gzip or deflate): both are undone. Common Crawl undoes
//   them itself and renames the headers (X-Crawler-…), which then say
//   nothing here.
// - The charset HTTP declares comes before the page's <meta>.
// - The article's id is derived from its URL ("url-<hex>"): a page crawled
//   twice is one article, revised if its text changed. Its date is the one
//   the page prints; WARC-Date is when it was fetched, not published, and
//   taking it would make a crawl's order the order of first reports.
// - A record cut short ends the file (a truncated download); one without a
//   Content-Length cannot be stepped over, so reading resumes at the next
//   "WARC/" line. Each is reported with the line its record starts on.
#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/format_readers.h"
#include "ingest/input_file.h"
#include "text/char_class.h"

namespace qt::ingest {
namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;  // lower-cased names

std::string_view Trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// "Name: value" → {"name", "value"}; false for a line without a colon.
bool AddHeader(std::string_view line, Headers* headers) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  headers->emplace_back(text::AsciiLower(Trimmed(line.substr(0, colon))),
                        std::string(Trimmed(line.substr(colon + 1))));
  return true;
}

std::string_view HeaderOf(const Headers& headers, std::string_view name) {
  for (const auto& [n, v] : headers) {
    if (n == name) return v;
  }
  return {};
}

// "text/html; charset=ISO-8859-1" → "text/html" and "iso-8859-1".
std::string MediaType(std::string_view content_type) {
  return text::AsciiLower(Trimmed(content_type.substr(0, content_type.find(';'))));
}
std::string CharsetOf(std::string_view content_type) {
  const std::string lower = text::AsciiLower(content_type);
  const size_t at = lower.find("charset=");
  if (at == std::string::npos) return "";
  std::string_view v = std::string_view(lower).substr(at + 8);
  v = v.substr(0, v.find(';'));
  v = Trimmed(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
  return std::string(v);
}

bool IsHtml(std::string_view media_type) {
  return media_type.empty() || media_type == "text/html" || media_type == "application/xhtml+xml";
}

// The body of a chunked transfer: hex size lines, each followed by that
// many bytes; false when the sizes do not fit the bytes.
bool Dechunk(std::string_view in, std::string* out) {
  out->clear();
  for (;;) {
    const size_t eol = in.find('\n');
    if (eol == std::string_view::npos) return false;
    std::string_view size_field = Trimmed(in.substr(0, eol));
    size_field = size_field.substr(0, size_field.find(';'));  // chunk extensions
    size_t size = 0;
    const auto [end, ec] =
        std::from_chars(size_field.data(), size_field.data() + size_field.size(), size, 16);
    if (ec != std::errc() || end != size_field.data() + size_field.size() || size_field.empty()) {
      return false;
    }
    in.remove_prefix(eol + 1);
    if (size == 0) return true;  // trailers may follow
    if (in.size() < size) return false;
    out->append(in.substr(0, size));
    in.remove_prefix(size);
    in.remove_prefix(in.starts_with("\r\n") ? 2 : in.starts_with("\n") ? 1 : 0);
  }
}

// gzip, zlib or raw deflate, as servers send "deflate" either way.
bool Inflate(std::string_view in, size_t max_bytes, std::string* out) {
  for (const int window : {15 + 32, -15}) {  // gzip or zlib header; then raw
    out->clear();
    z_stream z{};
    if (inflateInit2(&z, window) != Z_OK) return false;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    int rc = Z_OK;
    char buffer[1 << 16];
    while (rc == Z_OK && out->size() <= max_bytes) {
      z.next_out = reinterpret_cast<Bytef*>(buffer);
      z.avail_out = sizeof buffer;
      rc = inflate(&z, Z_NO_FLUSH);
      out->append(buffer, sizeof buffer - z.avail_out);
      if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // input ends without a stream end
    }
    inflateEnd(&z);
    if (rc == Z_STREAM_END && out->size() <= max_bytes) return true;
  }
  return false;
}

class WarcReader {
 public:
  WarcReader(InputFile& in, const std::string& path, const ReadOptions& options, ArticleSink& sink)
      : in_(in), path_(path), options_(options), sink_(sink) {}

  void Run() {
    std::string line;
    bool lost = false;  // between records after a problem: skipping to the next "WARC/"
    while (NextLine(&line)) {
      if (Trimmed(line).empty()) continue;
      if (!line.starts_with("WARC/")) {
        if (!lost) Problem(line_, "not a WARC record (expected a \"WARC/1.0\" line)");
        lost = true;
        continue;
      }
      lost = false;
      const Next next = ReadRecord();
      if (next == Next::kEnd) return;
      lost = next == Next::kLost;
    }
    if (!in_.error().empty()) Problem(line_, in_.error());
  }

 private:
  bool NextLine(std::string* line) {
    bool too_long = false;
    if (!in_.ReadLine(line, options_.max_record_bytes, &too_long)) return false;
    ++line_;
    return true;
  }

  void Problem(size_t line, std::string reason) {
    sink_.OnProblem({path_, line, std::move(reason)});
  }

  enum class Next { kRecord, kLost, kEnd };  // what follows a record

  // After the "WARC/" line.
  Next ReadRecord() {
    const size_t start = line_;
    Headers headers;
    std::string line;
    while (NextLine(&line) && !Trimmed(line).empty()) AddHeader(line, &headers);
    size_t length = 0;
    const std::string_view field = HeaderOf(headers, "content-length");
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), length);
    if (field.empty() || ec != std::errc() || end != field.data() + field.size()) {
      Problem(start, "WARC record without a valid Content-Length; skipped to the next record");
      return Next::kLost;
    }
    std::string block;
    const bool too_long = length > options_.max_record_bytes;
    if (!ReadBlock(length, too_long, &block)) {
      Problem(start,
              in_.error().empty() ? "WARC record cut short: the file ends inside it" : in_.error());
      return Next::kEnd;
    }
    if (too_long) {
      Problem(start, "WARC record is larger than the record limit");
      return Next::kRecord;
    }
    const std::string type = text::AsciiLower(HeaderOf(headers, "warc-type"));
    std::string_view target = HeaderOf(headers, "warc-target-uri");
    if (target.size() >= 2 && target.front() == '<' && target.back() == '>') {
      target = target.substr(1, target.size() - 2);  // the WARC 1.0 grammar's brackets
    }
    const std::string url(target);
    if (type == "response" && (url.starts_with("http://") || url.starts_with("https://"))) {
      ReadResponse(start, url, std::move(block));
    } else if (type == "resource" && IsHtml(MediaType(HeaderOf(headers, "content-type"))) &&
               !HeaderOf(headers, "content-type").empty()) {
      ReadPage(std::move(block), {.file = path_, .line = start, .url = url}, sink_);
    }
    return Next::kRecord;
  }

  // Reads `length` bytes into `block`, counting their lines; a block too
  // long to keep is read a piece at a time and dropped.
  bool ReadBlock(size_t length, bool drop, std::string* block) {
    constexpr size_t kPiece = size_t{1} << 20;
    while (length > 0) {
      const size_t piece = drop ? std::min(length, kPiece) : length;
      const size_t before = block->size();
      const bool whole = in_.ReadBytes(piece, block);
      line_ += static_cast<size_t>(
          std::count(block->begin() + static_cast<ptrdiff_t>(before), block->end(), '\n'));
      sink_.OnBytesRead(in_.bytes_consumed());
      if (!whole) return false;
      if (drop) block->clear();
      length -= piece;
    }
    return true;
  }

  // An HTTP response: status line, headers, blank line, body.
  void ReadResponse(size_t start, const std::string& url, std::string block) {
    size_t head_end = block.find("\r\n\r\n");
    size_t body_at = head_end + 4;
    if (head_end == std::string::npos) {
      head_end = block.find("\n\n");
      body_at = head_end + 2;
    }
    if (!block.starts_with("HTTP/") || head_end == std::string::npos) {
      Problem(start, "WARC response is not an HTTP response");
      return;
    }
    const std::string_view head = std::string_view(block).substr(0, head_end);
    const size_t first_eol = head.find('\n');
    const std::string_view status_line = head.substr(0, first_eol);
    const size_t space = status_line.find(' ');
    if (space == std::string_view::npos || !status_line.substr(space + 1).starts_with("200")) {
      return;  // a redirect, an error page
    }
    Headers headers;
    if (first_eol != std::string_view::npos) {
      std::string_view rest = head.substr(first_eol + 1);
      while (!rest.empty()) {
        const size_t eol = rest.find('\n');
        AddHeader(rest.substr(0, eol), &headers);
        rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
      }
    }
    const std::string_view content_type = HeaderOf(headers, "content-type");
    if (!IsHtml(MediaType(content_type))) return;
    std::string body = block.substr(body_at);
    std::string decoded;
    if (text::AsciiLower(HeaderOf(headers, "transfer-encoding")).find("chunked") !=
        std::string::npos) {
      if (!Dechunk(body, &decoded)) {
        Problem(start, "WARC response's chunked body is malformed");
        return;
      }
      body.swap(decoded);
    }
    const std::string encoding = text::AsciiLower(Trimmed(HeaderOf(headers, "content-encoding")));
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
      if (!Inflate(body, options_.max_record_bytes, &decoded)) {
        Problem(start, "WARC response's " + encoding + " body cannot be decompressed");
        return;
      }
      body.swap(decoded);
    } else if (!encoding.empty() && encoding != "identity") {
      Problem(start, "WARC response is in a Content-Encoding not read (" + encoding + ")");
      return;
    }
    ReadPage(std::move(body),
             {.file = path_, .line = start, .url = url, .charset = CharsetOf(content_type)}, sink_);
  }

  InputFile& in_;
  const std::string& path_;
  const ReadOptions& options_;
  ArticleSink& sink_;
  size_t line_ = 0;  // of the last line read
};

}  // namespace

void ReadWarcFile(InputFile& in, const std::string& path, const ReadOptions& options,
                  ArticleSink& sink) {
  WarcReader(in, path, options, sink).Run();
}

}  // namespace qt::ingest
