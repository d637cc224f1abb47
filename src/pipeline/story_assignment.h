// Story assignment: the articles of a batch join stories, in one pass in
// date order, continuing the saved state of earlier batches.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "base/status.h"
#include "store/database.h"

namespace qt::pipeline {

// Clusters every article row not yet in a story; *count receives how many.
// The rows are read and their words found on `threads` threads (0: one
// per core), which share the database connection under a lock. Nothing is
// written until every row is clustered; then the rows' stories and the
// clusterer's state are written in one transaction, so that another
// connection may write meanwhile, and a failure or a kill leaves the rows
// to be clustered again.
Status AssignStories(store::Database& db, size_t threads, size_t* count);

// Days since 1970-01-01 of an ISO 8601 date or date-time; nullopt for "".
std::optional<double> DaysOf(std::string_view iso);

}  // namespace qt::pipeline
