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

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace qt::text {

class WholeWords {
 public:
  // `text` must outlive this object.
  explicit WholeWords(std::string_view text) : text_(text) {}

  // Whether `word` stands in the text as a whole word. Each word is
  // searched for once and its answer kept: an article asks about the same
  // few names again and again. A text of kIndexedBytes or more is read once
  // instead, into an index of its words, on the first question: a search
  // per word grows with the text, and so does the number of words asked
  // about, which made a transcript of megabytes take seconds (both
  // answer alike). Not thread-safe.
  bool Contains(std::string_view word) const;

  // Whether `word` stands in the text as a whole word inside a sentence:
  // after a letter, a digit or a comma (spaces between), so not where a
  // sentence or a paragraph opens. "said Bush" and "Jeb Bush" print "Bush"
  // inside one; "Bush said", opening it, does not. Kept as Contains's are.
  bool ContainsInsideSentence(std::string_view word) const;

  // The same answers, searched for every time.
  static bool Search(std::string_view text, std::string_view word);
  static bool SearchInsideSentence(std::string_view text, std::string_view word);

  // Articles of news are a few kilobytes (PolNeAR's longest: 34 KB), where
  // searching is cheaper than indexing every word (docs/journal/performance.md,
  // twelfth session).
  static constexpr size_t kIndexedBytes = 64 * 1024;

 private:
  struct Answer {
    std::string word;
    bool inside_sentence;  // the question asked
    bool answer;
  };
  bool Ask(std::string_view word, bool inside_sentence) const;
  // The index's answer; nullopt for a question it cannot answer (a word
  // with spaces or punctuation in it, which is searched for).
  std::optional<bool> Indexed(std::string_view word, bool inside_sentence) const;

  std::string_view text_;
  mutable std::vector<Answer> answers_;
  // Of a long text: each whole word, and whether one of its printings
  // stands inside a sentence.
  mutable std::optional<std::unordered_map<std::string_view, bool>> index_;
};

}  // namespace qt::text
