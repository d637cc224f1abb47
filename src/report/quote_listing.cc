#include "report/quote_listing.h"

#include <map>
#include <memory>
#include <set>
#include <unordered_set>
#include <utility>

#include "match/chain.h"
#include "match/name_variants.h"
#include "match/phrase_search.h"
#include "report/quote_output.h"
#include "store/quote_store.h"

namespace qt::report {

Status LoadRoleIndex(store::Database& db, match::RoleIndex* roles) {
  std::unique_ptr<store::QuoteStore> quotes;
  if (Status s = store::QuoteStore::Open(&db, &quotes); !s.ok()) return s;
  return quotes->ForEachRole([&](const std::string& role, const std::string& speaker, int64_t n) {
    roles->Add(role, speaker, n);
  });
}

namespace {

// The speakers the search index looks for: the name asked for, the
// descriptions the corpus gives that name (match/role_index.h: "the Quillon
// chief" is printed as Ravi Mendes), and the filter's other spellings.
std::vector<std::vector<std::string>> SpeakersSought(const QuoteFilter& filter,
                                                     const match::RoleIndex& roles) {
  std::vector<std::vector<std::string>> speakers;
  const std::vector<std::string>& asked = filter.speaker_words();
  if (asked.empty()) return speakers;
  speakers.push_back(asked);
  roles.ForEachNamed([&](const std::string& description, const std::string& name) {
    if (match::ContainsPhrase(match::SearchWords(name), asked)) {
      speakers.push_back(match::SearchWords(description));
    }
  });
  for (const std::string& s : filter.spellings()) speakers.push_back(match::SearchWords(s));
  return speakers;
}

// The speaker of a stored quotation as listings and `speakers` name it.
std::string SpeakerOf(const quotes::Quote& q, const match::RoleIndex& roles) {
  std::string name = roles.NameFor(q.speaker);  // "the Quillon chief"
  return name.empty() ? q.speaker : name;
}

// Every current quotation of the articles the index finds for `query`
// (all of them when it cannot narrow the search).
Status ForEachFound(store::QuoteStore& quotes, const std::string& query,
                    const std::function<bool(const quotes::Quote&)>& fn) {
  std::vector<int64_t> seqs;
  bool narrowed = false;
  if (Status s = quotes.search().ArticlesFor(query, &seqs, &narrowed); !s.ok()) return s;
  return narrowed ? quotes.ForEachCurrentOf(seqs, fn) : quotes.ForEachCurrent({}, fn);
}

// The other spellings of the people whose names hold the speaker asked for,
// as `speakers` joins them (match/name_variants.h): "Trump" and "Donald J.
// Trump" for "Donald Trump". Each such spelling ends in the surname of a
// name asked for, so the quotations of the speakers with those surnames
// are all the join needs to read.
Status OtherSpellings(store::QuoteStore& quotes, const match::RoleIndex& roles,
                      const QuoteFilter& filter, std::unordered_set<std::string>* spellings) {
  const auto spoken = [](const quotes::Quote& q) {
    return !q.speaker.empty() && (q.kind == "direct" || q.kind == "partial");
  };
  std::set<std::string> asked;            // the names that hold the words asked for
  std::map<std::string, int64_t> counts;  // of every speaker read
  const auto tally = [&](const quotes::Quote& q) {
    if (spoken(q)) ++counts[SpeakerOf(q, roles)];
    return true;
  };
  Status s = ForEachFound(quotes, match::IndexQuery({}, SpeakersSought(filter, roles)), tally);
  if (!s.ok()) return s;
  for (const auto& [name, n] : counts) {
    if (match::ContainsPhrase(match::SearchWords(name), filter.speaker_words())) asked.insert(name);
  }
  std::set<std::string> surnames;
  for (const std::string& name : asked) {
    if (std::string surname = match::SurnameOf(name); !surname.empty()) surnames.insert(surname);
  }
  if (surnames.empty()) return s;
  // A surname alone was asked for ("reyes"): its speakers are read already.
  const std::vector<std::string>& words = filter.speaker_words();
  if (words.size() != 1 || surnames.size() != 1 || *surnames.begin() != words[0]) {
    std::vector<std::vector<std::string>> by_surname;
    for (const std::string& surname : surnames) by_surname.push_back({surname});
    counts.clear();
    s = ForEachFound(quotes, match::IndexQuery({}, by_surname), tally);
    if (!s.ok()) return s;
  }
  std::erase_if(counts, [&](const auto& c) { return !surnames.count(match::SurnameOf(c.first)); });
  const auto joins = match::JoinNameVariants(
      std::vector<std::pair<std::string, int64_t>>(counts.begin(), counts.end()));
  std::set<std::string> people;
  for (const std::string& name : asked) {
    const auto it = joins.find(name);
    people.insert(it == joins.end() ? name : it->second);
  }
  spellings->insert(people.begin(), people.end());
  for (const auto& [spelling, person] : joins) {
    if (people.count(person)) spellings->insert(spelling);
  }
  return Status::Ok();
}

}  // namespace

Status ForEachListedQuote(store::Database& db, const match::RoleIndex& roles,
                          const QuoteFilter& asked, const ListedQuoteFn& fn) {
  std::unique_ptr<store::QuoteStore> quotes;
  Status s = store::QuoteStore::Open(&db, &quotes);
  if (!s.ok()) return s;
  QuoteFilter filter = asked;
  if (!filter.speaker_words().empty() && filter.spellings().empty()) {
    std::unordered_set<std::string> spellings;
    if (s = OtherSpellings(*quotes, roles, filter, &spellings); !s.ok()) return s;
    filter.AcceptSpellings(std::move(spellings));
  }
  // An article's quotations are buffered: a nested quote's chain runs
  // through the quotes around it.
  std::vector<quotes::Quote> article;
  bool more = true;
  const auto flush = [&] {
    ShareRolesWithinArticle(&article);
    for (const quotes::Quote& q : article) {
      if (more && filter.Passes(q)) more = fn(q, match::ChainOf(q, article, q.outlet));
    }
    article.clear();
  };
  const auto add = [&](const quotes::Quote& stored) {
    if (!article.empty() && article.front().doc != stored.doc) flush();
    if (!more) return false;
    quotes::Quote q = stored;
    if (std::string name = SpeakerOf(q, roles); name != q.speaker) {  // "the Quillon chief"
      if (q.role.empty()) q.role = q.speaker;
      q.speaker = std::move(name);
    }
    article.push_back(std::move(q));
    return true;
  };
  std::vector<int64_t> seqs;
  bool narrowed = false;
  if (filter.conditions().docs.empty()) {
    s = quotes->search().ArticlesFor(
        match::IndexQuery(filter.says_words(), SpeakersSought(filter, roles)), &seqs, &narrowed);
    if (!s.ok()) return s;
  }
  s = narrowed ? quotes->ForEachCurrentOf(seqs, add)
               : quotes->ForEachCurrent(filter.conditions().docs, add);
  if (more) flush();
  return s;
}

}  // namespace qt::report
