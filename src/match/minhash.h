// MinHash signatures of articles and their LSH band keys: how near-duplicate
// articles (wire copy under several mastheads, a trimmed or re-headlined
// copy) are found without comparing all pairs.
//
// A signature estimates the Jaccard similarity of two articles' sets of word
// shingles (match/text_shingles.h): the fraction of its slots where two
// signatures agree. It is computed by one-permutation hashing (each shingle
// hash falls in one of kSignatureSize bins by its top bits; a bin keeps its
// smallest value), so an article costs one hash per shingle, not one per
// shingle and slot. Empty bins, in short articles, are filled from the next
// non-empty bin to the right ("rotation" densification, Shrivastava and Li
// 2014), which keeps the estimate unbiased.
//
// Band keys: the signature cut into `bands` bands of kSignatureSize / bands
// slots, each hashed with its band number. Two articles sharing any band key
// are candidates; with similarity s the chance of that is
// 1 - (1 - s^rows)^bands (64 bands of 2: 0.88 at s = 0.18, 0.998 at 0.3).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "match/text_shingles.h"

namespace qt::match {

inline constexpr int kSignatureSize = 128;
using Signature = std::array<uint32_t, kSignatureSize>;

// The signature of an article's shingles (0s, the common-word shingles, are
// skipped). *count receives how many it used (0: the article has too few
// uncommon words to be compared; its signature is all zeros).
Signature MinHashOf(const std::vector<uint64_t>& shingles, size_t* count);

// The estimated Jaccard similarity of two signatures, in [0, 1].
double Similarity(const Signature& a, const Signature& b);

// The low byte of each slot of a signature: an eighth of its size, kept in
// memory where the signatures are not. Equal slots have equal low bytes, so
// SketchAgreement of two sketches is at least the Similarity of their
// signatures (and above it by 1/256 of the unequal slots, on average, the
// slots' values being hashes): a candidate whose sketch agrees on too few
// slots needs no read of its signature.
using Sketch = std::array<uint8_t, kSignatureSize>;
Sketch SketchOf(const Signature& signature);
double SketchAgreement(const Sketch& a, const Sketch& b);

// One key per band; `bands` must divide kSignatureSize.
std::vector<uint64_t> BandKeys(const Signature& signature, int bands);

}  // namespace qt::match
