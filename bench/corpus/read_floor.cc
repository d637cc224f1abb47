// read_floor: the time to read a file and validate it as UTF-8, the floor
// that bench/scale compares the whole ingest with.
//
//   read_floor FILE     prints "bytes seconds"
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: read_floor FILE\n";
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  std::ifstream in(argv[1], std::ios::binary);
  std::vector<char> buffer(1 << 22);
  size_t bytes = 0;
  bool valid = true;
  size_t carry = 0;  // bytes of a character cut at the end of the last chunk
  while (in) {
    in.read(buffer.data() + carry, static_cast<std::streamsize>(buffer.size() - carry));
    const size_t n = carry + static_cast<size_t>(in.gcount());
    if (n == 0) break;
    // Validate up to the last character boundary; carry the rest over.
    size_t cut = n;
    while (cut > 0 && n - cut < 4 && (static_cast<unsigned char>(buffer[cut - 1]) & 0xC0) == 0x80) --cut;
    if (cut > 0 && static_cast<unsigned char>(buffer[cut - 1]) >= 0xC0) --cut;
    if (!in) cut = n;
    valid = simdjson::validate_utf8(buffer.data(), cut) && valid;
    bytes += cut;
    carry = n - cut;
    std::copy(buffer.begin() + static_cast<long>(cut), buffer.begin() + static_cast<long>(n), buffer.begin());
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%zu %.3f%s\n", bytes, seconds, valid ? "" : " invalid");
  return 0;
}
