// The report as one HTML page to keep or pass on: no scripts and nothing
// fetched, so it opens the same anywhere, offline, years later.
//
// It holds what `quotetrace report` prints: the corpus, the largest
// stories with their timelines, the most printed quotations with every
// wording and how its words differ (dropped words struck through, added or
// changed ones underlined), and the disputes. Every text from the articles
// is escaped.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "base/status.h"
#include "store/database.h"

namespace qt::report {

// The page for the `top` largest stories and most printed quotations.
Status WriteHtmlReport(store::Database& db, size_t top, std::ostream& out);

// `text` with & < > " ' as character references.
std::string HtmlEscaped(std::string_view text);

// A match::WordDiff as HTML: [-dropped-] as <del>, {+added+} as <ins>, the
// rest escaped.
std::string DiffHtml(std::string_view diff);

}  // namespace qt::report
