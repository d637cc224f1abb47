// QuoteStore: the quotations of each stored article row.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "quotes/quote.h"
#include "store/database.h"

namespace qt::store {

struct SpeakerCount {
  std::string speaker;
  int64_t quotes = 0;
  int64_t articles = 0;
};

struct QuoteStats {
  int64_t quotes = 0;  // of current article revisions
  int64_t direct = 0, partial = 0, scare = 0, title = 0;
  int64_t attributed = 0;             // direct and partial quotes with a speaker
  std::vector<SpeakerCount> speakers;  // most quoted first
};

class QuoteStore {
 public:
  static Status Open(Database* db, std::unique_ptr<QuoteStore>* store);

  // Replaces the quotations of the article row `article_seq`.
  Status Replace(int64_t article_seq, const std::vector<quotes::Quote>& quotes);

  // Counts over current revisions, and the `top` most quoted speakers.
  Status Stats(size_t top, QuoteStats* stats);

  // The quotations of the current revision of every article, in ingest
  // order, then in order of their opening marks.
  Status ForEachCurrent(const std::function<bool(const quotes::Quote&)>& fn);

 private:
  explicit QuoteStore(Database* db) : db_(db) {}
  Database* db_;
  Statement delete_;
  Statement insert_;
};

}  // namespace qt::store
