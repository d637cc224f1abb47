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
#include "store/search_index.h"

namespace qt::store {

// A speaker as printed, with their attributed quotations (direct and
// partial) and the articles those are in.
struct SpeakerCount {
  std::string speaker;
  int64_t quotes = 0;
  int64_t articles = 0;
};

struct QuoteStats {
  int64_t quotes = 0;  // of current article revisions
  int64_t direct = 0, partial = 0, scare = 0, title = 0;
  int64_t attributed = 0;  // direct and partial quotes with a speaker
};

// A stored quotation as variant matching needs it.
struct StoredVariant {
  int64_t qid = 0;
  int64_t article_seq = 0;
  int64_t n = 0;
  int64_t cluster = 0;
  std::string speaker;
  std::string words;  // match::JoinWords
};

// One printing of a quotation in a variant cluster.
struct ClusterMember {
  int64_t cluster = 0;
  std::string id;  // the quotation's ("<doc>#<n>")
  std::string text, speaker;
  std::string article, outlet, date;  // of its article
  int64_t article_seq = 0;            // its row: ingest order
};

class QuoteStore {
 public:
  static Status Open(Database* db, std::unique_ptr<QuoteStore>* store);

  // Removes the quotations of the article row `article_seq` (an older
  // analysis of it); *removed receives how many there were. The search
  // index starts over when they were indexed (store/search_index.h).
  Status Remove(int64_t article_seq, size_t* removed);
  // The key the next quotation Insert stores gets; the ones after it follow
  // in order. Keys are known before the rows are written, so a quotation's
  // variant cluster is decided first and written with it (an UPDATE per
  // quotation after the insert was a tenth of the writer's time).
  int64_t next_qid() const { return next_qid_; }
  // Stores the quotations of the article row `article_seq` as next_qid(),
  // next_qid() + 1, …; `words[i]` are quote i's normalised own words,
  // `clusters[i]` its variant cluster (0: none).
  Status Insert(int64_t article_seq, const std::vector<quotes::Quote>& quotes,
                const std::vector<std::string>& words, const std::vector<int64_t>& clusters);

  // The stored quotation `qid`; variant->qid is 0 when there is none.
  Status Variant(int64_t qid, StoredVariant* variant);
  // Every clustered quotation's qid, cluster, speaker ("" when unknown) and
  // stored words, to rebuild an index.
  Status ForEachClustered(const std::function<void(int64_t qid, int64_t cluster,
                                                   std::string_view speaker,
                                                   std::string_view words)>& fn);
  // Every quotation of cluster `from` joins cluster `to`: a row in
  // cluster_merges, whatever the cluster's size. Every read of a
  // quotation's cluster gives the cluster as it is now.
  Status MergeClusters(int64_t from, int64_t to);

  // Every (role, speaker) pair printed with current quotations, with how
  // many quotations print it.
  Status ForEachRole(const std::function<void(const std::string& role, const std::string& speaker,
                                              int64_t count)>& fn);

  // The members of the `top` clusters (0: all) printed by the most
  // articles, `min_articles` at least: cluster by cluster, most printed
  // first, each in ingest order. `fn` returns false to stop.
  Status ForEachClusterMember(size_t top, size_t min_articles,
                              const std::function<bool(const ClusterMember&)>& fn);

  // One attributed quotation (direct or partial, with a speaker) of a
  // current revision, as speaker statistics read it.
  struct Attributed {
    std::string speaker, role;
    std::string outlet, date;  // its article's
    int64_t article_seq = 0;
  };
  // Every attributed quotation, in no particular order.
  Status ForEachAttributed(const std::function<void(const Attributed&)>& fn);

  // Counts over current revisions.
  Status Stats(QuoteStats* stats);
  // Every speaker as printed, in no particular order (a caller joins and
  // sorts them: at a million articles they are over a million).
  Status SpeakerCounts(std::vector<SpeakerCount>* speakers);

  // The quotations of the current revision of every article, in ingest
  // order, then in order of their opening marks; of the articles whose ids
  // `docs` lists only, when it lists any (found by the articles' index, not
  // by reading every quotation). `fn` returns false to stop.
  Status ForEachCurrent(const std::vector<std::string>& docs,
                        const std::function<bool(const quotes::Quote&)>& fn);
  // The same, of the article rows `article_seqs` (ascending) only.
  Status ForEachCurrentOf(const std::vector<int64_t>& article_seqs,
                          const std::function<bool(const quotes::Quote&)>& fn);

  // Where a current quotation (not a scare quote or a title) is printed,
  // read without its text: enough to choose which quotations to read whole.
  struct Placed {
    int64_t article_seq = 0;
    int64_t cluster = 0;    // 0: none
    size_t bytes = 0;       // of its text
    bool disputes = false;  // it carries a dispute cue
  };
  // Every one, in the order of ForEachCurrent.
  Status ForEachPlaced(const std::function<void(const Placed&)>& fn);

  // The full-text index of the quotations' words.
  SearchIndex& search() { return search_; }

 private:
  explicit QuoteStore(Database* db) : db_(db), search_(db) {}
  Database* db_;
  Statement delete_, insert_, variant_, repoint_, merge_;
  SearchIndex search_;
  int64_t next_qid_ = 1;
};

}  // namespace qt::store
