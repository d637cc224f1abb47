// The corpus report: what the database holds, for people, in the terminal.
#pragma once

#include <ostream>

#include "base/status.h"
#include "store/database.h"

namespace qt::report {

// Prints the number of articles, the date range, and articles per outlet.
Status PrintCorpusReport(store::Database& db, std::ostream& out);

}  // namespace qt::report
