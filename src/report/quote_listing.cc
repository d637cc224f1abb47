#include "report/quote_listing.h"

#include <memory>
#include <utility>

#include "match/chain.h"
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

// What the search index looks for: the words asked for, and a speaker's
// name either as printed or as the description the corpus gives that name
// (match/role_index.h: "the Quillon chief" is printed as Ravi Mendes).
std::string IndexQueryOf(const QuoteFilter& filter, const match::RoleIndex& roles) {
  std::vector<std::vector<std::string>> speakers;
  if (const std::vector<std::string>& asked = filter.speaker_words(); !asked.empty()) {
    speakers.push_back(asked);
    roles.ForEachNamed([&](const std::string& description, const std::string& name) {
      if (match::ContainsPhrase(match::SearchWords(name), asked)) {
        speakers.push_back(match::SearchWords(description));
      }
    });
  }
  return match::IndexQuery(filter.says_words(), speakers);
}

}  // namespace

Status ForEachListedQuote(store::Database& db, const match::RoleIndex& roles,
                          const QuoteFilter& filter, const ListedQuoteFn& fn) {
  std::unique_ptr<store::QuoteStore> quotes;
  Status s = store::QuoteStore::Open(&db, &quotes);
  if (!s.ok()) return s;
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
    if (std::string name = roles.NameFor(q.speaker); !name.empty()) {  // "the Quillon chief"
      if (q.role.empty()) q.role = q.speaker;
      q.speaker = std::move(name);
    }
    article.push_back(std::move(q));
    return true;
  };
  std::vector<int64_t> seqs;
  bool narrowed = false;
  if (filter.conditions().docs.empty()) {
    s = quotes->search().ArticlesFor(IndexQueryOf(filter, roles), &seqs, &narrowed);
    if (!s.ok()) return s;
  }
  s = narrowed ? quotes->ForEachCurrentOf(seqs, add)
               : quotes->ForEachCurrent(filter.conditions().docs, add);
  if (more) flush();
  return s;
}

}  // namespace qt::report
