// Extent: the last row of each table that in-memory indexes are built from.
//
// Rows are only ever appended to these tables (a revision is a new article
// row, a re-analysed article's quotations get new qids), so two equal
// extents of one database mean the same rows: a snapshot of the indexes
// taken at one is current at the other. The last article's text hash tells
// another database of the same size (a file copied over this one) apart.
#pragma once

#include <cstdint>

#include "base/status.h"
#include "store/database.h"

namespace qt::store {

struct Extent {
  int64_t last_article = 0;    // articles.seq
  int64_t last_signature = 0;  // article_signatures.seq
  int64_t last_quote = 0;      // quotes.qid
  uint64_t last_article_hash = 0;  // the first 64 bits of its articles.hash

  bool operator==(const Extent&) const = default;
};

Status ReadExtent(const Database& db, Extent* extent);

}  // namespace qt::store
