#include "store/search_index.h"

#include "match/phrase_search.h"

namespace qt::store {
namespace {

Status SetThrough(Database& db, int64_t qid) {
  Statement set;
  if (Status s = set.Prepare(db, "UPDATE quote_search_state SET through_qid = ?1"); !s.ok()) {
    return s;
  }
  set.Bind(1, qid);
  return set.Run();
}

}  // namespace

Status SearchIndex::Through(int64_t* qid) {
  Statement through;
  if (Status s = through.Prepare(*db_, "SELECT through_qid FROM quote_search_state"); !s.ok()) {
    return s;
  }
  *qid = through.Step() ? through.Int(0) : 0;
  return through.status();
}

Status SearchIndex::CatchUp(size_t* indexed, size_t per_transaction) {
  *indexed = 0;
  int64_t through = 0;
  if (Status s = Through(&through); !s.ok()) return s;
  for (size_t n = per_transaction; n >= per_transaction; *indexed += n) {
    if (Status s = db_->Begin(); !s.ok()) return s;
    Status s = IndexArticles(per_transaction, &through, &n);
    if (s.ok() && n > 0) s = SetThrough(*db_, through);
    if (s.ok()) s = db_->Commit();
    if (!s.ok()) {
      (void)db_->Rollback();
      return s;
    }
  }
  return Status::Ok();
}

// An article's quotations have consecutive qids (QuoteStore::Insert), so
// the first `most` quotations after `through`, and the rest of the last
// article they reach into, are whole articles.
Status SearchIndex::IndexArticles(size_t most, int64_t* through, size_t* quotes) {
  *quotes = 0;
  Statement first, rest, insert;
  if (Status s =
          PrepareAll(*db_, {{&first,
                             "SELECT article_seq, qid, text, coalesce(speaker, '') FROM quotes "
                             "WHERE qid > ?1 ORDER BY qid LIMIT ?2"},
                            {&rest,
                             "SELECT article_seq, qid, text, coalesce(speaker, '') FROM quotes "
                             "WHERE article_seq = ?1 AND qid > ?2 ORDER BY qid"},
                            {&insert, "INSERT INTO quote_search (rowid, terms) VALUES (?1, ?2)"}});
      !s.ok()) {
    return s;
  }
  int64_t article = 0;
  std::string terms;  // the article's, separated by spaces
  const auto flush = [&]() -> Status {
    if (article == 0) return Status::Ok();
    insert.Bind(1, article);
    insert.Bind(2, terms);
    Status s = insert.Run();
    terms.clear();
    return s;
  };
  const auto read = [&](Statement& rows) -> Status {
    while (rows.Step()) {
      if (rows.Int(0) != article) {
        if (Status s = flush(); !s.ok()) return s;
        article = rows.Int(0);
      }
      *through = rows.Int(1);
      for (const std::string& t : match::IndexTerms(match::SearchWords(rows.Text(2)))) {
        terms.append(terms.empty() ? "" : " ").append(t);
      }
      for (const std::string& t :
           match::IndexTerms(match::SearchWords(rows.Text(3)), match::kSpeakerTerm)) {
        terms.append(terms.empty() ? "" : " ").append(t);
      }
      ++*quotes;
    }
    return rows.status();
  };
  first.Bind(1, *through);
  first.Bind(2, static_cast<int64_t>(most));
  if (Status s = read(first); !s.ok()) return s;
  if (*quotes == most) {
    rest.Bind(1, article);
    rest.Bind(2, *through);
    if (Status s = read(rest); !s.ok()) return s;
  }
  return flush();
}

Status SearchIndex::Forget() {
  if (Status s = db_->Exec("INSERT INTO quote_search (quote_search) VALUES ('delete-all')");
      !s.ok()) {
    return s;
  }
  return SetThrough(*db_, 0);
}

Status SearchIndex::ArticlesFor(const std::string& query, std::vector<int64_t>* article_seqs,
                                bool* narrowed) {
  article_seqs->clear();
  *narrowed = false;
  if (query.empty()) return Status::Ok();
  Statement rows;
  if (Status s = rows.Prepare(*db_,
                              "SELECT rowid FROM quote_search WHERE quote_search MATCH ?1 "
                              "UNION SELECT article_seq FROM quotes "
                              "WHERE qid > (SELECT through_qid FROM quote_search_state) "
                              "ORDER BY 1");
      !s.ok()) {
    return s;
  }
  rows.Bind(1, query);
  while (rows.Step()) article_seqs->push_back(rows.Int(0));
  if (!rows.status().ok()) return rows.status();
  Statement last;
  if (Status s = last.Prepare(*db_, "SELECT coalesce(max(seq), 0) FROM articles"); !s.ok()) {
    return s;
  }
  const int64_t articles = last.Step() ? last.Int(0) : 0;
  if (!last.status().ok()) return last.status();
  *narrowed = static_cast<int64_t>(article_seqs->size()) * 2 <= articles;
  if (!*narrowed) article_seqs->clear();
  return Status::Ok();
}

}  // namespace qt::store
