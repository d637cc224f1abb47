#include "text/whole_words.h"

#include <string.h>

namespace qt::text {
namespace {

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

// glibc's memmem: faster here than a memchr for the first letter, which
// stops at every "n" of the article for "nothing", and than Horspool's skips
// (std::boyer_moore_horspool_searcher), measured.
bool WholeWords::Search(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  for (size_t at = 0; at < text.size();) {
    const void* hit = memmem(text.data() + at, text.size() - at, word.data(), word.size());
    if (hit == nullptr) return false;
    const size_t found = static_cast<const char*>(hit) - text.data();
    const size_t end = found + word.size();
    if ((found == 0 || !IsWordByte(text[found - 1])) &&
        (end == text.size() || !IsWordByte(text[end]))) {
      return true;
    }
    at = found + 1;
  }
  return false;
}

bool WholeWords::Contains(std::string_view word) const {
  for (const auto& [asked, answer] : answers_) {
    if (asked == word) return answer;
  }
  const bool answer = Search(text_, word);
  answers_.emplace_back(std::string(word), answer);
  return answer;
}

}  // namespace qt::text
