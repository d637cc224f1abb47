// Character classes of Unicode code points (ICU), with an ASCII fast path.
#pragma once

#include <unicode/uchar.h>

#include <string>
#include <string_view>

namespace qt::text {

inline bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c));
}
inline bool IsDigit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c));
}
inline bool IsAlnum(char32_t c) { return IsLetter(c) || IsDigit(c); }
inline bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c));
}
inline bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c));
}
// White space including no-break spaces (U+00A0, U+202F), which news text
// uses between words.
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}
// Dashes used as punctuation: hyphen-minus excluded.
inline bool IsDash(char32_t c) { return c == 0x2014 || c == 0x2013 || c == 0x2012 || c == 0x2015; }

// `s` with its ASCII letters lower-cased and every other byte as it is (so
// UTF-8 passes through): for tags, labels and names compared in any case.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

}  // namespace qt::text
