// What the fuzz targets share.
//
// FUZZ_CHECK: what a fuzz target asserts about a result. A failure prints
// the condition and aborts, which libFuzzer reports as a crash and saves
// the input that caused it; the replay build (replay_main.cc) fails its
// test the same way.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#define FUZZ_CHECK(cond)                                                                 \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)

// A folder of this process's own under the temporary directory, made empty
// on the first call, so that fuzzing jobs side by side (or an earlier one
// of the same process id) do not meet.
inline std::filesystem::path FuzzScratchDir(const std::string& target) {
  static const std::filesystem::path dir = [&target] {
    const auto d =
        std::filesystem::temp_directory_path() / ("qt-" + target + "-" + std::to_string(getpid()));
    std::filesystem::remove_all(d);
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

// Checks that text[begin, end) is a span of the text whose ends fall on
// character boundaries: what every printed offset promises.
inline void CheckSpan(std::string_view text, size_t begin, size_t end) {
  const auto on_boundary = [text](size_t at) {
    return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
  };
  FUZZ_CHECK(begin <= end && end <= text.size());
  FUZZ_CHECK(on_boundary(begin) && on_boundary(end));
}
