#include "store/article_store.h"

#include <xxhash.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string_view>
#include <type_traits>

namespace qt::store {
namespace {

std::string NowUtc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

std::string TextHash(std::string_view text) {
  const XXH128_hash_t h = XXH3_128bits(text.data(), text.size());
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return hex;
}

Status ArticleStore::Open(Database* db, std::unique_ptr<ArticleStore>* store) {
  std::unique_ptr<ArticleStore> s(new ArticleStore(db));
  if (Status st = PrepareAll(
          *db,
          {{&s->latest_,
            "SELECT revision, hash, seq FROM articles WHERE id = ?1 ORDER BY revision DESC LIMIT 1"},
           {&s->insert_,
            "INSERT INTO articles (id, revision, outlet, date, title, url, text, hash, source, "
            "ingested_at, analysis_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
           {&s->mark_, "UPDATE articles SET analysis_version = ?2 WHERE seq = ?1"}});
      !st.ok()) {
    return st;
  }
  *store = std::move(s);
  return Status::Ok();
}

Status ArticleStore::Put(const ingest::Article& article, int analysis_version,
                         PutResult* result) {
  const std::string hash = TextHash(article.text);
  latest_.Bind(1, article.id);
  int latest = 0;
  bool same = false;
  if (latest_.Step()) {
    latest = static_cast<int>(latest_.Int(0));
    same = latest_.Text(1) == hash;
    result->seq = latest_.Int(2);
  }
  Status read = latest_.status();
  latest_.Reset();
  if (!read.ok()) return read;
  if (same) {
    result->outcome = PutOutcome::kUnchanged;
    result->revision = latest;
    return Status::Ok();
  }
  result->revision = latest + 1;
  result->outcome = latest == 0 ? PutOutcome::kAdded : PutOutcome::kRevised;
  const std::string now = NowUtc();
  insert_.Bind(1, article.id);
  insert_.Bind(2, int64_t{result->revision});
  insert_.BindOptional(3, article.outlet);
  insert_.BindOptional(4, article.date);
  insert_.BindOptional(5, article.title);
  insert_.BindOptional(6, article.url);
  insert_.Bind(7, article.text);
  insert_.Bind(8, hash);
  insert_.BindOptional(9, article.source);
  insert_.Bind(10, now);
  insert_.Bind(11, int64_t{analysis_version});
  if (Status s = insert_.Run(); !s.ok()) return s;
  result->seq = sqlite3_last_insert_rowid(db_->handle());
  return Status::Ok();
}

Status ArticleStore::MarkAnalysed(int64_t seq, int version) {
  mark_.Bind(1, seq);
  mark_.Bind(2, int64_t{version});
  return mark_.Run();
}

Status ArticleStore::Stats(CorpusStats* stats) {
  *stats = CorpusStats();
  Statement totals;
  if (Status s = totals.Prepare(*db_,
                                "SELECT (SELECT count(*) FROM current_articles), "
                                "(SELECT count(*) FROM articles), count(date), min(date), max(date) "
                                "FROM current_articles");
      !s.ok()) {
    return s;
  }
  if (totals.Step()) {
    stats->articles = totals.Int(0);
    stats->revisions = totals.Int(1);
    stats->dated = totals.Int(2);
    stats->first_date = totals.Text(3);
    stats->last_date = totals.Text(4);
  }
  if (!totals.status().ok()) return totals.status();
  Statement outlets;
  if (Status s = outlets.Prepare(*db_,
                                 "SELECT coalesce(outlet, ''), count(*), min(date), max(date) "
                                 "FROM current_articles GROUP BY 1 ORDER BY 2 DESC, 1");
      !s.ok()) {
    return s;
  }
  while (outlets.Step()) {
    stats->outlets.push_back({std::string(outlets.Text(0)), outlets.Int(1),
                              std::string(outlets.Text(2)), std::string(outlets.Text(3))});
  }
  return outlets.status();
}

namespace {

constexpr const char* kArticleColumns =
    "SELECT seq, revision, id, coalesce(outlet,''), coalesce(date,''), coalesce(title,''), "
    "coalesce(url,''), text, coalesce(source,'') ";
// The same with the text's opening for an untitled article alone: SQLite
// reads a column only when it is asked for, and a text runs over pages.
constexpr const char* kHeaderColumns =
    "SELECT seq, revision, id, coalesce(outlet,''), coalesce(date,''), coalesce(title,''), "
    "coalesce(url,''), CASE WHEN coalesce(title,'') = '' THEN substr(text, 1, 600) ELSE '' END, "
    "coalesce(source,'') ";

// Reads the rows of `sql`, its ?1 bound to `parameter` (an int64_t or a
// string_view) unless it is a negative number.
template <typename Parameter>
Status ReadArticles(Database& db, const std::string& sql, Parameter parameter,
                    const std::function<bool(const StoredArticle&)>& fn) {
  Statement rows;
  if (Status s = rows.Prepare(db, sql); !s.ok()) return s;
  if constexpr (std::is_integral_v<Parameter>) {
    if (parameter >= 0) rows.Bind(1, static_cast<int64_t>(parameter));
  } else {
    rows.Bind(1, parameter);
  }
  while (rows.Step()) {
    StoredArticle a;
    a.seq = rows.Int(0);
    a.revision = static_cast<int>(rows.Int(1));
    a.article.id = rows.Text(2);
    a.article.outlet = rows.Text(3);
    a.article.date = rows.Text(4);
    a.article.title = rows.Text(5);
    a.article.url = rows.Text(6);
    a.article.text = rows.Text(7);
    a.article.source = rows.Text(8);
    if (!fn(a)) break;
  }
  return rows.status();
}

}  // namespace

Status ArticleStore::ForEach(const std::function<bool(const StoredArticle&)>& fn) {
  return ReadArticles(*db_, std::string(kArticleColumns) + "FROM current_articles ORDER BY seq", -1,
                      fn);
}

Status ArticleStore::ForEachHeader(const std::function<bool(const StoredArticle&)>& fn) {
  return ReadArticles(*db_, std::string(kHeaderColumns) + "FROM current_articles ORDER BY seq", -1,
                      fn);
}

Status ArticleStore::Find(const std::string& id, StoredArticle* found, bool* exists) {
  *exists = false;
  return ReadArticles(
      *db_,
      std::string(kArticleColumns) + "FROM articles WHERE id = ?1 ORDER BY revision DESC LIMIT 1",
      std::string_view(id), [&](const StoredArticle& a) {
        *found = a;
        *exists = true;
        return false;
      });
}

Status ArticleStore::ForEachBehind(int version,
                                   const std::function<bool(const StoredArticle&)>& fn) {
  // Through the index on analysis_version: the planner would otherwise scan
  // the whole table in seq order, seconds at a million articles for the
  // usual answer, none.
  return ReadArticles(*db_,
                      std::string(kArticleColumns) +
                          "FROM articles WHERE seq IN (SELECT seq FROM articles "
                          "WHERE analysis_version < ?1) ORDER BY seq",
                      version, fn);
}

}  // namespace qt::store
