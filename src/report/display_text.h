// Text as the reports print it for people.
#pragma once

#include <algorithm>
#include <string>

#include "text/utf8.h"

namespace qt::report {

// At most `bytes` bytes of `s`, cut at a character boundary, with "…" when cut.
inline std::string Shorten(const std::string& s, size_t bytes) {
  if (s.size() <= bytes) return s;
  return s.substr(0, text::CharStartAtOrBefore(s, bytes)) + "…";
}

// The day of an ISO 8601 date or date-time ("2025-06-03T07:30:00Z" →
// "2025-06-03"): reports print days, whatever time a feed gave.
inline std::string Day(const std::string& date) { return date.substr(0, 10); }
// The same, or "undated" for an article without a date.
inline std::string DayOrUndated(const std::string& date) {
  return date.empty() ? "undated" : Day(date);
}

// Line breaks as spaces.
inline std::string OneLine(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

// A quotation as the reports print it: on one line, without the comma
// that led into the reporter's tag ("…,” she said"), at most `bytes`.
inline std::string QuotationForDisplay(const std::string& text, size_t bytes) {
  std::string s = OneLine(text);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  if (!s.empty() && s.back() == ',') s.pop_back();
  return Shorten(s, bytes);
}

// The reporter's sentences around a quotation (a denial's context): on one
// line, paragraph breaks and runs of spaces as one space, at most `bytes`.
inline std::string ContextForDisplay(const std::string& text, size_t bytes) {
  std::string s;
  for (char c : OneLine(text)) {
    if (c != ' ' || (!s.empty() && s.back() != ' ')) s += c;
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return Shorten(s, bytes);
}

// "1 article", "3 articles", "2 stories": a count with its noun, whose
// plural is `plural`, or the noun and an "s".
inline std::string Counted(size_t n, const std::string& noun, const std::string& plural = "") {
  if (n == 1) return "1 " + noun;
  return std::to_string(n) + ' ' + (plural.empty() ? noun + 's' : plural);
}

// Earliest first; undated articles after every dated one; then ingest order.
inline bool EarlierThan(const std::string& a_date, int64_t a_seq, const std::string& b_date,
                        int64_t b_seq) {
  if (a_date.empty() != b_date.empty()) return !a_date.empty();
  if (a_date != b_date) return a_date < b_date;
  return a_seq < b_seq;
}

}  // namespace qt::report
