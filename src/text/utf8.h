// UTF-8 validation and repair.
//
// Every offset quotetrace prints is a UTF-8 byte offset into an article's
// text as stored, so text is made valid UTF-8 once, at ingest, before it is
// stored; later stages may assume valid UTF-8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace qt::text {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or values
// above U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Replaces every maximal ill-formed subsequence of `s` with U+FFFD (the
// Unicode "substitution of maximal subparts" practice, as ICU and browsers do)
// and returns how many replacements were made; 0 leaves `s` untouched.
size_t RepairUtf8(std::string* s);

// Decodes the code point starting at s[i] of valid UTF-8 and advances i.
char32_t DecodeUtf8(std::string_view s, size_t* i);

// The code point that ends just before s[i] in valid UTF-8, moving i back to
// its first byte. Requires i > 0.
char32_t DecodeUtf8Before(std::string_view s, size_t* i);

// True for a byte that continues a UTF-8 character (10xxxxxx), where no
// text may be cut.
inline bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The first byte of the character that byte i of `s` is in: i itself at a
// character's start or at s.size(). Cutting `s` there keeps it whole UTF-8.
inline size_t CharStartAtOrBefore(std::string_view s, size_t i) {
  while (i > 0 && i < s.size() && IsContinuationByte(s[i])) --i;
  return i;
}

// Appends the UTF-8 encoding of `c` to `out`.
void AppendUtf8(char32_t c, std::string* out);

// True for the invisible format characters that copied text carries: a
// soft hyphen, zero-width spaces and joiners, a word joiner, a byte-order
// mark.
inline bool IsInvisible(char32_t c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}
// Removes them from `s`, of valid UTF-8, for names printed apart from their
// text ("Doug \u00ADAndres" is "Doug Andres").
void RemoveInvisibles(std::string* s);

}  // namespace qt::text
