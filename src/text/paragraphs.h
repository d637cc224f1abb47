// Paragraphs: the lines of an article's text.
//
// A paragraph is a maximal run of text without a line break, with white space
// trimmed at both ends; blank lines separate nothing more than single line
// breaks do. News text arrives both ways ("\n" and "\n\n" between
// paragraphs), and quotation rules (multi-paragraph quotes, recovery of
// unbalanced marks) work per paragraph.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace qt::text {

struct Span {
  size_t begin = 0;  // byte offsets, [begin, end)
  size_t end = 0;
  size_t size() const { return end - begin; }
};

std::vector<Span> SplitParagraphs(std::string_view text);

// `span` with white space (Unicode) removed at both ends.
Span Trim(std::string_view text, Span span);

// A link teaser that web pages put between paragraphs ("ALSO READ| …",
// "READ MORE …", "Related: …"): a link, not the article's words.
bool IsLinkTeaser(std::string_view paragraph);

}  // namespace qt::text
