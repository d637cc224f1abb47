#include "text/whole_words.h"

#include <string.h>

namespace qt::text {
namespace {

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Whether a word printed at text[at] stands inside a sentence: after a
// letter, a digit or a comma, or after a quotation closed by a comma
// ("“…,” Bush said"), with spaces between.
bool InsideSentenceAt(std::string_view text, size_t at) {
  const std::string_view before = text.substr(0, at);
  const size_t end = before.find_last_not_of(" \t");
  if (end == std::string_view::npos) return false;
  if (before[end] == '"') return end > 0 && before[end - 1] == ',';
  if (end >= 2 && before.substr(end - 2, 3) == "\xE2\x80\x9D") {
    return end > 2 && before[end - 3] == ',';
  }
  const char c = before[end];
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',';
}

// glibc's memmem: faster here than a memchr for the first letter, which
// stops at every "n" of the article for "nothing", and than Horspool's skips
// (std::boyer_moore_horspool_searcher), measured.
bool Find(std::string_view text, std::string_view word, bool inside_sentence) {
  if (word.empty()) return false;
  for (size_t at = 0; at < text.size();) {
    const void* hit = memmem(text.data() + at, text.size() - at, word.data(), word.size());
    if (hit == nullptr) return false;
    const size_t found = static_cast<const char*>(hit) - text.data();
    const size_t end = found + word.size();
    if ((found == 0 || !IsWordByte(text[found - 1])) &&
        (end == text.size() || !IsWordByte(text[end])) &&
        (!inside_sentence || InsideSentenceAt(text, found))) {
      return true;
    }
    at = found + 1;
  }
  return false;
}

}  // namespace

bool WholeWords::Search(std::string_view text, std::string_view word) {
  return Find(text, word, /*inside_sentence=*/false);
}

bool WholeWords::SearchInsideSentence(std::string_view text, std::string_view word) {
  return Find(text, word, /*inside_sentence=*/true);
}

bool WholeWords::Contains(std::string_view word) const { return Ask(word, false); }

bool WholeWords::ContainsInsideSentence(std::string_view word) const { return Ask(word, true); }

std::optional<bool> WholeWords::Indexed(std::string_view word, bool inside_sentence) const {
  if (text_.size() < kIndexedBytes || word.empty()) return std::nullopt;
  for (const char c : word) {
    if (!IsWordByte(c)) return std::nullopt;
  }
  if (!index_) {
    // A whole word of Find is a maximal run of word bytes.
    index_.emplace();
    for (size_t i = 0; i < text_.size();) {
      if (!IsWordByte(text_[i])) {
        ++i;
        continue;
      }
      size_t end = i + 1;
      while (end < text_.size() && IsWordByte(text_[end])) ++end;
      (*index_)[text_.substr(i, end - i)] |= InsideSentenceAt(text_, i);
      i = end;
    }
  }
  const auto it = index_->find(word);
  return it != index_->end() && (!inside_sentence || it->second);
}

bool WholeWords::Ask(std::string_view word, bool inside_sentence) const {
  if (const std::optional<bool> indexed = Indexed(word, inside_sentence)) return *indexed;
  for (const Answer& a : answers_) {
    if (a.inside_sentence == inside_sentence && a.word == word) return a.answer;
  }
  const bool answer = Find(text_, word, inside_sentence);
  answers_.push_back({std::string(word), inside_sentence, answer});
  return answer;
}

}  // namespace qt::text
