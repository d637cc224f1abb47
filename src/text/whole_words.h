// WholeWords: whether a text prints a word as a whole word, asked many times
// of one text. Attribution asks it of the article for a capitalized word
// opening a sentence ("Nothing"): printed in lower case elsewhere
// ("nothing"), it is a common word and no name.
//
// A word is bounded by the text's ends or by bytes that are no word bytes;
// word bytes are ASCII letters and digits and every byte of a multi-byte
// UTF-8 character. "nothing-burger" and "nothing's" hold the whole word
// "nothing"; "nothingness" does not.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qt::text {

class WholeWords {
 public:
  // `text` must outlive this object.
  explicit WholeWords(std::string_view text) : text_(text) {}

  // Whether `word` stands in the text as a whole word. Each word is
  // searched for once and its answer kept: an article asks about the same
  // few names again and again. Not thread-safe.
  bool Contains(std::string_view word) const;

  // The same answer, searched for every time.
  static bool Search(std::string_view text, std::string_view word);

 private:
  std::string_view text_;
  mutable std::vector<std::pair<std::string, bool>> answers_;
};

}  // namespace qt::text
