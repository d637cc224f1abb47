#include "text/tokens.h"

#include "text/char_class.h"
#include "text/utf8.h"

namespace qt::text {
namespace {

bool IsInnerJoiner(char32_t c) { return c == '\'' || c == U'’' || c == '-' || c == '.' || c == U'‑'; }

}  // namespace

void Token::SetLower(std::string_view word) {
  lower_hash_ = kWordHashSeed;
  if (word.size() > kMaxLower) {
    lower_size_ = 0;
    return;
  }
  for (size_t k = 0; k < word.size(); ++k) {
    const char ch = word[k];
    lower_[k] = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
    lower_hash_ = WordHashStep(lower_hash_, lower_[k]);
  }
  lower_size_ = static_cast<uint8_t>(word.size());
}

void Tokenize(std::string_view text, Span span, std::vector<Token>* out) {
  size_t i = span.begin;
  while (i < span.end) {
    const size_t start = i;
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r') {  // the common case
      ++i;
      continue;
    }
    const char32_t c = byte < 0x80 ? (++i, byte) : DecodeUtf8(text, &i);
    if (IsSpace(c)) continue;
    Token t;
    t.begin = static_cast<uint32_t>(start);
    if (!IsAlnum(c)) {
      t.kind = Token::kPunct;
      t.punct = c;
      t.end = static_cast<uint32_t>(i);
      out->push_back(t);
      continue;
    }
    bool letters = IsLetter(c), dotted = false;
    size_t end = i;
    while (end < span.end) {
      const unsigned char b = static_cast<unsigned char>(text[end]);
      if (b < 0x80 && ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) {  // ASCII letters: no decoding
        letters = true;
        ++end;
        continue;
      }
      size_t j = end;
      const char32_t d = DecodeUtf8(text, &j);
      if (IsAlnum(d)) {
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
    t.end = static_cast<uint32_t>(end);
    t.kind = letters ? Token::kWord : Token::kNumber;
    t.capitalized = IsUpper(c);
    t.SetLower(text.substr(start, end - start));
    out->push_back(t);
    i = end;
  }
}

bool IsPossessive(std::string_view word) {
  return word.ends_with("'s") || word.ends_with("\xE2\x80\x99s") || word.ends_with("'S") ||
         word.ends_with("\xE2\x80\x99S") || word.ends_with("s'") ||
         word.ends_with("s\xE2\x80\x99");
}

}  // namespace qt::text
