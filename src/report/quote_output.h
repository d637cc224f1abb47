// Writing quotations: one JSON object per line (the contract of
// ../shared/eval/score.py), or a table for people.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "quotes/quote.h"

namespace qt::report {

// A quotation as JSON (a line of `quotes`' output): doc, outlet, date (the article's), id, start,
// end, text, kind, speaker, speaker_start, speaker_end, role, cue, to, via, nested_in, cluster,
// dispute, chain. Unknown values are null. `chain` (match/chain.h) is written as a list of links.
nlohmann::ordered_json QuoteJson(const quotes::Quote& quote, const std::vector<std::string>& chain);

// CSV (report/csv_row.h): a header, then a row per quotation with the JSON
// fields but the chain and the speaker's span: doc, outlet, date, id,
// start, end, kind, speaker, role, cue, to, via, nested_in, cluster,
// dispute, text.
void WriteQuoteCsvHeader(std::ostream& out);
void WriteQuoteCsv(const quotes::Quote& quote, std::ostream& out);

// Gives each quotation of one article whose speaker mention printed no role
// ("“…,” Vance said") the role printed most often with the same speaker's
// other quotations there ("said Senator Harriet Vance"); ties go to the
// longer, then the first in byte order, so the answer does not depend on
// the quotations' order.
void ShareRolesWithinArticle(std::vector<quotes::Quote>* article);

// A fixed-width table: article, speaker, quote (shortened), cue, to; a
// line per quotation given.
void WriteQuoteTable(const std::vector<quotes::Quote>& quotes, std::ostream& out);

}  // namespace qt::report
