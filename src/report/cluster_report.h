// The report's cross-article sections: the largest stories and the
// most-printed quotations with their variants.
#pragma once

#include <ostream>

#include "base/status.h"
#include "store/database.h"

namespace qt::report {

// The `top` largest stories: articles, first reporter (the earliest dated
// article; undated ones are never first over dated ones), outlets, title.
Status PrintStories(store::Database& db, size_t top, std::ostream& out);

// The `top` quotations printed by the most articles: canonical text (the
// longest version), speaker, first seen, outlets, and how each variant's
// words differ from the canonical text.
Status PrintQuoteClusters(store::Database& db, size_t top, std::ostream& out);

// Quotations that contest claims, and the quote clusters they contest.
Status PrintDisputes(store::Database& db, std::ostream& out);

}  // namespace qt::report
