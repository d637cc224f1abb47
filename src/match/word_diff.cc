#include "match/word_diff.h"

#include <algorithm>
#include <vector>

#include "match/quote_words.h"

namespace qt::match {
namespace {

// Printed words (as in the text) and their normalised forms, side by side.
struct Token {
  std::string printed;
  std::string normal;
};

std::vector<Token> TokensOf(std::string_view text) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
    if (j > i) {
      const std::string_view printed = text.substr(i, j - i);
      const Words normal = OwnWords(printed, 0, printed.size(), {});
      if (!normal.empty()) out.push_back({std::string(printed), JoinWords(normal)});
    }
    i = j;
  }
  return out;
}

}  // namespace

std::string WordDiff(std::string_view canonical, std::string_view variant) {
  const std::vector<Token> a = TokensOf(canonical), b = TokensOf(variant);
  const size_t n = a.size(), m = b.size();
  // Edit distance of b against a stretch of a (free start and end in a),
  // keeping the whole table to trace the alignment back.
  std::vector<std::vector<size_t>> d(m + 1, std::vector<size_t>(n + 1, 0));
  for (size_t i = 1; i <= m; ++i) {
    d[i][0] = i;
    for (size_t j = 1; j <= n; ++j) {
      const size_t sub = d[i - 1][j - 1] + (b[i - 1].normal == a[j - 1].normal ? 0 : 1);
      d[i][j] = std::min({sub, d[i - 1][j] + 1, d[i][j - 1] + 1});
    }
  }
  size_t j = static_cast<size_t>(std::min_element(d[m].begin(), d[m].end()) - d[m].begin());
  if (d[m][j] == 0) return "";
  std::vector<std::string> parts;
  for (size_t i = m; i > 0;) {
    if (j > 0 && d[i][j] == d[i - 1][j - 1] + (b[i - 1].normal == a[j - 1].normal ? 0 : 1)) {
      if (b[i - 1].normal == a[j - 1].normal) {
        parts.push_back(b[i - 1].printed);
      } else {
        parts.push_back("{+" + b[i - 1].printed + "+}");
        parts.push_back("[-" + a[j - 1].printed + "-]");
      }
      --i;
      --j;
    } else if (d[i][j] == d[i - 1][j] + 1) {
      parts.push_back("{+" + b[i - 1].printed + "+}");
      --i;
    } else {
      parts.push_back("[-" + a[j - 1].printed + "-]");
      --j;
    }
  }
  std::string out;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    if (!out.empty()) out += ' ';
    out += *it;
  }
  return out;
}

}  // namespace qt::match
