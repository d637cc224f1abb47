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

  // Whether `word` stands in the text as a whole word inside a sentence:
  // after a letter, a digit or a comma (spaces between), so not where a
  // sentence or a paragraph opens. "said Bush" and "Jeb Bush" print "Bush"
  // inside one; "Bush said", opening it, does not. Kept as Contains's are.
  bool ContainsInsideSentence(std::string_view word) const;

  // The same answers, searched for every time.
  static bool Search(std::string_view text, std::string_view word);
  static bool SearchInsideSentence(std::string_view text, std::string_view word);

 private:
  struct Answer {
    std::string word;
    bool inside_sentence;  // the question asked
    bool answer;
  };
  bool Ask(std::string_view word, bool inside_sentence) const;

  std::string_view text_;
  mutable std::vector<Answer> answers_;
};

}  // namespace qt::text
