#include "match/minhash.h"

#include <limits>

#include "base/xxhash_inline.h"

namespace qt::match {
namespace {

constexpr int kBinBits = 7;  // 2^7 = kSignatureSize bins
static_assert(1 << kBinBits == kSignatureSize);
constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max();

// Fills each empty bin from the next non-empty bin to its right (circularly),
// offset by the distance so that filled bins of two articles agree only when
// they were filled from the same place.
void Densify(Signature* sig) {
  int first = -1;
  for (int i = 0; i < kSignatureSize; ++i) {
    if ((*sig)[i] != kEmpty) {
      first = i;
      break;
    }
  }
  if (first < 0) return;
  for (int i = kSignatureSize - 1, source = first + kSignatureSize, distance = 0; i >= 0; --i) {
    if ((*sig)[i] != kEmpty) {
      source = i;
      distance = 0;
      continue;
    }
    distance = source - i;
    const uint32_t from = (*sig)[source % kSignatureSize];
    (*sig)[i] = static_cast<uint32_t>(XXH3_64bits_withSeed(&from, sizeof from, distance)) >> 1;
  }
}

// The share of slots where two signatures (or sketches) agree.
template <typename Slots>
double Agreement(const Slots& a, const Slots& b) {
  int equal = 0;
  for (int i = 0; i < kSignatureSize; ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / kSignatureSize;
}

}  // namespace

Signature MinHashOf(const std::vector<uint64_t>& shingles, size_t* count) {
  Signature sig;
  sig.fill(kEmpty);
  *count = 0;
  for (const uint64_t h : shingles) {
    if (h == 0) continue;
    ++*count;
    const auto bin = static_cast<size_t>(h >> (64 - kBinBits));
    const auto value = static_cast<uint32_t>(h >> 1);  // < kEmpty
    if (value < sig[bin]) sig[bin] = value;
  }
  if (*count == 0) {
    sig.fill(0);
    return sig;
  }
  Densify(&sig);
  return sig;
}

double Similarity(const Signature& a, const Signature& b) { return Agreement(a, b); }

Sketch SketchOf(const Signature& signature) {
  Sketch sketch;
  for (int i = 0; i < kSignatureSize; ++i) sketch[i] = static_cast<uint8_t>(signature[i]);
  return sketch;
}

double SketchAgreement(const Sketch& a, const Sketch& b) { return Agreement(a, b); }

std::vector<uint64_t> BandKeys(const Signature& signature, int bands) {
  const int rows = kSignatureSize / bands;
  std::vector<uint64_t> keys;
  keys.reserve(static_cast<size_t>(bands));
  for (int b = 0; b < bands; ++b) {
    keys.push_back(XXH3_64bits_withSeed(&signature[static_cast<size_t>(b * rows)],
                                        sizeof(uint32_t) * static_cast<size_t>(rows),
                                        static_cast<uint64_t>(b)));
  }
  return keys;
}

}  // namespace qt::match
