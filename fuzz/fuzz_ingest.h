// The ingest as the fuzz targets run it: one analysis thread, so that a
// failing input fails the same way again; the inputs' own problems are
// reported and counted, not printed.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "fuzz/fuzz_util.h"
#include "pipeline/ingest_pipeline.h"
#include "store/database.h"

inline qt::pipeline::IngestCounts IngestForFuzz(qt::store::Database& db,
                                                const std::vector<std::string>& inputs) {
  std::ostringstream errors;
  qt::pipeline::IngestOptions options;
  options.threads = 1;
  options.errors = &errors;
  qt::pipeline::IngestCounts counts;
  FUZZ_CHECK(qt::pipeline::RunIngest(db, inputs, options, &counts).ok());
  return counts;
}
