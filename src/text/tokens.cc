#include "text/tokens.h"

#include <algorithm>
#include <cstring>

#include "text/char_class.h"
#include "text/utf8.h"

namespace qt::text {
namespace {

bool IsInnerJoiner(char32_t c) { return c == '\'' || c == U'’' || c == '-' || c == '.' || c == U'‑'; }

}  // namespace

void Token::SetLower(std::string_view text) {
  static_assert(sizeof lower_ % 8 == 0 && sizeof lower_ > kMaxLower);
  const size_t size = end - begin <= kMaxLower ? end - begin : 0;
  uint64_t h = kWordHashSeed;
  for (size_t at = 0; at < size; at += 8) {
    const size_t bytes = std::min<size_t>(8, size - at);
    uint64_t chunk = 0;
    if (begin + at + 8 <= text.size()) {  // one load, the bytes past the word masked off
      std::memcpy(&chunk, text.data() + begin + at, 8);
      if (bytes < 8) chunk &= (uint64_t{1} << (bytes * 8)) - 1;
    } else {
      for (size_t k = bytes; k-- > 0;) chunk = chunk << 8 | static_cast<unsigned char>(text[begin + at + k]);
    }
    chunk = AsciiLowerChunk(chunk);
    std::memcpy(lower_ + at, &chunk, 8);  // the bytes after it are zero already
    h = WordHashChunk(h, chunk);
  }
  lower_size_ = static_cast<uint8_t>(size);
  lower_hash_ = WordHashFinish(h, size);
}

namespace {

template <bool kLower>
void TokensOf(std::string_view text, Span span, std::vector<Token>* out) {
  size_t i = span.begin;
  while (i < span.end) {
    const size_t start = i;
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r') {  // the common case
      ++i;
      continue;
    }
    const char32_t c = byte < 0x80 ? (++i, byte) : DecodeUtf8(text, &i);
    // A soft hyphen or a zero-width space ("Doug \u00ADAndres") is skipped
    // between tokens like a space, and belongs to a word inside it.
    if (IsSpace(c) || IsInvisible(c)) continue;
    if (!IsAlnum(c)) {
      Token& t = out->emplace_back();
      t.begin = static_cast<uint32_t>(start);
      t.kind = Token::kPunct;
      t.punct = c;
      t.end = static_cast<uint32_t>(i);
      continue;
    }
    bool letters = IsLetter(c), dotted = false;
    size_t end = i;
    while (end < span.end) {
      const unsigned char b = static_cast<unsigned char>(text[end]);
      if (b < 0x80) {  // ASCII: no decoding
        if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
          letters = true;
          ++end;
          continue;
        }
        if (b >= '0' && b <= '9') {
          ++end;
          continue;
        }
        if (b != '\'' && b != '-' && b != '.') break;  // a space or a comma ends most words
      }
      size_t j = end;
      const char32_t d = DecodeUtf8(text, &j);
      if (IsAlnum(d) || (IsInvisible(d) && j < span.end)) {
        letters |= IsLetter(d);
        end = j;
        continue;
      }
      if (!IsInnerJoiner(d) || j >= span.end) break;
      size_t k = j;
      if (!IsAlnum(DecodeUtf8(text, &k))) break;
      dotted |= d == '.';
      end = j;
    }
    // U.S. and a.m. keep their final period; "Sanders’ campaign", "the
    // players' union" keep their possessive apostrophe.
    if (dotted && end < span.end && text[end] == '.') ++end;
    if (end > start && (text[end - 1] == 's' || text[end - 1] == 'S') && end < span.end) {
      const size_t mark = text.substr(end, 3) == "\xE2\x80\x99" ? 3 : text[end] == '\'' ? 1 : 0;
      if (mark > 0 && (end + mark >= span.end || text[end + mark] == ' ')) end += mark;
    }
    // Built where it is kept: a token built aside and copied in was read
    // back in wider loads than SetLower's stores, a store-forwarding stall
    // on every word.
    Token& t = out->emplace_back();
    t.begin = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.kind = letters ? Token::kWord : Token::kNumber;
    t.capitalized = IsUpper(c);
    if constexpr (kLower) t.SetLower(text);
    i = end;
  }
}

}  // namespace

void Tokenize(std::string_view text, Span span, std::vector<Token>* out) {
  TokensOf<true>(text, span, out);
}

void TokenizeShapes(std::string_view text, Span span, std::vector<Token>* out) {
  TokensOf<false>(text, span, out);
}

size_t PossessiveMarkLength(std::string_view word) {
  // Byte by byte from the end: asked of every word ending in s or an apostrophe.
  const size_t n = word.size();
  const auto is_s = [](char c) { return c == 's' || c == 'S'; };
  const auto curly_before = [word](size_t end) {  // ’ ends at word[end)
    return end >= 3 && word.substr(end - 3, 3) == "\xE2\x80\x99";
  };
  if (n < 2) return 0;
  if (is_s(word[n - 1])) {  // 's, ’s
    if (word[n - 2] == '\'') return 2;
    return curly_before(n - 1) ? 4 : 0;
  }
  if (word[n - 1] == '\'') return is_s(word[n - 2]) ? 1 : 0;  // "Sanders'", "CBS'"
  return n >= 4 && curly_before(n) && is_s(word[n - 4]) ? 3 : 0;
}

}  // namespace qt::text
