// NameVariants: which printed names name one person across a corpus.
//
// Within an article a short name resolves to the fullest one the article
// prints (quotes/discourse.h). Across articles one outlet prints "Donald J.
// Trump", another "Donald Trump", and a third, which never prints the full
// name, "Trump". Counted per person they are one. The hard cases:
//
//   a middle name or initial  "Donald J. Trump" and "Hillary Rodham Clinton"
//                             join "Donald Trump" and "Hillary Clinton", unless
//                             the corpus prints two different middles between
//                             one first and last name ("George W. Bush",
//                             "George H.W. Bush"): then none of them joins.
//   initials                  "J.D. Vance" and "JD Vance" are one spelling.
//   a suffix                  keeps a name apart: "Donald Trump Jr." is someone
//                             else than "Donald Trump".
//   a surname alone           "Trump" joins the person who holds at least nine
//                             in ten of the quotations of the full names that
//                             end in it; "Bush", printed for Jeb Bush and
//                             George W. Bush alike, stays "Bush".
//   not a name                a description ("Meta spokesperson") or an
//                             acronym ("NATO") joins nothing.
//
// A person is named by the spelling printed with most quotations.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace qt::match {

// Given how many quotations each name is printed with, the person each name
// that joins another is counted as ("Trump" → "Donald Trump"). Names that
// stay as printed, the persons' own spellings included, are left out.
std::unordered_map<std::string, std::string> JoinNameVariants(
    const std::vector<std::pair<std::string, int64_t>>& quotations_by_name);

// The last word of a person's name, its suffix left out, in lower case and
// without periods ("Donald J. Trump Jr." → "trump"); "" for a name that
// names no person. Every spelling that JoinNameVariants joins with a name
// ends in the name's surname.
std::string SurnameOf(const std::string& name);

}  // namespace qt::match
