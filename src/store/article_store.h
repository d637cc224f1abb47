// ArticleStore: articles in the database, one row per revision.
//
// Put() is idempotent: the same id with the same text is stored once; a new
// text under a known id becomes the next revision. Writes happen inside the
// caller's transaction (Database::Begin/Commit).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/article.h"
#include "store/database.h"

namespace qt::store {

enum class PutOutcome { kAdded, kUnchanged, kRevised };

struct PutResult {
  PutOutcome outcome = PutOutcome::kAdded;
  int revision = 1;  // the revision it is stored as (or already was)
  int64_t seq = 0;   // its row
};

struct StoredArticle {
  int64_t seq = 0;  // ingest order
  int revision = 1;
  ingest::Article article;
};

struct OutletCount {
  std::string outlet;  // "" for articles with no outlet
  int64_t articles = 0;
  std::string first_date, last_date;
};

struct CorpusStats {
  int64_t articles = 0;   // current revisions
  int64_t revisions = 0;  // all rows
  int64_t dated = 0;
  std::string first_date, last_date;
  std::vector<OutletCount> outlets;  // most articles first
};

class ArticleStore {
 public:
  static Status Open(Database* db, std::unique_ptr<ArticleStore>* store);

  // Stores `article`. A new row is recorded as analysed at
  // `analysis_version`: the caller stores that analysis in the same
  // transaction (marking it afterwards would write the row, text and all,
  // a second time).
  Status Put(const ingest::Article& article, int analysis_version, PutResult* result);

  // Records that the row's analysis is at `version`.
  Status MarkAnalysed(int64_t seq, int version);
  // Rows (any revision) whose analysis is behind `version`, in ingest order.
  Status ForEachBehind(int version, const std::function<bool(const StoredArticle&)>& fn);

  Status Stats(CorpusStats* stats);
  // Current revisions in ingest order; `fn` returns false to stop.
  Status ForEach(const std::function<bool(const StoredArticle&)>& fn);
  // As ForEach, without reading each text whole: `text` holds its first
  // 600 characters when the article has no title (to make one of its
  // opening words), else nothing.
  Status ForEachHeader(const std::function<bool(const StoredArticle&)>& fn);
  // The current revision of the article `id` into `*found`; `*exists` false
  // (and `*found` untouched) when no article has that id.
  Status Find(const std::string& id, StoredArticle* found, bool* exists);

 private:
  explicit ArticleStore(Database* db) : db_(db) {}
  Database* db_;
  Statement latest_;
  Statement insert_;
  Statement mark_;
};

// The hex XXH3-128 hash of an article's text, as stored in articles.hash.
std::string TextHash(std::string_view text);

}  // namespace qt::store
