// Phrase search: the words a quotation is searched by, whether a phrase is
// among them, and the terms of the full-text index that narrows a search
// (store/search_index.h) to the quotations that can hold the phrase.
//
// Words are compared as variant matching reads a quotation (quote_words.h:
// punctuation and quote marks dropped, ’ read as ') and in any case (ICU
// case folding, so "ÉLISE" finds "Élise"). A phrase matches where its
// words appear together and in order, whole: "way" finds "no way" but not
// "always".
//
// Hard cases, each handled here:
// - A censored word matches the words it can hide: the letters it shows
//   before its first star and after its last begin and end them, and stand
//   where they stand when the two are as long. "badass" finds “b*****” and
//   “b***ss”, the ways outlets print it; "zebras" does not find “z**oed”. A
//   query can name the censored spelling too ("b*****").
// - The index must find every quotation ContainsPhrase accepts, so a
//   censored word is indexed by a marker of its first letter ("b*****" as
//   qtstarb, "*****" as qtstar), and each word of a query is looked up as
//   itself or either marker that could hide it. The index's terms are
//   ASCII letters and digits and any non-ASCII bytes (SQLite's `ascii`
//   tokenizer reads each as one token): "don't" is indexed and looked up as
//   "dont". What the index finds is checked with ContainsPhrase.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qt::match {

// The words of `text` as a search compares them.
std::vector<std::string> SearchWords(std::string_view text);

// Whether `phrase` appears in `words` (both SearchWords) as consecutive
// whole words, a censored word in `words` standing for the words it hides.
bool ContainsPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase);

// The index holds a quotation's words and its speaker's in one column,
// the speaker's terms prefixed with kSpeakerTerm: "qtspreyes".
inline constexpr std::string_view kSpeakerTerm = "qtsp";

// The terms the index holds for a quotation's words or, with kSpeakerTerm
// as `prefix`, for its speaker's name, whose SearchWords are `words`.
std::vector<std::string> IndexTerms(const std::vector<std::string>& words,
                                    std::string_view prefix = "");

// An FTS5 query that finds every article indexed by IndexTerms that can
// print a quotation holding the phrase `says` and one whose speaker's name
// holds any of the phrases `speakers` (each SearchWords of what was asked;
// either may be empty: no condition). "" when no word of either can be
// looked up (then the index cannot narrow the search).
std::string IndexQuery(const std::vector<std::string>& says,
                       const std::vector<std::vector<std::string>>& speakers = {});

}  // namespace qt::match
