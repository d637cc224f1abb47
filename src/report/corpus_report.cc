#include "report/corpus_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "match/role_index.h"
#include "store/article_store.h"
#include "store/quote_store.h"

namespace qt::report {

Status PrintCorpusReport(store::Database& db, std::ostream& out) {
  std::unique_ptr<store::ArticleStore> articles;
  if (Status s = store::ArticleStore::Open(&db, &articles); !s.ok()) return s;
  store::CorpusStats stats;
  if (Status s = articles->Stats(&stats); !s.ok()) return s;

  out << fmt::format("{}: {} articles", db.path(), stats.articles);
  if (stats.revisions > stats.articles) {
    out << fmt::format(" ({} revisions)", stats.revisions);
  }
  out << fmt::format(", {} outlets", stats.outlets.size());
  if (stats.dated > 0) out << fmt::format(", dated {} to {}", stats.first_date, stats.last_date);
  out << fmt::format(" ({} undated)\n\n", stats.articles - stats.dated);

  out << fmt::format("{:<28} {:>8}  {:<10}  {:<10}\n", "outlet", "articles", "first", "last");
  for (const store::OutletCount& o : stats.outlets) {
    out << fmt::format("{:<28} {:>8}  {:<10}  {:<10}\n",
                       o.outlet.empty() ? "(unknown outlet)" : o.outlet, o.articles,
                       o.first_date.substr(0, 10), o.last_date.substr(0, 10));
  }

  std::unique_ptr<store::QuoteStore> quotes;
  if (Status s = store::QuoteStore::Open(&db, &quotes); !s.ok()) return s;
  store::QuoteStats q;
  if (Status s = quotes->Stats(10, &q); !s.ok()) return s;
  out << fmt::format(
      "\n{} quotations: {} direct, {} partial ({} with a speaker); {} scare quotes, {} titles\n\n",
      q.quotes, q.direct, q.partial, q.attributed, q.scare, q.title);
  // Speakers known only by a role ("the Quillon chief") count for the name
  // the corpus gives that role, as `quotes` prints them.
  match::RoleIndex roles;
  if (Status s = quotes->ForEachRole([&](const std::string& role, const std::string& speaker,
                                         int64_t n) { roles.Add(role, speaker, n); });
      !s.ok()) {
    return s;
  }
  std::vector<store::SpeakerCount> speakers;
  for (store::SpeakerCount sc : q.speakers) {
    if (std::string name = roles.NameFor(sc.speaker); !name.empty()) sc.speaker = name;
    auto same = std::find_if(speakers.begin(), speakers.end(),
                             [&](const store::SpeakerCount& other) { return other.speaker == sc.speaker; });
    if (same == speakers.end()) {
      speakers.push_back(sc);
    } else {
      same->quotes += sc.quotes;
      same->articles = std::max(same->articles, sc.articles);  // a lower bound: articles may overlap
    }
  }
  std::stable_sort(speakers.begin(), speakers.end(),
                   [](const auto& a, const auto& b) { return a.quotes > b.quotes; });
  if (!speakers.empty()) {
    out << fmt::format("{:<28} {:>8}  {:>8}\n", "most quoted", "quotes", "articles");
    for (const store::SpeakerCount& sc : speakers) {
      out << fmt::format("{:<28} {:>8}  {:>8}\n", sc.speaker, sc.quotes, sc.articles);
    }
  }
  return Status::Ok();
}

}  // namespace qt::report
