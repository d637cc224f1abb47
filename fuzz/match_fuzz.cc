// Fuzz target: what the match stage promises about any two texts.
//
// The input, made valid UTF-8 as the ingest makes every text, is split at
// the first form feed ('\f') into a quotation (or an article) and a second
// text: a query, a variant, another article. Beyond not crashing:
//   * phrase search: every run of a quotation's own words is found in it,
//     and the full-text index finds the quotation for every phrase that
//     ContainsPhrase finds in it, as its words and as its speaker's name
//     (match/phrase_search.h: the index may find more, never less);
//   * word differences: a text differs from itself in nothing, and the
//     marked-up difference of two texts is valid UTF-8;
//   * dates: a date read from any text is in one of the three forms
//     ParseDate writes, a real calendar day, and reads back as itself;
//   * shared passages: byte spans inside both texts, on word boundaries,
//     in the first text's order and never overlapping there.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/fuzz_util.h"
#include "ingest/date_parser.h"
#include "match/passage_aligner.h"
#include "match/phrase_search.h"
#include "match/text_shingles.h"
#include "match/word_diff.h"
#include "store/database.h"
#include "text/utf8.h"

namespace {

using qt::match::SearchWords;

// Whether the index of a quotation holding `words`, said by a speaker
// whose name's words are also `words`, is found by `query`.
bool IndexFinds(const std::vector<std::string>& words, const std::string& query) {
  static std::unique_ptr<qt::store::Database> db = [] {
    std::unique_ptr<qt::store::Database> d;
    FUZZ_CHECK(qt::store::Database::Open(":memory:", &d).ok());
    return d;
  }();
  FUZZ_CHECK(db->Exec("INSERT INTO quote_search (quote_search) VALUES ('delete-all')").ok());
  std::string terms;
  for (const std::string_view prefix : {std::string_view(), qt::match::kSpeakerTerm}) {
    for (const std::string& t : qt::match::IndexTerms(words, prefix)) {
      terms.append(terms.empty() ? "" : " ").append(t);
    }
  }
  qt::store::Statement insert, match;
  FUZZ_CHECK(insert.Prepare(*db, "INSERT INTO quote_search (rowid, terms) VALUES (1, ?1)").ok());
  insert.Bind(1, terms);
  FUZZ_CHECK(insert.Run().ok());
  FUZZ_CHECK(match.Prepare(*db, "SELECT rowid FROM quote_search WHERE quote_search MATCH ?1").ok());
  match.Bind(1, query);
  const bool found = match.Step();
  FUZZ_CHECK(match.status().ok());
  return found;
}

void CheckPhraseSearch(std::string_view quotation, std::string_view query, size_t pick) {
  const std::vector<std::string> words = SearchWords(quotation);
  if (!words.empty()) {
    const size_t begin = pick % words.size();
    const size_t end = begin + 1 + (pick / 7) % (words.size() - begin);
    const std::vector<std::string> run(words.begin() + begin, words.begin() + end);
    FUZZ_CHECK(qt::match::ContainsPhrase(words, run));
  }
  const std::vector<std::string> phrase = SearchWords(query);
  if (phrase.empty() || !qt::match::ContainsPhrase(words, phrase)) return;
  for (const std::string& q :
       {qt::match::IndexQuery(phrase), qt::match::IndexQuery({}, {phrase})}) {
    FUZZ_CHECK(q.empty() || IndexFinds(words, q));
  }
}

void CheckWordDiff(std::string_view a, std::string_view b) {
  FUZZ_CHECK(qt::match::WordDiff(a, a).empty());
  FUZZ_CHECK(qt::text::IsValidUtf8(qt::match::WordDiff(a, b)));
}

bool Digits(std::string_view s, size_t at, size_t n) {
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

void CheckDate(std::string_view text) {
  const std::optional<std::string> date = qt::ingest::ParseDate(text);
  if (!date) return;
  const std::string& d = *date;
  FUZZ_CHECK(d.size() == 10 || d.size() == 19 || (d.size() == 20 && d[19] == 'Z'));
  FUZZ_CHECK(Digits(d, 0, 4) && d[4] == '-' && Digits(d, 5, 2) && d[7] == '-' && Digits(d, 8, 2));
  const int year = std::stoi(d.substr(0, 4)), month = std::stoi(d.substr(5, 2)),
            day = std::stoi(d.substr(8, 2));
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  FUZZ_CHECK(month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1]);
  if (d.size() > 10) {
    FUZZ_CHECK(d[10] == 'T' && Digits(d, 11, 2) && d[13] == ':' && Digits(d, 14, 2) &&
               d[16] == ':' && Digits(d, 17, 2));
    FUZZ_CHECK(std::stoi(d.substr(11, 2)) < 24 && std::stoi(d.substr(14, 2)) < 60 &&
               std::stoi(d.substr(17, 2)) < 61);
  }
  FUZZ_CHECK(qt::ingest::ParseDate(d) == date);
}

bool StartsWord(const std::vector<qt::match::HashedWord>& words, uint32_t at) {
  for (const auto& w : words) {
    if (w.start == at) return true;
  }
  return false;
}

bool EndsWord(const std::vector<qt::match::HashedWord>& words, uint32_t at) {
  for (const auto& w : words) {
    if (w.end == at) return true;
  }
  return false;
}

void CheckPassages(std::string_view a_text, std::string_view b_text) {
  const qt::match::ShingledText a = qt::match::Shingle(a_text, 3),
                                b = qt::match::Shingle(b_text, 3);
  for (const qt::match::PassageOptions& options :
       {qt::match::PassageOptions{}, qt::match::PassageOptions{.min_words = 4}}) {
    uint32_t last_end = 0;
    for (const qt::match::SharedPassage& p : qt::match::AlignPassages(a, b, options)) {
      FUZZ_CHECK(p.a_start < p.a_end && p.a_end <= a_text.size());
      FUZZ_CHECK(p.b_start < p.b_end && p.b_end <= b_text.size());
      FUZZ_CHECK(p.a_start >= last_end);
      last_end = p.a_end;
      FUZZ_CHECK(StartsWord(a.words, p.a_start) && EndsWord(a.words, p.a_end));
      FUZZ_CHECK(StartsWord(b.words, p.b_start) && EndsWord(b.words, p.b_end));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  qt::text::RepairUtf8(&input);
  const size_t split = std::min(input.find('\f'), input.size());
  const std::string_view first = std::string_view(input).substr(0, split);
  const std::string_view second = std::string_view(input).substr(std::min(split + 1, input.size()));
  size_t pick = 0;  // which run of the quotation's words to look for
  for (size_t i = 0; i < size; ++i) pick = pick * 31 + data[i];
  CheckPhraseSearch(first, second, pick);
  CheckWordDiff(first, second);
  CheckDate(first);
  CheckPassages(first, second);
  return 0;
}
