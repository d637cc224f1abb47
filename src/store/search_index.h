// SearchIndex: a full-text index of the stored quotations' words, so that a
// search for a phrase reads the articles whose quotations can print it
// instead of every quotation (seconds at 100,000 articles, a minute at a
// million).
//
// The index (the quote_search table, SQLite's FTS5) holds, for each
// article row, the terms of match/phrase_search.h of its quotations up to
// through_qid, their words' and their speakers' names (a search asks for articles, and SQLite
// indexes a row per article faster than a row per quotation: docs/schema.md); the quotations stored
// after it, which an ingest indexes at its end (CatchUp), are read whole by every search. A
// search's answer is therefore a superset of the articles that print the phrase, never missing one,
// whatever state an ingest left the index in; the caller checks each quotation
// (match::ContainsPhrase).
//
// Quotations are removed only when an article is analysed again, and then
// the index starts over (Forget): an entry is never removed, so the index
// never depends on recomputing the terms an older build indexed. Qids are
// not reused below through_qid (QuoteStore hands out qids above it).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/database.h"

namespace qt::store {

class SearchIndex {
 public:
  explicit SearchIndex(Database* db) : db_(db) {}

  // The last qid indexed; every stored quotation above it is not.
  Status Through(int64_t* qid);
  // Indexes the quotations stored after through_qid, a transaction per
  // `per_transaction` of them or so (whole articles); *indexed receives how
  // many.
  Status CatchUp(size_t* indexed, size_t per_transaction = 100000);
  // Empties the index: every stored quotation is indexed again by the next
  // CatchUp. For a writer about to remove indexed quotations.
  Status Forget();

  // The article rows, in ascending order, that the index finds for
  // `query` (match::IndexQuery), and every row with quotations above
  // through_qid. *narrowed is false when the index cannot narrow the
  // search (`query` is "", or more than half the articles are found):
  // read every quotation then.
  Status ArticlesFor(const std::string& query, std::vector<int64_t>* article_seqs, bool* narrowed);

 private:
  // Indexes the next `most` quotations after *through or so, whole
  // articles, and moves *through past them; *quotes receives how many.
  Status IndexArticles(size_t most, int64_t* through, size_t* quotes);

  Database* db_;
};

}  // namespace qt::store
