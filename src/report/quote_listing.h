// The quotations as `quotetrace quotes` prints them, for every reader of
// the database (the command line, the HTTP API).
//
// Each quotation is read as stored, then
// - given the role its speaker is printed with elsewhere in its article
//   (ShareRolesWithinArticle, report/quote_output.h),
// - given the name the corpus gives a description speaker ("the Quillon
//   chief" → "Ada Lindqvist", match/role_index.h), the description kept as
//   its role,
// - given its chain of reporters (match/chain.h), which runs through the
//   quotations around it in its article.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "match/role_index.h"
#include "quotes/quote.h"
#include "report/quote_filter.h"
#include "store/database.h"

namespace qt::report {

// The names the corpus gives role descriptions, from every stored
// quotation (a scan of them all: a reader that lists quotations again and
// again, as a server does, keeps it while the database does not change).
Status LoadRoleIndex(store::Database& db, match::RoleIndex* roles);

// Hands `fn` each quotation that passes `filter`, article by article in
// ingest order and in text order within one, with its chain. Only the
// articles the filter names are read when it names some. `fn` returns false
// to stop.
using ListedQuoteFn =
    std::function<bool(const quotes::Quote& quote, const std::vector<std::string>& chain)>;
Status ForEachListedQuote(store::Database& db, const match::RoleIndex& roles,
                          const QuoteFilter& filter, const ListedQuoteFn& fn);

}  // namespace qt::report
