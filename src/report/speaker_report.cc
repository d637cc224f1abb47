#include "report/speaker_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "match/name_variants.h"
#include "match/phrase_search.h"
#include "match/role_index.h"
#include "report/csv_row.h"
#include "report/display_text.h"
#include "report/json_line.h"
#include "report/quote_filter.h"
#include "report/quote_listing.h"
#include "store/quote_store.h"
#include "text/char_class.h"

namespace qt::report {
namespace {

struct Tally {
  size_t quotes = 0;
  std::unordered_set<int64_t> articles;
  std::map<std::string, size_t> outlets, roles;
  std::map<std::string, size_t> spellings;  // of a person whose spellings joined, else none
  std::unordered_map<std::string, std::string> role_spelling;  // lower-cased → as first printed
  std::string first, last;

  void AddRole(const std::string& role, size_t n) {  // "Mayor" and "mayor" are one role
    roles[role_spelling.emplace(text::AsciiLower(role), role).first->second] += n;
  }
  void AddDate(const std::string& date) {
    if (!date.empty() && (first.empty() || date < first)) first = date;
    if (!date.empty() && date > last) last = date;
  }
  void Merge(Tally&& other) {
    quotes += other.quotes;
    articles.merge(other.articles);
    for (const auto& [outlet, n] : other.outlets) outlets[outlet] += n;
    for (const auto& [role, n] : other.roles) AddRole(role, n);
    for (const auto& [spelling, n] : other.spellings) spellings[spelling] += n;
    AddDate(other.first);
    AddDate(other.last);
  }
};

// Joins the tallies of one person's spellings ("Trump", "Donald J. Trump")
// into the person's own (match/name_variants.h), listing the spellings.
void JoinSpellings(std::unordered_map<std::string, Tally>* tallies) {
  std::vector<std::pair<std::string, int64_t>> counts;
  for (const auto& [speaker, t] : *tallies) counts.emplace_back(speaker, t.quotes);
  for (const auto& [spelling, person] : match::JoinNameVariants(counts)) {
    const auto from = tallies->find(spelling);
    Tally& into = tallies->at(person);
    if (into.spellings.empty()) into.spellings[person] = into.quotes;
    into.spellings[spelling] = from->second.quotes;
    into.Merge(std::move(from->second));
    tallies->erase(from);
  }
}

// Most first; ties in name order.
std::vector<std::pair<std::string, size_t>> MostFirst(const std::map<std::string, size_t>& counts) {
  std::vector<std::pair<std::string, size_t>> out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

nlohmann::ordered_json Counts(const std::vector<std::pair<std::string, size_t>>& counts,
                              const char* name) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& [key, n] : counts) out.push_back({{name, key}, {"quotes", n}});
  return out;
}

}  // namespace

Status SpeakerSummaries(store::Database& db, const std::string& outlet, size_t top,
                        std::vector<SpeakerSummary>* speakers) {
  speakers->clear();
  std::unique_ptr<store::QuoteStore> quotes;
  if (Status s = store::QuoteStore::Open(&db, &quotes); !s.ok()) return s;
  match::RoleIndex roles;
  if (Status s = LoadRoleIndex(db, &roles); !s.ok()) return s;
  const std::vector<std::string> outlet_words = match::SearchWords(outlet);
  std::unordered_map<std::string, Tally> tallies;
  Status s = quotes->ForEachAttributed([&](const store::QuoteStore::Attributed& q) {
    if (!outlet_words.empty() &&
        !match::ContainsPhrase(match::SearchWords(q.outlet), outlet_words)) {
      return;
    }
    std::string speaker = q.speaker, role = q.role;
    if (std::string name = roles.NameFor(speaker); !name.empty()) {  // "the Quillon chief"
      if (role.empty()) role = speaker;
      speaker = std::move(name);
    }
    Tally& t = tallies[speaker];
    ++t.quotes;
    t.articles.insert(q.article_seq);
    ++t.outlets[q.outlet.empty() ? "(unknown outlet)" : q.outlet];
    if (!role.empty()) t.AddRole(role, 1);
    t.AddDate(q.date);
  });
  if (!s.ok()) return s;
  JoinSpellings(&tallies);
  for (auto& [speaker, t] : tallies) {
    speakers->push_back({speaker, t.quotes, t.articles.size(), MostFirst(t.outlets),
                         MostFirst(t.roles), t.first, t.last, MostFirst(t.spellings)});
  }
  std::sort(speakers->begin(), speakers->end(), [](const auto& a, const auto& b) {
    if (a.quotes != b.quotes) return a.quotes > b.quotes;
    if (a.articles != b.articles) return a.articles > b.articles;
    return a.speaker < b.speaker;
  });
  if (top > 0 && speakers->size() > top) speakers->resize(top);
  return Status::Ok();
}

nlohmann::ordered_json SpeakerJson(const SpeakerSummary& s) {
  nlohmann::ordered_json j;
  j["speaker"] = s.speaker;
  j["quotes"] = s.quotes;
  j["articles"] = s.articles;
  j["outlets"] = Counts(s.outlets, "outlet");
  j["roles"] = Counts(s.roles, "role");
  j["first"] = OrNull(s.first);
  j["last"] = OrNull(s.last);
  j["printed_as"] = Counts(s.printed_as, "name");
  return j;
}

void WriteSpeakerTable(const std::vector<SpeakerSummary>& speakers, std::ostream& out) {
  out << fmt::format("{:<30} {:>7} {:>8} {:>7}  {:<10}  {:<10}  {}\n", "speaker", "quotes",
                     "articles", "outlets", "first", "last", "role");
  for (const SpeakerSummary& s : speakers) {
    out << fmt::format("{:<30} {:>7} {:>8} {:>7}  {:<10}  {:<10}  {}\n", Shorten(s.speaker, 30),
                       s.quotes, s.articles, s.outlets.size(), DayOrUndated(s.first),
                       DayOrUndated(s.last),
                       s.roles.empty() ? "" : Shorten(s.roles.front().first, 40));
  }
}

void WriteSpeakerCsv(const std::vector<SpeakerSummary>& speakers, std::ostream& out) {
  const auto listed = [](const std::vector<std::pair<std::string, size_t>>& counts) {
    std::string list;
    for (const auto& [name, n] : counts) {
      list += (list.empty() ? "" : "; ") + name + " " + std::to_string(n);
    }
    return list;
  };
  WriteCsvRow({"speaker", "quotes", "articles", "outlets", "roles", "first", "last", "printed_as"},
              out);
  for (const SpeakerSummary& s : speakers) {
    WriteCsvRow({s.speaker, std::to_string(s.quotes), std::to_string(s.articles), listed(s.outlets),
                 listed(s.roles), s.first, s.last, listed(s.printed_as)},
                out);
  }
}

}  // namespace qt::report
