// Helpers shared by the tests: a scratch directory and small file writers.
#pragma once

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>

namespace qt::testing {

// A fresh directory under /tmp, removed when the test ends.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "qt-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~ScratchDir() { std::filesystem::remove_all(path_); }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }
  std::string str() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

inline void WriteGzip(const std::string& path, const std::string& bytes) {
  gzFile f = gzopen(path.c_str(), "wb");
  gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
  gzclose(f);
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Invented prose: `sentences` sentences of words drawn from a small
// vocabulary by a generator seeded with `seed`, so that two seeds share
// words but hardly any three in a row.
inline std::string InventedProse(uint32_t seed, int sentences) {
  static const char* kWords[] = {
      "harbour", "council", "ferry",   "budget",  "bridge", "school",  "market",  "tunnel",
      "museum",  "library", "station", "garden",  "mayor",  "voters",  "repairs", "weeks",
      "morning", "crews",   "traffic", "permits", "river",  "storm",   "engineers", "rail",
      "approved", "delayed", "inspected", "reopened", "funded", "closed", "expanded", "reviewed",
      "quietly", "again",   "late",    "early",   "north",  "south",   "new",     "old"};
  uint32_t state = seed * 2654435761u + 1;
  std::string out;
  for (int i = 0; i < sentences; ++i) {
    out += "The";
    for (int w = 0; w < 11; ++w) {
      state = state * 1664525u + 1013904223u;
      out += ' ';
      out += kWords[(state >> 16) % std::size(kWords)];
    }
    out += ". ";
  }
  return out;
}

}  // namespace qt::testing
