#include "store/search_index.h"

#include "match/phrase_search.h"

namespace qt::store {
namespace {

constexpr size_t kPerTransaction = 100000;

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

Status SearchIndex::CatchUp(size_t* indexed) {
  *indexed = 0;
  int64_t through = 0;
  if (Status s = Through(&through); !s.ok()) return s;
  Statement rows, insert;
  if (Status s =
          rows.Prepare(*db_, "SELECT qid, text FROM quotes WHERE qid > ?1 ORDER BY qid LIMIT ?2");
      !s.ok()) {
    return s;
  }
  if (Status s = insert.Prepare(*db_, "INSERT INTO quote_search (rowid, terms) VALUES (?1, ?2)");
      !s.ok()) {
    return s;
  }
  for (bool more = true; more;) {
    if (Status s = db_->Begin(); !s.ok()) return s;
    rows.Bind(1, through);
    rows.Bind(2, static_cast<int64_t>(kPerTransaction));
    size_t n = 0;
    std::string terms;
    while (rows.Step()) {
      through = rows.Int(0);
      terms = match::IndexTerms(match::SearchWords(rows.Text(1)));
      insert.Bind(1, through);
      insert.Bind(2, terms);
      if (Status s = insert.Run(); !s.ok()) {
        (void)db_->Rollback();
        return s;
      }
      ++n;
    }
    Status s = rows.status();
    rows.Reset();
    if (s.ok()) s = SetThrough(*db_, through);
    if (s.ok()) s = db_->Commit();
    if (!s.ok()) {
      (void)db_->Rollback();
      return s;
    }
    *indexed += n;
    more = n == kPerTransaction;
  }
  return Status::Ok();
}

Status SearchIndex::Forget() {
  if (Status s = db_->Exec("INSERT INTO quote_search (quote_search) VALUES ('delete-all')");
      !s.ok()) {
    return s;
  }
  return SetThrough(*db_, 0);
}

Status SearchIndex::ArticlesFor(const std::vector<std::string>& phrase,
                                std::vector<int64_t>* article_seqs, bool* narrowed) {
  article_seqs->clear();
  *narrowed = false;
  const std::string query = match::IndexQuery(phrase);
  if (query.empty()) return Status::Ok();
  Statement rows;
  if (Status s =
          rows.Prepare(*db_,
                       "SELECT q.article_seq FROM quote_search s JOIN quotes q ON q.qid = s.rowid "
                       "WHERE quote_search MATCH ?1 "
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
