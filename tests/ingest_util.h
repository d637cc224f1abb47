// A test's ingest: files into a database as `quotetrace ingest` reads them.
#pragma once

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "pipeline/ingest_pipeline.h"
#include "store/database.h"

namespace qt::testing {

// Ingests `inputs` into `db` with the default options; a failed ingest
// fails the test. What the ingest reported goes to *errors when asked for.
inline pipeline::IngestCounts IngestFiles(store::Database& db,
                                          const std::vector<std::string>& inputs,
                                          std::string* errors = nullptr) {
  std::ostringstream err;
  pipeline::IngestOptions options;
  options.errors = &err;
  pipeline::IngestCounts counts;
  EXPECT_TRUE(pipeline::RunIngest(db, inputs, options, &counts).ok()) << err.str();
  if (errors) *errors = err.str();
  return counts;
}

}  // namespace qt::testing
