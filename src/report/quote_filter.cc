#include "report/quote_filter.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "ingest/date_parser.h"
#include "match/quote_words.h"
#include "text/utf8.h"

namespace qt::report {
namespace {

// OwnWords lower-cases ASCII only (its words are stored, and clusters are
// keyed by them); a search folds the rest too.
std::string Folded(const std::string& word) {
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
  return match::IsCensored(printed) && !match::IsCensored(asked) && CanHide(printed, asked);
}

}  // namespace

std::vector<std::string> SearchWords(const std::string& text) {
  std::vector<std::string> words = match::OwnWords(text, 0, text.size(), {});
  for (std::string& w : words) w = Folded(w);
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

QuoteFilter::QuoteFilter(Conditions conditions)
    : conditions_(std::move(conditions)),
      speaker_words_(SearchWords(conditions_.speaker)),
      says_words_(SearchWords(conditions_.says)),
      outlet_words_(SearchWords(conditions_.outlet)) {
  std::sort(conditions_.docs.begin(), conditions_.docs.end());
}

bool QuoteFilter::Passes(const quotes::Quote& q) const {
  const Conditions& c = conditions_;
  if (!c.docs.empty() && !std::binary_search(c.docs.begin(), c.docs.end(), q.doc)) return false;
  if (c.cluster != 0 && q.cluster != c.cluster) return false;
  if (!c.kinds.empty() && std::find(c.kinds.begin(), c.kinds.end(), q.kind) == c.kinds.end()) {
    return false;
  }
  if (!c.speaker.empty() &&
      (q.speaker.empty() || !ContainsPhrase(SearchWords(q.speaker), speaker_words_))) {
    return false;
  }
  if (!c.outlet.empty() && !ContainsPhrase(SearchWords(q.outlet), outlet_words_)) return false;
  if (!c.since.empty() || !c.until.empty()) {
    const std::string day = q.date.substr(0, 10);  // ISO dates compare as strings
    if (day.empty() || (!c.since.empty() && day < c.since) || (!c.until.empty() && day > c.until)) {
      return false;
    }
  }
  return c.says.empty() || ContainsPhrase(SearchWords(q.text), says_words_);
}

Status CheckPhrase(std::string_view prefix, std::string_view name, const std::string& phrase) {
  if (phrase.empty() || !SearchWords(phrase).empty()) return Status::Ok();
  return Status::Error(std::string(prefix) + std::string(name) + " \"" + phrase +
                       "\" has no words to look for");
}

Status DayOf(std::string_view prefix, std::string_view name, const std::string& value,
             std::string* day) {
  if (value.empty()) {
    day->clear();
    return Status::Ok();
  }
  const std::optional<std::string> parsed = ingest::ParseDate(value);
  if (!parsed) {
    return Status::Error(std::string(prefix) + std::string(name) + " \"" + value +
                         "\" is not a date");
  }
  *day = parsed->substr(0, 10);
  return Status::Ok();
}

Status MakeFilter(QuoteFilter::Conditions typed, std::string_view prefix,
                  std::unique_ptr<QuoteFilter>* filter) {
  for (const auto& [name, phrase] :
       {std::pair<const char*, const std::string&>{"speaker", typed.speaker},
        {"says", typed.says},
        {"outlet", typed.outlet}}) {
    if (Status s = CheckPhrase(prefix, name, phrase); !s.ok()) return s;
  }
  if (Status s = DayOf(prefix, "since", typed.since, &typed.since); !s.ok()) return s;
  if (Status s = DayOf(prefix, "until", typed.until, &typed.until); !s.ok()) return s;
  *filter = std::make_unique<QuoteFilter>(std::move(typed));
  return Status::Ok();
}

}  // namespace qt::report
