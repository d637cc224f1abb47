#include "report/corpus_report.h"

#include <fmt/format.h>

#include <memory>

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
  if (!q.speakers.empty()) {
    out << fmt::format("{:<28} {:>8}  {:>8}\n", "most quoted", "quotes", "articles");
    for (const store::SpeakerCount& sc : q.speakers) {
      out << fmt::format("{:<28} {:>8}  {:>8}\n", sc.speaker, sc.quotes, sc.articles);
    }
  }
  return Status::Ok();
}

}  // namespace qt::report
