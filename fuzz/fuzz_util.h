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
