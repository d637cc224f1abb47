#include "text/paragraphs.h"

#include <string>

#include "text/char_class.h"
#include "text/utf8.h"

namespace qt::text {

Span Trim(std::string_view text, Span span) {
  while (span.begin < span.end) {
    size_t i = span.begin;
    if (!IsSpace(DecodeUtf8(text, &i))) break;
    span.begin = i;
  }
  while (span.end > span.begin) {
    size_t i = span.end;
    if (!IsSpace(DecodeUtf8Before(text, &i))) break;
    span.end = i;
  }
  return span;
}

bool IsLinkTeaser(std::string_view paragraph) {
  std::string head(paragraph.substr(0, 12));
  for (char& c : head) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  return head.starts_with("ALSO READ") || head.starts_with("READ MORE") ||
         head.starts_with("RELATED:") || head.starts_with("READ ALSO");
}

std::vector<Span> SplitParagraphs(std::string_view text) {
  std::vector<Span> out;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const Span p = Trim(text, {begin, end});
    if (p.size() > 0) out.push_back(p);
    begin = end + 1;
  }
  return out;
}

}  // namespace qt::text
