// The chain a printed quotation went through, as its article tells it:
// the speaker, to whom, the people whose accounts carry it (for a nested
// quotation), who the report is credited to, and the outlet that printed it.
//
//   Mark Zuckerberg → Donald Trump → to New York Magazine
//     (Zuckerberg's words inside Trump's, said to New York Magazine)
//   Mark Zuckerberg → to Donald Trump → reported by Business Insider
//     → printed by Headline USA
//   Lena Okafor → to Tomas Reyes → reportedly → printed by …
//     (a report its article credits to no one: "Okafor reportedly told")
#pragma once

#include <string>
#include <vector>

#include "quotes/quote.h"

namespace qt::match {

// `article` holds every quotation of the quote's article (for the accounts
// around a nested one); `outlet` is the article's outlet ("" when unknown).
std::vector<std::string> ChainOf(const quotes::Quote& quote, const std::vector<quotes::Quote>& article,
                                 const std::string& outlet);

}  // namespace qt::match
