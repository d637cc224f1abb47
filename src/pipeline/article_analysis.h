// ArticleAnalysis: the analysis an article row gets once it is stored (its
// quotations and their variant clusters, its copies and shared passages),
// and the bookkeeping that keeps every row's analysis at the current version.
//
// It runs in two steps so that the costly one can run on any thread: Find
// reads the text alone; Store writes what was found, on the thread that
// owns the database.
//
// Its in-memory indexes (quotation variants, copy band keys and anchors)
// take minutes to rebuild from a database of a million articles. WriteSnapshot
// writes them beside the database (DATABASE-index) after an ingest; Open
// reads them back when the database still holds exactly the rows they were
// taken from (store/extent.h). An ingest that fails halfway has added rows,
// so the next one finds the snapshot stale and rebuilds; an ingest that adds
// nothing leaves the snapshot as it was (writing gigabytes for nothing took
// most of a no-op ingest at a million articles).
//
// Most of the snapshot is posting tables' postings. They are frozen
// (match/frozen_postings.h) into DATABASE-index-frozen, which Open maps
// instead of reading; a snapshot then holds only the postings added since,
// until those reach an eighth of the frozen ones and everything is frozen
// again. So a small batch added to a large database reads and writes little
// of its indexes.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/article.h"
#include "match/quote_words.h"
#include "pipeline/copy_detection.h"
#include "pipeline/variant_clustering.h"
#include "quotes/extractor.h"
#include "store/article_store.h"
#include "store/extent.h"
#include "store/quote_store.h"

namespace qt::pipeline {

// Bump when the analysis changes what it stores: rows analysed by an older
// version are analysed again by the next ingest.
inline constexpr int kAnalysisVersion = 4;

// What the analysis finds in an article's text.
struct ArticleFindings {
  std::vector<quotes::Quote> quotes;
  std::vector<match::Words> quote_words;  // quotes[i]'s own words
  std::vector<std::string> joined_words;  // match::JoinWords of quote_words[i]
  std::vector<VariantClustering::Probe> probes;  // of quote i, where VariantClustering::Clustered
  CopyFeatures copy;
};

// Time spent in each step of the analysis, summed over threads, in seconds.
struct AnalysisTimes {
  double quotes = 0;         // finding quotations, and their words' cluster probes (any thread)
  double copy_features = 0;  // hashing words, MinHash, anchors (any thread)
  double copy_alignment = 0;  // aligning copy and passage candidates (any thread)
  double quote_store = 0;    // storing quotations
  double clusters = 0;       // clustering quotation variants
  double copies = 0;         // copy groups and shared passages
  double open = 0;  // opening the database: its in-memory indexes read back or rebuilt
  double save = 0;  // writing the indexes' snapshot beside the database
  // What it wrote: "new postings" (those since the last freeze, the frozen
  // ones kept), "all postings frozen", or "nothing" (still current).
  std::string saved = "nothing";
  // How they were opened: "read back" from the snapshot beside the
  // database, or "rebuilt" and why ("rebuilt: no snapshot", …).
  std::string indexes = "rebuilt";
};

class ArticleAnalysis {
 public:
  // `articles` must outlive the analysis. `stored` is the database's extent
  // before the caller stored any article it has not analysed yet (an
  // article row alone adds nothing to the indexes): the index snapshot is
  // used when it was taken at that extent.
  static Status Open(store::Database* db, store::ArticleStore* articles,
                     const store::Extent& stored,
                     std::unique_ptr<ArticleAnalysis>* analysis);

  // Reads the article's text; thread-safe.
  ArticleFindings Find(const ingest::Article& article) const;

  // Stores what was found for the row `seq`, inside the caller's
  // transaction, which also records the row as analysed at kAnalysisVersion
  // (ArticleStore::Put does for new rows; CatchUp for old ones). Copy
  // detection is left half done in *work: Align it (any thread), then
  // Decide it, in the order the rows were stored, before the commit.
  Status Store(int64_t seq, const ingest::Article& article, ArticleFindings findings,
               CopyWork* work);
  // Thread-safe.
  void Align(CopyWork* work) const;
  Status Decide(CopyWork* work);

  // Find, Store, Align and Decide in one go.
  Status Analyse(int64_t seq, const ingest::Article& article);

  // Analyses every row whose analysis is behind kAnalysisVersion (rows of a
  // database written by an older quotetrace), in transactions of
  // `batch_size`; *count receives how many.
  Status CatchUp(store::Database& db, size_t batch_size, size_t* count);

  AnalysisTimes times() const;

  // False: Store leaves quotations unclustered (IngestOptions::cluster_quotes).
  void set_cluster_quotes(bool cluster) { cluster_quotes_ = cluster; }

  // The snapshot of the indexes for the next Open of `db`, in two steps:
  // PlanSnapshot reads the database; WriteSnapshot reads only the analysis,
  // so it may run on another thread while this one goes on with the
  // database. An empty path: nothing to write (a database in memory, or
  // the snapshot read back is still current).
  struct SnapshotPlan {
    std::string path;
    store::Extent extent;
  };
  Status PlanSnapshot(const store::Database& db, SnapshotPlan* plan) const;
  // *saved receives what it wrote (AnalysisTimes::saved).
  Status WriteSnapshot(const SnapshotPlan& plan, std::string* saved) const;

  // Bytes the indexes hold, roughly.
  size_t index_bytes() const { return variants_->memory_bytes() + copies_->memory_bytes(); }

  // Frees the indexes, most of the analysis's memory, touching no statement
  // of the database: any thread may, while another uses the database. Only
  // destruction may follow.
  void FreeIndexes();

 private:
  ArticleAnalysis(store::ArticleStore* articles, std::unique_ptr<store::QuoteStore> quotes,
                  std::unique_ptr<VariantClustering> variants, std::unique_ptr<CopyDetection> copies)
      : articles_(articles), quotes_(std::move(quotes)), variants_(std::move(variants)),
        copies_(std::move(copies)) {}
  store::ArticleStore* articles_;
  std::unique_ptr<store::QuoteStore> quotes_;
  std::unique_ptr<VariantClustering> variants_;
  std::unique_ptr<CopyDetection> copies_;
  quotes::QuoteExtractor extractor_;
  CopyOptions copy_options_;
  bool cluster_quotes_ = true;
  // Nanoseconds per step; Find runs on several threads at once.
  mutable std::atomic<int64_t> quotes_ns_{0}, copy_features_ns_{0}, copy_alignment_ns_{0};
  int64_t quote_store_ns_ = 0, clusters_ns_ = 0, copies_ns_ = 0;
  int64_t open_ns_ = 0;
  std::string indexes_ = "rebuilt";
  store::Extent read_back_at_;  // the extent of the snapshot read back
  uint64_t frozen_id_ = 0;      // its frozen postings' id
};

}  // namespace qt::pipeline
