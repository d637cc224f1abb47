// QuoteFilter: which quotations `quotetrace quotes` prints, so that a reader
// of a large database can ask for one speaker, one article, one variant
// cluster or the quotations that print some words, rather than read all.
//
// Words are compared as variant matching reads a quotation (match/
// quote_words.h: punctuation and quote marks dropped, ’ read as ') and in
// any case (ICU case folding, so "ÉLISE" finds "Élise"). A phrase matches
// where its words appear together and in order, whole: "way" finds "no
// way" but not "always".
//
// Hard cases, each handled here:
// - A censored word matches the words it can hide: the letters it shows
//   before its first star and after its last begin and end them, and stand
//   where they stand when the two are as long. "badass" finds “b*****” and
//   “b***ss”, the ways outlets print it; "zebras" does not find “z**oed”. A
//   query can name the censored spelling too ("b*****").
// - A speaker is matched on the resolved name as printed ("Tomas Reyes"):
//   "reyes" and "Tomas Reyes" both find it, "Tom" does not.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
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
  bool Passes(const quotes::Quote& quote) const;

 private:
  Conditions conditions_;
  std::vector<std::string> speaker_words_, says_words_, outlet_words_;  // normalised
};

// What a person typed, checked; each error names the option or parameter
// as `prefix` + its name ("--says", or "says" for the HTTP API).
// - A phrase to look for must hold words ("..." holds none).
Status CheckPhrase(std::string_view prefix, std::string_view name, const std::string& phrase);
// - A date is read in any form ingest reads (ingest/date_parser.h) and
//   stands for its day, "YYYY-MM-DD"; "" stays "".
Status DayOf(std::string_view prefix, std::string_view name, const std::string& value,
             std::string* day);
// - A filter's phrases are checked and its dates read as days.
Status MakeFilter(QuoteFilter::Conditions typed, std::string_view prefix,
                  std::unique_ptr<QuoteFilter>* filter);

// The words of `text` as QuoteFilter compares them.
std::vector<std::string> SearchWords(const std::string& text);

// Whether `phrase` appears in `words` as consecutive whole words (a censored
// word in `words` standing for any word with its first letter).
bool ContainsPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase);

}  // namespace qt::report
