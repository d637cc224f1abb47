// Who is quoted: each speaker with how often, in how many articles, by
// which outlets, under which roles and over which days. A newsroom's or a
// researcher's look at whose voices the coverage carries.
//
// Speakers are counted as `quotetrace quotes` prints them, but for two
// joins across articles: a description that the corpus gives one name
// (match/role_index.h) counts for that name, and the spellings of one
// person's name ("Trump", "Donald J. Trump": match/name_variants.h) count
// for the person. Only attributed quotations count (direct and partial,
// with a speaker).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "store/database.h"

namespace qt::report {

struct SpeakerSummary {
  std::string speaker;
  size_t quotes = 0;
  size_t articles = 0;
  std::vector<std::pair<std::string, size_t>> outlets;  // quotations by outlet, most first
  std::vector<std::pair<std::string, size_t>> roles;    // as printed, most often first
  std::string first, last;  // the first and last dated articles' dates; "" when none is dated
  // The spellings counted as this person, with their quotations, most
  // first; empty when the name was printed one way.
  std::vector<std::pair<std::string, size_t>> printed_as;
};

// The speakers quoted by outlets whose name holds the words of `outlet`
// (any outlet when empty), most quoted first; the first `top` (0: all).
Status SpeakerSummaries(store::Database& db, const std::string& outlet, size_t top,
                        std::vector<SpeakerSummary>* speakers);

// A speaker as JSON (a line of `speakers`): speaker, quotes, articles, outlets [{outlet, quotes}],
// roles [{role, quotes}], first, last, printed_as [{name, quotes}].
nlohmann::ordered_json SpeakerJson(const SpeakerSummary& speaker);

// CSV (report/csv_row.h): a header, then speaker, quotes, articles, outlets
// and roles ("Ledger 3; Courier 1", most first), first, last, printed_as
// ("Donald Trump 620; Trump 99").
void WriteSpeakerCsv(const std::vector<SpeakerSummary>& speakers, std::ostream& out);

// For people: speaker, quotations, articles, outlets, first and last day,
// the role printed most.
void WriteSpeakerTable(const std::vector<SpeakerSummary>& speakers, std::ostream& out);

}  // namespace qt::report
