// QuoteStore: the quotations of each stored article row, the index of their
// words, and their variant clusters.
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

// A stored quotation as variant matching needs it.
struct StoredVariant {
  int64_t qid = 0;
  int64_t article_seq = 0;
  int64_t n = 0;
  int64_t cluster = 0;
  int64_t nkeys = 0;
  std::string speaker;
  std::string words;  // match::JoinWords
};

// One printing of a quotation in a variant cluster.
struct ClusterMember {
  int64_t cluster = 0;
  std::string text, speaker;
  std::string article, outlet, date;  // of its article
};

class QuoteStore {
 public:
  static Status Open(Database* db, std::unique_ptr<QuoteStore>* store);

  // Replaces the quotations of the article row `article_seq`; `words[i]` are
  // quote i's normalised own words. *qids receives their keys.
  Status Replace(int64_t article_seq, const std::vector<quotes::Quote>& quotes,
                 const std::vector<std::string>& words, std::vector<int64_t>* qids);

  // The stored quotation `qid`; variant->qid is 0 when there is none.
  Status Variant(int64_t qid, StoredVariant* variant);
  // Every clustered quotation's qid, cluster and stored words, to rebuild an index.
  Status ForEachClustered(
      const std::function<void(int64_t qid, int64_t cluster, std::string_view words)>& fn);
  Status SetCluster(int64_t qid, int64_t cluster);
  // Every quotation of cluster `from` joins cluster `to`.
  Status MergeClusters(int64_t from, int64_t to);

  // Every (role, speaker) pair printed with current quotations, with how
  // many quotations print it.
  Status ForEachRole(const std::function<void(const std::string& role, const std::string& speaker,
                                              int64_t count)>& fn);

  // The members of the `top` clusters printed by the most articles (two at
  // least), cluster by cluster in ingest order.
  Status ForEachClusterMember(size_t top, const std::function<void(const ClusterMember&)>& fn);

  // Counts over current revisions, and the `top` most quoted speakers.
  Status Stats(size_t top, QuoteStats* stats);

  // The quotations of the current revision of every article, in ingest
  // order, then in order of their opening marks.
  Status ForEachCurrent(const std::function<bool(const quotes::Quote&)>& fn);

 private:
  explicit QuoteStore(Database* db) : db_(db) {}
  Database* db_;
  Statement delete_, insert_, variant_, set_cluster_, merge_;
};

}  // namespace qt::store
