// LowerCaseWords: whether a text prints a word starting with a lower-case
// letter, asked many times of one text ("Nothing" opens a sentence: does the
// article print "nothing" elsewhere?).
//
// A word here is a maximal run of word bytes: ASCII letters and digits and
// every byte of a multi-byte UTF-8 character; anything else separates
// words. "nothing-burger" holds the word "nothing", "nothing's" too.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qt::text {

class LowerCaseWords {
 public:
  // `text` must outlive this object.
  explicit LowerCaseWords(std::string_view text) : text_(text) {}

  // True when `word` stands in the text as a whole word: bounded by the
  // text's ends or by bytes that are no word bytes. Each word is searched
  // for once; an article asks about the same few names again and again.
  bool Contains(std::string_view word) const;

  // The same answer, found by searching the text.
  static bool Search(std::string_view text, std::string_view word);

 private:
  std::string_view text_;
  mutable std::vector<std::pair<std::string, bool>> answers_;
};

}  // namespace qt::text
