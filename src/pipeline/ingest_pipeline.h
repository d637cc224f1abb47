// The ingest job: reads inputs, analyses each article and stores it.
//
// Records are written in transactions of `batch_size` articles. A crash or a
// kill loses at most the batch in progress, and because storing is
// idempotent (ArticleStore::Put), running the same ingest again completes it
// without duplicates.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/reader.h"
#include "pipeline/article_analysis.h"
#include "store/database.h"

namespace qt::pipeline {

struct IngestOptions {
  ingest::ReadOptions read;
  // Articles per transaction. 10,000 made 100k generated articles 7% faster
  // (fewer page rewrites) but batches onto a million-article database 5–10%
  // slower (a transaction's pages outgrow SQLite's cache and spill to its
  // log): 1,000 it stays.
  size_t batch_size = 1000;
  size_t threads = 0;                // analysis threads; 0: one per hardware thread
  bool progress = false;             // live progress line on `errors`
  // False: the new rows wait for the next ingest that assigns stories, and
  // are clustered then with its rows, all in date order. A backfill loaded
  // in parts out of date order gets the stories one ingest of it would.
  bool stories = true;
  // False only to measure what clustering quotation variants costs
  // (bench/ingest_bench.cc): the quotations are stored without a cluster,
  // and no later ingest gives them one.
  bool cluster_quotes = true;
  std::ostream* errors = nullptr;    // problems, "FILE:LINE: reason"; required
};

struct IngestCounts {
  size_t added = 0;
  size_t unchanged = 0;
  size_t revised = 0;
  size_t rejected = 0;
  size_t warnings = 0;
  size_t bytes = 0;  // input bytes read
  size_t reanalysed = 0;  // stored rows brought up to the current analysis
  size_t clustered = 0;   // rows that joined stories
  double seconds = 0;     // wall time of the whole ingest
  AnalysisTimes analysis;  // per analysis step, summed over threads
  double stories = 0;     // seconds assigning stories
  size_t indexed_for_search = 0;  // quotations added to the search index
  double search_index = 0;        // seconds adding them (store/search_index.h)
};

// Runs the ingest. A non-ok Status means the database failed (the inputs'
// own problems are reported on options.errors and counted, never fatal).
Status RunIngest(store::Database& db, const std::vector<std::string>& inputs,
                 const IngestOptions& options, IngestCounts* counts);

}  // namespace qt::pipeline
