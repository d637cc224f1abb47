#include "text/utf8.h"

#include <simdjson.h>

#include <algorithm>

namespace qt::text {
namespace {

// Length of the well-formed sequence starting at s[i], or 0 when ill-formed;
// `*bad_len` receives the length of the maximal ill-formed subpart then.
// The ranges follow Table 3-7 of the Unicode Standard.
size_t SequenceLength(std::string_view s, size_t i, size_t* bad_len) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  *bad_len = 1;
  if (b0 < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  for (size_t k = 1; k < need; ++k) {
    if (i + k >= s.size()) return 0;
    const unsigned char b = byte(i + k);
    const bool in_range = (k == 1) ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    if (!in_range) return 0;
    *bad_len = k + 1;
  }
  return need;
}

}  // namespace

bool IsValidUtf8(std::string_view s) { return simdjson::validate_utf8(s.data(), s.size()); }

size_t RepairUtf8(std::string* s) {
  if (IsValidUtf8(*s)) return 0;
  std::string out;
  out.reserve(s->size() + 16);
  size_t replaced = 0;
  for (size_t i = 0; i < s->size();) {
    size_t bad_len;
    const size_t n = SequenceLength(*s, i, &bad_len);
    if (n > 0) {
      out.append(*s, i, n);
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++replaced;
      i += bad_len;
    }
  }
  s->swap(out);
  return replaced;
}

char32_t DecodeUtf8(std::string_view s, size_t* i) {
  const auto b = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k])); };
  const char32_t b0 = b(*i);
  if (b0 < 0x80) {
    *i += 1;
    return b0;
  }
  if (b0 < 0xE0) {
    const char32_t c = ((b0 & 0x1F) << 6) | (b(*i + 1) & 0x3F);
    *i += 2;
    return c;
  }
  if (b0 < 0xF0) {
    const char32_t c = ((b0 & 0x0F) << 12) | ((b(*i + 1) & 0x3F) << 6) | (b(*i + 2) & 0x3F);
    *i += 3;
    return c;
  }
  const char32_t c = ((b0 & 0x07) << 18) | ((b(*i + 1) & 0x3F) << 12) | ((b(*i + 2) & 0x3F) << 6) |
                     (b(*i + 3) & 0x3F);
  *i += 4;
  return c;
}

char32_t DecodeUtf8Before(std::string_view s, size_t* i) {
  const size_t start = CharStartAtOrBefore(s, *i - 1);
  size_t j = start;
  const char32_t c = DecodeUtf8(s, &j);
  *i = start;
  return c;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (c >> 18));
    *out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

void RemoveInvisibles(std::string* s) {
  // Each is two or three bytes led by 0xC2, 0xE2 or 0xEF: most names have none.
  const auto lead = [](char b) { return b == '\xC2' || b == '\xE2' || b == '\xEF'; };
  if (std::none_of(s->begin(), s->end(), lead)) return;
  std::string out;
  for (size_t i = 0; i < s->size();) {
    const size_t start = i;
    if (!IsInvisible(DecodeUtf8(*s, &i))) out.append(*s, start, i - start);
  }
  *s = std::move(out);
}

}  // namespace qt::text
