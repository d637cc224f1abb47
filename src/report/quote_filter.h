// QuoteFilter: which quotations `quotetrace quotes` prints, so that a reader
// of a large database can ask for one speaker, one article, one variant
// cluster or the quotations that print some words, rather than read all.
//
// Words and phrases are compared as match/phrase_search.h says: in any
// case, punctuation dropped, whole words in order, a censored word standing
// for the words it hides.
//
// A speaker is matched on the resolved name as printed ("Tomas Reyes"):
// "reyes" and "Tomas Reyes" both find it, "Tom" does not; and on the other
// spellings of the same person a caller accepts (AcceptSpellings: "Reyes"
// and "Tomas J. Reyes", which `speakers` counts as Tomas Reyes).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "quotes/quote.h"

namespace qt::report {

class QuoteFilter {
 public:
  // Every condition set must hold; a filter with none passes every quotation.
  struct Conditions {
    std::vector<std::string> docs;   // the articles' ids; empty: any article
    std::string speaker;             // words of the resolved speaker's name
    std::string says;                // words the quotation prints
    int64_t cluster = 0;             // its variant cluster; 0: any
    std::vector<std::string> kinds;  // "direct", "partial", "scare", "title"; empty: any
    std::string outlet;              // words of its article's outlet
    // Its article's day, "YYYY-MM-DD", at or after `since` and at or before
    // `until` (either may be empty); an undated article is in no range.
    std::string since, until;
  };

  explicit QuoteFilter(Conditions conditions);

  const Conditions& conditions() const { return conditions_; }
  // The words of `says` and of `speaker` (match::SearchWords); empty when
  // not set.
  const std::vector<std::string>& says_words() const { return says_words_; }
  const std::vector<std::string>& speaker_words() const { return speaker_words_; }
  bool Passes(const quotes::Quote& quote) const;

  // Speakers, as printed, that pass the speaker condition too: the other
  // spellings of the person asked for.
  void AcceptSpellings(std::unordered_set<std::string> spellings) {
    spellings_ = std::move(spellings);
  }
  const std::unordered_set<std::string>& spellings() const { return spellings_; }

 private:
  Conditions conditions_;
  std::unordered_set<std::string> spellings_;
  std::vector<std::string> speaker_words_, says_words_, outlet_words_;  // normalised
};

// What a person typed, checked; each error names the option or parameter
// as `prefix` + its name ("--says", or "says" for the HTTP API).
// - A phrase to look for must be UTF-8 text and hold words ("..." holds none).
Status CheckPhrase(std::string_view prefix, std::string_view name, const std::string& phrase);
// - A date is read in any form ingest reads (ingest/date_parser.h) and
//   stands for its day, "YYYY-MM-DD"; "" stays "".
Status DayOf(std::string_view prefix, std::string_view name, const std::string& value,
             std::string* day);
// - A filter's phrases are checked and its dates read as days.
Status MakeFilter(QuoteFilter::Conditions typed, std::string_view prefix,
                  std::unique_ptr<QuoteFilter>* filter);

}  // namespace qt::report
