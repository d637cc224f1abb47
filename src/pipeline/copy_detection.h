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
// rebuilt, when an ingest opens a database, from the signatures and anchor
// tags stored per row; the results (groups, links, passages) are in SQLite, as
// the rest of the analysis.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/binary_file.h"
#include "base/huge_page_allocator.h"
#include "base/mapped_file.h"
#include "base/row_counter.h"
#include "base/status.h"
#include "match/minhash.h"
#include "match/passage_aligner.h"
#include "match/posting_table.h"
#include "match/text_shingles.h"
#include "pipeline/shingled_text_cache.h"
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
  size_t cached_texts = 1024;       // rows whose shingled text is kept: ShingledTextCache
};

// What detection needs of an article's text; computed on any thread, so
// the writer thread only looks up and decides.
struct CopyFeatures {
  // Both shared with the cache of stored texts, where later rows find them.
  ShingledTextCache::Text text;
  ShingledTextCache::Positions positions;  // of text
  size_t shingles = 0;  // how many are not common-word shingles
  match::Signature signature{};
  std::vector<uint64_t> band_keys;
  // Its passage anchors (distinct shingle hashes, sorted) as the index
  // holds them: match::PostingTable::TagOf of each, in the same order.
  std::vector<uint32_t> anchor_tags;
};

CopyFeatures CopyFeaturesOf(std::string_view text, const CopyOptions& options);

// One new row's copy detection between its steps: the candidates chosen on
// the writer thread (Prepare), aligned on any thread (Align), and decided
// on the writer thread in row order (Decide). Alignment is most of the
// cost, so the writer prepares the next rows while the pool aligns.
struct CopyWork {
  struct Candidate {
    int64_t row = 0;
    // The row's copy group when chosen. Groups only merge, so rows that
    // share a group then still share one when the work is decided.
    int64_t group = 0;
    double coverage = -1;  // of a copy candidate, once aligned
    std::vector<match::SharedPassage> passages;  // of a passage candidate, once aligned
    bool aligned = false;
  };
  int64_t seq = 0;
  bool detect = false;  // false: too short to compare, or done already
  CopyFeatures features;
  std::vector<Candidate> copies;    // the most similar first
  std::vector<Candidate> passages;  // the most shared anchors first
  // Every candidate's text: shingled, from the cache or by Align, else as
  // stored; its positions from the cache, or built by Align when needed.
  struct StoredText {
    std::string text;
    ShingledTextCache::Text shingled;
    ShingledTextCache::Positions positions;
  };
  std::unordered_map<int64_t, StoredText> stored;
  // Candidates that Decide had to align itself because Align left them out;
  // Align's reasoning says none, and the tests hold it to that.
  int aligned_late = 0;
};

class CopyDetection {
 public:
  // Rebuilds the in-memory index from what `db` holds.
  static Status Open(store::Database* db, const CopyOptions& options,
                     std::unique_ptr<CopyDetection>* detection);
  // The index as Save wrote it (with the same options) for the rows `db`
  // held then; false when the snapshot does not read back whole. `frozen`
  // is as for match::PostingTable::Save and Load.
  static bool Load(store::Database* db, const CopyOptions& options, BinaryReader* in,
                   MappedReader* frozen, std::unique_ptr<CopyDetection>* detection);
  void Save(BinaryWriter* out, BinaryWriter* frozen) const;

  // Chooses the candidates of the row `seq` (article `id`), stores its
  // signature and indexes it, inside the caller's transaction; a row
  // already through detection gets work with nothing to do. Rows must be
  // prepared in seq order; a row prepared before an earlier one is decided
  // still finds it as a candidate.
  Status Prepare(int64_t seq, std::string_view id, CopyFeatures features, CopyWork* work);
  // Aligns the work's candidates. Thread-safe: reads only the options.
  void Align(CopyWork* work) const;
  // Stores the work's copy links, group and passages, inside the caller's
  // transaction. Works must be decided in the order they were prepared.
  // The result is what detecting one row at a time would store.
  Status Decide(CopyWork* work);

  // Prepare, Align and Decide in one go.
  Status Add(int64_t seq, std::string_view id, CopyFeatures features);

  // Bytes the index holds, roughly: its posting tables and sketches.
  size_t memory_bytes() const {
    return bands_.memory_bytes() + anchors_.memory_bytes() +
           sketches_.size() * sizeof(match::Sketch);
  }
  // Postings in the posting tables, and how many of them are frozen.
  size_t postings() const { return bands_.postings() + anchors_.postings(); }
  size_t frozen_postings() const { return bands_.frozen_postings() + anchors_.frozen_postings(); }

  // Frees the index, touching no statement of the database (see
  // ArticleAnalysis::FreeIndexes). Only destruction may follow.
  void FreeIndexes();

 private:
  CopyDetection(std::unique_ptr<store::CopyStore> store, const CopyOptions& options)
      : store_(std::move(store)), options_(options), bands_(options.max_key_rows),
        anchors_(options.max_key_rows), texts_(options.cached_texts) {}
  void Index(int64_t seq, const match::Signature& signature,
             const std::vector<uint64_t>& band_keys, const std::vector<uint32_t>& anchor_tags);
  Status CopyCandidates(std::string_view id, CopyWork* work);
  Status PassageCandidates(std::string_view id, CopyWork* work);
  // The share of the shorter of the two texts that aligns with the other,
  // 0 when fewer than min_words of its words are aligned.
  double Coverage(CopyWork::StoredText* stored, const CopyFeatures& features) const;
  // Aligns one of the work's copy candidates (its coverage) or passage
  // candidates (its passages).
  void AlignCandidate(CopyWork* work, CopyWork::Candidate* candidate, bool copy) const;
  // The candidate's text from `work->stored`, shingled.
  CopyWork::StoredText& Shingled(CopyWork* work, int64_t row) const;

  std::unique_ptr<store::CopyStore> store_;
  CopyOptions options_;
  match::PostingTable bands_, anchors_;
  // By seq, the sketch of each indexed row's signature (zeros: none). Most
  // band candidates are not similar enough; their sketches tell, where
  // reading their signatures back was a sixteenth of the writer's time at
  // a million articles. On huge pages: read at random.
  std::vector<match::Sketch, HugePageAllocator<match::Sketch>> sketches_;
  std::vector<uint32_t> found_;  // scratch for lookups
  RowCounter row_counter_;  // scratch of PassageCandidates
  ShingledTextCache texts_;
};

}  // namespace qt::pipeline
