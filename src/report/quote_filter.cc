#include "report/quote_filter.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "ingest/date_parser.h"
#include "match/phrase_search.h"
#include "text/utf8.h"

namespace qt::report {

QuoteFilter::QuoteFilter(Conditions conditions)
    : conditions_(std::move(conditions)),
      speaker_words_(match::SearchWords(conditions_.speaker)),
      says_words_(match::SearchWords(conditions_.says)),
      outlet_words_(match::SearchWords(conditions_.outlet)) {
  std::sort(conditions_.docs.begin(), conditions_.docs.end());
}

bool QuoteFilter::Passes(const quotes::Quote& q) const {
  const Conditions& c = conditions_;
  if (!c.docs.empty() && !std::binary_search(c.docs.begin(), c.docs.end(), q.doc)) return false;
  if (c.cluster != 0 && q.cluster != c.cluster) return false;
  if (!c.kinds.empty() && std::find(c.kinds.begin(), c.kinds.end(), q.kind) == c.kinds.end()) {
    return false;
  }
  if (!c.speaker.empty() && !spellings_.count(q.speaker) &&
      (q.speaker.empty() ||
       !match::ContainsPhrase(match::SearchWords(q.speaker), speaker_words_))) {
    return false;
  }
  if (!c.outlet.empty() && !match::ContainsPhrase(match::SearchWords(q.outlet), outlet_words_)) {
    return false;
  }
  if (!c.since.empty() || !c.until.empty()) {
    const std::string day = q.date.substr(0, 10);  // ISO dates compare as strings
    if (day.empty() || (!c.since.empty() && day < c.since) || (!c.until.empty() && day > c.until)) {
      return false;
    }
  }
  return c.says.empty() || match::ContainsPhrase(match::SearchWords(q.text), says_words_);
}

Status CheckPhrase(std::string_view prefix, std::string_view name, const std::string& phrase) {
  // The words are read as UTF-8 (match::SearchWords): a terminal or a URL
  // may give anything.
  if (!text::IsValidUtf8(phrase)) {
    return Status::Error(std::string(prefix) + std::string(name) + " is not UTF-8 text");
  }
  if (phrase.empty() || !match::SearchWords(phrase).empty()) return Status::Ok();
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
