// Quote: one quotation found in an article, the record every later stage
// and every output uses. The JSON field names follow the contract of
// ../shared/eval/score.py.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace qt::quotes {

// The `via` of a quotation its article credits to reports it does not name
// ("Okafor reportedly told the mayor …").
inline constexpr std::string_view kUnnamedReports = "unnamed reports";

struct Quote {
  std::string id;    // "<doc>#<n>", n counting quotations by opening mark from 1
  std::string doc;
  size_t start = 0;  // UTF-8 byte offsets of the content, without the marks,
  size_t end = 0;    // into the article text as stored
  std::string text;  // the content
  std::string kind;  // "direct", "partial", "scare" or "title"
  std::string speaker;  // resolved name; empty when unknown
  bool has_speaker_span = false;
  size_t speaker_start = 0, speaker_end = 0;  // the mention read: may be "he" or "who"
  std::string role;       // the speaker's title or role, as printed
  std::string cue;        // "said", "told", "according to" …; empty when none
  std::string to;         // to whom or which outlet or channel
  std::string via;        // who the report is credited to; kUnnamedReports for "reportedly"
  std::string nested_in;  // id of the quotation that reports this one
  bool closed = true;     // false: an unbalanced mark, recovered at paragraph end
  std::string dispute;    // the dispute cue ("denied") when the quote contests a claim
  // With a dispute, the reporter's sentences that make it one: from the
  // sentence holding the dispute cue (or the quotation, when its own words
  // deny) through the quotation's own sentence ("Quillon disputed the
  // account. “It never happened,” a spokesperson said."); 0, 0 without.
  size_t dispute_start = 0, dispute_end = 0;
  std::string dispute_context;  // the text of those bytes
  int64_t cluster = 0;    // variant cluster (match stage), 0 when none
  std::string outlet;     // the article's outlet and date, when read from the store
  std::string date;
};

}  // namespace qt::quotes
