// Fuzz target: the input readers on any bytes.
//
// The input's first byte picks the format (its value modulo 6: .txt,
// .jsonl, .json, .html, .warc, .rss) and whether the rest is written
// gzip-compressed (the next bit); the rest is the file, written to a
// temporary directory and read with ingest::ReadInput as an ingest reads
// it. Beyond not crashing, what the ingest relies on holds: every article
// has an id, a source and valid UTF-8 text, and every problem names its
// file.
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "fuzz/fuzz_util.h"
#include "ingest/reader.h"
#include "text/utf8.h"

namespace {

class CheckingSink : public qt::ingest::ArticleSink {
 public:
  void OnArticle(qt::ingest::Article&& article) override {
    FUZZ_CHECK(!article.id.empty());
    FUZZ_CHECK(!article.source.empty());
    FUZZ_CHECK(qt::text::IsValidUtf8(article.id));
    FUZZ_CHECK(qt::text::IsValidUtf8(article.text));
    FUZZ_CHECK(qt::text::IsValidUtf8(article.title));
    FUZZ_CHECK(qt::text::IsValidUtf8(article.date));
    FUZZ_CHECK(qt::text::IsValidUtf8(article.outlet));
    FUZZ_CHECK(qt::text::IsValidUtf8(article.url));
    FUZZ_CHECK(qt::text::IsValidUtf8(article.source));
  }
  void OnProblem(const qt::ingest::Problem& problem) override {
    FUZZ_CHECK(!problem.file.empty());
    FUZZ_CHECK(!problem.reason.empty());
    // Printed on the terminal and stored: valid UTF-8 as everything else.
    FUZZ_CHECK(qt::text::IsValidUtf8(problem.reason));
  }
};

std::string InputPath(std::string_view extension) {
  return (FuzzScratchDir("readers-fuzz") / "input").string() + std::string(extension);
}

bool WriteFile(const std::string& path, std::string_view bytes, bool gzip) {
  if (gzip) {
    gzFile out = gzopen(path.c_str(), "wb");
    if (!out) return false;
    const bool ok =
        bytes.empty() || gzwrite(out, bytes.data(), static_cast<unsigned>(bytes.size())) > 0;
    return gzclose(out) == Z_OK && ok;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static constexpr std::string_view kExtensions[] = {".txt",  ".jsonl", ".json",
                                                     ".html", ".warc",  ".rss"};
  if (size == 0) return 0;
  const std::string_view extension = kExtensions[data[0] % 6];
  const bool gzip = (data[0] / 6) % 2 == 1;
  const std::string path = InputPath(std::string(extension) + (gzip ? ".gz" : ""));
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (!WriteFile(path, bytes, gzip)) return 0;
  CheckingSink sink;
  qt::ingest::ReadOptions options;
  options.max_record_bytes = 1 << 20;
  qt::ingest::ReadInput(path, options, sink);
  std::filesystem::remove(path);
  return 0;
}
