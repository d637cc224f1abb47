#include "match/phrase_search.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <utility>

#include "match/quote_words.h"
#include "text/utf8.h"

namespace qt::match {
namespace {

// OwnWords lower-cases ASCII only (its words are stored, and clusters are
// keyed by them); a search folds the rest too.
std::string Folded(std::string word) {
  if (std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; })) return word;
  std::string out;
  for (size_t i = 0; i < word.size();) {
    const char32_t c = text::DecodeUtf8(word, &i);
    text::AppendUtf8(
        static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)), &out);
  }
  return out;
}

// Whether `printed`, a word with stars, can hide `asked`: the letters shown
// before the first star and after the last begin and end it ("b*****" and
// "b***s" hide "badass", "z**oed" does not hide "zzzqqq"), and, when the two
// are as long, each letter shown stands where it stands in `asked`.
bool CanHide(std::string_view printed, std::string_view asked) {
  const size_t first = printed.find('*'), last = printed.rfind('*');
  const std::string_view head = printed.substr(0, first), tail = printed.substr(last + 1);
  if (!asked.starts_with(head) || !asked.ends_with(tail) ||
      asked.size() < head.size() + tail.size()) {
    return false;
  }
  if (printed.size() != asked.size()) return true;
  for (size_t i = first; i < last; ++i) {
    if (printed[i] != '*' && printed[i] != asked[i]) return false;
  }
  return true;
}

bool SameWord(const std::string& printed, const std::string& asked) {
  if (printed == asked) return true;
  return IsCensored(printed) && !IsCensored(asked) && CanHide(printed, asked);
}

// Bytes the `ascii` tokenizer reads as part of a token.
bool TokenByte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

// A word as one index term: its token bytes ("don't" → "dont").
std::string Term(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (TokenByte(c)) out += c;
  }
  return out;
}

constexpr std::string_view kMarker = "qtstar";

// The marker of the words starting as `word` does: kMarker and its first
// character, or kMarker alone when that is not a token character.
std::string MarkerOf(std::string_view word) {
  std::string out(kMarker);
  if (word.empty() || !TokenByte(word[0])) return out;
  size_t end = 0;
  text::DecodeUtf8(word, &end);
  out.append(word.substr(0, end));
  return out;
}

// The query's part for one phrase: each word as itself or a marker that
// could hide it, all of them; "" when no word can be looked up. Each term
// is quoted: it holds token bytes only, never a quote mark.
std::string PhraseQuery(const std::vector<std::string>& phrase, std::string_view prefix) {
  std::string out;
  for (const std::string& w : phrase) {
    std::vector<std::string> any;  // the terms an indexed printing of w can have
    if (IsCensored(w)) {
      any.push_back(MarkerOf(w));
    } else {
      std::string term = Term(w);
      if (term.empty()) continue;  // not indexed: the index cannot look for it
      any.push_back(std::move(term));
      any.push_back(MarkerOf(w));
      if (any.back() != kMarker) any.emplace_back(kMarker);
    }
    if (!out.empty()) out += " AND ";
    out += '(';
    for (size_t i = 0; i < any.size(); ++i) {
      out.append(i ? " OR \"" : "\"").append(prefix).append(any[i]) += '"';
    }
    out += ')';
  }
  return out;
}

}  // namespace

std::vector<std::string> SearchWords(std::string_view text) {
  std::vector<std::string> words = OwnWords(text, 0, text.size(), {});
  for (std::string& w : words) w = Folded(std::move(w));
  return words;
}

bool ContainsPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase) {
  if (phrase.empty()) return true;
  for (size_t i = 0; i + phrase.size() <= words.size(); ++i) {
    size_t k = 0;
    while (k < phrase.size() && SameWord(words[i + k], phrase[k])) ++k;
    if (k == phrase.size()) return true;
  }
  return false;
}

std::vector<std::string> IndexTerms(const std::vector<std::string>& words,
                                    std::string_view prefix) {
  std::vector<std::string> out;
  for (const std::string& w : words) {
    std::string term = IsCensored(w) ? MarkerOf(w) : Term(w);
    if (!term.empty()) out.push_back(std::string(prefix) + term);
  }
  return out;
}

std::string IndexQuery(const std::vector<std::string>& says,
                       const std::vector<std::vector<std::string>>& speakers) {
  std::string out = PhraseQuery(says, "");
  std::string any_speaker;
  for (const std::vector<std::string>& speaker : speakers) {
    const std::string query = PhraseQuery(speaker, kSpeakerTerm);
    if (query.empty()) return out;  // a speaker the index cannot look for
    any_speaker.append(any_speaker.empty() ? "(" : " OR (").append(query) += ')';
  }
  if (any_speaker.empty()) return out;
  return out.empty() ? any_speaker : out + " AND (" + any_speaker + ')';
}

}  // namespace qt::match
