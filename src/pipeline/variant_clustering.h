// Variant clustering: each new quotation joins the clusters of the stored
// quotations that are versions of the same utterance (match/variant_link.h).
//
// Candidates come from an index of word-pair keys (match/quote_words.h),
// never from all pairs: a stored quotation is compared only when it shares
// at least half of the shorter one's keys. Clusters are the connected
// components of the "same utterance" relation, which is symmetric, so the
// clusters do not depend on the order articles arrive in; a cluster's number
// is its first quotation's qid.
//
// The index is held in memory (match/posting_table.h) and rebuilt from the
// stored words of the clustered quotations when a database is opened: a
// lookup in SQLite per key was most of the cost of clustering. So is each
// indexed quotation's cluster (union-find over cluster numbers): a candidate
// already in a cluster the new quotation joins is not compared again. A
// quotation printed a thousand times has hundreds of candidates, nearly all
// in one cluster; reading each back from SQLite made clustering grow much
// faster than the corpus (1,045 s of a 1M-article ingest). A word-for-word
// reprint of an indexed quotation (38% of quotations on 100k generated
// articles) joins its cluster with one read and is not indexed again.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "base/binary_file.h"
#include "base/status.h"
#include "match/posting_table.h"
#include "match/quote_words.h"
#include "quotes/quote.h"
#include "store/quote_store.h"

namespace qt::pipeline {

class VariantClustering {
 public:
  // Indexes the quotations `store` holds.
  static Status Open(store::QuoteStore* store, std::unique_ptr<VariantClustering>* clustering);
  // The index as Save wrote it, for the quotations `store` held then; false
  // when the snapshot does not read back whole.
  static bool Load(store::QuoteStore* store, BinaryReader* in,
                   std::unique_ptr<VariantClustering>* clustering);
  void Save(BinaryWriter* out) const;

  // `quotes` are the quotations of the article row `article_seq` just
  // stored as `qids`; `words[i]` are quote i's own words. Scare quotes and
  // titles are not clustered.
  Status Add(int64_t article_seq, const std::vector<quotes::Quote>& quotes,
             const std::vector<match::Words>& words, const std::vector<int64_t>& qids);

 private:
  // A key on more quotations than this ("the president") finds nothing the
  // other keys of a quotation do not.
  static constexpr size_t kMaxQuotesPerKey = 256;

  explicit VariantClustering(store::QuoteStore* store)
      : store_(store), index_(kMaxQuotesPerKey), first_printed_(1) {}
  void Index(int64_t qid, int64_t cluster, const std::vector<uint64_t>& keys);
  int64_t ClusterOf(int64_t qid);
  void MergeInto(int64_t from, int64_t to);
  Status Candidates(const std::vector<uint64_t>& keys, std::vector<int64_t>* qids);
  // `joined` is match::JoinWords(words[i]).
  Status Reprint(int64_t article_seq, const std::vector<int>& parents,
                 const std::vector<quotes::Quote>& quotes, const std::vector<match::Words>& words,
                 size_t i, const std::string& joined, int64_t* qid);

  store::QuoteStore* store_;
  match::PostingTable index_;
  // Hash of a quotation's words → the first quotation indexed with them. A
  // reprint (most copies of a quotation print it word for word) joins that
  // one's cluster without a candidate search and adds nothing to index_:
  // the first printing's keys find what the reprint's would.
  match::PostingTable first_printed_;
  std::vector<uint16_t> nkeys_;  // by qid: how many keys the quotation has
  std::vector<int64_t> cluster_;  // by qid: its cluster when indexed (0: none)
  std::vector<int64_t> merged_into_;  // by cluster number: the cluster it joined (0: none)
  std::vector<uint32_t> found_;  // scratch
};

}  // namespace qt::pipeline
