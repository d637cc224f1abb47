// Copy detection: for each article row as it is stored, the earlier rows it
// is a copy of, and the passages it shares with rows it is not a copy of.
//
// Copies: LSH candidates from the MinHash band keys (match/minhash.h) whose
// signatures agree on at least `min_similarity` of their slots (an estimate
// of the word-shingle Jaccard similarity) are aligned, the most similar
// first and one per copy group (templated articles, "Small article number
// 7.", are all candidates of each other), and kept when the
// aligned passages cover at least `min_coverage` of the shorter text. The
// similarity alone cannot tell a noisy copy (OCR'd, a third of its shingles
// broken) from two reports of one event that share their quotations: both
// score about 0.2. Coverage can: a copy's surviving shingles run through the
// whole text in order, the shared quotations of two reports cover a fifth of
// it. The aligned words must also number at least `min_words`: an outlet's
// footer ("All rights reserved. Reporting by staff …") is most of a
// twenty-word brief, and at a million articles such briefs chained
// thousands of unrelated articles into one group. Groups are the connected
// components of the kept pairs. Revisions of one article are never copies
// of each other.
//
// Passages: candidates are rows that share at least `min_shared_anchors`
// passage anchors (one shingle in `anchor_every`, chosen by its hash, so two
// texts sample the same shingles) and are not in the row's copy group; each
// is aligned with match/passage_aligner.h.
//
// The index of band keys and anchors is held in memory for speed and
// rebuilt, when an ingest opens a database, from the signatures and anchors
// stored per row; the results (groups, links, passages) are in SQLite, as
// the rest of the analysis.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/binary_file.h"
#include "base/status.h"
#include "match/minhash.h"
#include "match/passage_aligner.h"
#include "match/posting_table.h"
#include "match/text_shingles.h"
#include "store/copy_store.h"
#include "store/database.h"

namespace qt::pipeline {

struct CopyOptions {
  int shingle_words = 3;
  size_t min_words = 20;            // shorter articles are not compared; a copy aligns as many
  int bands = 64;                   // of kSignatureSize / bands slots each
  double min_similarity = 0.1;      // estimated Jaccard to align a candidate
  double min_coverage = 0.6;        // of the shorter text, aligned, for a copy
  size_t max_copy_candidates = 16;  // the most similar are aligned, one per group
  match::PassageOptions copy_alignment{.min_words = 8};
  int anchor_every = 4;             // one shingle in this many is an anchor
  size_t max_key_rows = 64;         // a key on more rows is boilerplate: ignored
  int min_shared_anchors = 3;
  size_t max_passage_candidates = 16;
  match::PassageOptions passage;
};

// What detection needs of an article's text; computed on any thread, so
// the writer thread only looks up and decides.
struct CopyFeatures {
  match::ShingledText text;
  match::ShinglePositions positions;  // of text: it is aligned against every candidate
  size_t shingles = 0;  // how many are not common-word shingles
  match::Signature signature{};
  std::vector<uint64_t> band_keys;
  std::vector<uint64_t> anchors;  // distinct, sorted
};

CopyFeatures CopyFeaturesOf(std::string_view text, const CopyOptions& options);

class CopyDetection {
 public:
  // Rebuilds the in-memory index from what `db` holds.
  static Status Open(store::Database* db, const CopyOptions& options,
                     std::unique_ptr<CopyDetection>* detection);
  // The index as Save wrote it (with the same options) for the rows `db`
  // held then; false when the snapshot does not read back whole.
  static bool Load(store::Database* db, const CopyOptions& options, BinaryReader* in,
                   std::unique_ptr<CopyDetection>* detection);
  void Save(BinaryWriter* out) const;

  // Finds the copies and passages of the row `seq` (article `id`) and
  // indexes it; inside the caller's transaction. A row already through
  // detection is left as it is.
  Status Add(int64_t seq, std::string_view id, const CopyFeatures& features);

 private:
  CopyDetection(std::unique_ptr<store::CopyStore> store, const CopyOptions& options)
      : store_(std::move(store)), options_(options), bands_(options.max_key_rows),
        anchors_(options.max_key_rows) {}
  void Index(int64_t seq, const std::vector<uint64_t>& band_keys,
             const std::vector<uint64_t>& anchors);
  // A stored row's text, shingled; read once per Add however many times a
  // candidate is aligned.
  Status StoredText(int64_t row, const match::ShingledText** text);
  Status FindCopies(int64_t seq, std::string_view id, const CopyFeatures& features,
                    int64_t* group);
  // The fraction of the shorter of the two texts that aligns with the other.
  // The share of the shorter text aligned, 0 when fewer than min_words of
  // the new text's words are aligned.
  Status Coverage(int64_t row, const CopyFeatures& features, double* coverage);
  Status FindPassages(int64_t seq, std::string_view id, int64_t group,
                      const CopyFeatures& features);

  std::unique_ptr<store::CopyStore> store_;
  CopyOptions options_;
  match::PostingTable bands_, anchors_;
  std::vector<uint32_t> found_;  // scratch for lookups
  std::unordered_map<int64_t, match::ShingledText> stored_texts_;  // of the current Add
};

}  // namespace qt::pipeline
