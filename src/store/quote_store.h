// QuoteStore: the quotations of each stored article row.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "base/status.h"
#include "quotes/quote.h"
#include "store/database.h"

namespace qt::store {

class QuoteStore {
 public:
  static Status Open(Database* db, std::unique_ptr<QuoteStore>* store);

  // Replaces the quotations of the article row `article_seq`.
  Status Replace(int64_t article_seq, const std::vector<quotes::Quote>& quotes);

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
