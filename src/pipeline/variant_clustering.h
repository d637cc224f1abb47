// Variant clustering: each new quotation joins the cluster of the utterance
// it is a version of (match/variant_link.h says what a version is).
//
// Candidates come from an index of word-pair keys (match/quote_words.h),
// never from all pairs: a stored quotation is compared only when it shares
// at least half of the shorter one's keys, and (what the index keeps of it:
// its length, censored words, speaker and a set of its words) could be a
// variant at all (MayMatch): most candidates are ruled out without reading
// them back. At a million generated articles most that shared the keys
// were other utterances in the same words, and reading them back from the
// database was a tenth of adding a batch; the word sets rule out four in
// five of them.
//
// A cluster is one utterance: its root, the longest version printed (the
// earliest of equal length), and the versions it contains. A new quotation
// joins a cluster only when it is a variant of the cluster's root, not of
// any member: as MemeTracker's phrase graph does, a shorter version has one
// parent. Hard cases:
//   * A fragment inside two utterances ("a lot of people" in two speeches
//     of one speaker) joins one of them and never merges the two: the one
//     its own article prints, else the one with the shorter root (its
//     closest fit). While clusters were the connected components of "the
//     same utterance", such fragments chained utterances together: at a
//     million generated articles one cluster held 668,290 printings of
//     429,350 wordings (docs/journal/accuracy.md).
//   * A quotation longer than roots it contains (a whole quote printed
//     after its two halves, each a cluster so far) merges those clusters
//     and becomes their root.
//   * A quotation contained in one root and containing another merges the
//     shorter root's cluster into the longer's.
// So which cluster a fragment of two utterances joins depends on which
// were printed before it; ingesting in batches gives the clusters of one
// ingest in the same order. A cluster's number is its first quotation's
// qid.
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
#include <string>
#include <string_view>
#include <vector>

#include "base/binary_file.h"
#include "base/huge_page_allocator.h"
#include "base/mapped_file.h"
#include "base/row_counter.h"
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
  // when the snapshot does not read back whole. `frozen` is as for
  // match::PostingTable::Save and Load.
  static bool Load(store::QuoteStore* store, BinaryReader* in, MappedReader* frozen,
                   std::unique_ptr<VariantClustering>* clustering);
  void Save(BinaryWriter* out, BinaryWriter* frozen) const;

  // Which words a quotation has, as 128 bits (one per word, by its hash):
  // a word of one whose bit is not set in another's is not among its words.
  struct WordSet {
    uint64_t bits[2] = {0, 0};
  };

  // A quotation as the index describes it. ProbeOf reads the words alone,
  // so it runs on any thread, before Add, off the writer's.
  struct Probe {
    std::vector<uint64_t> keys;  // match::Keys
    size_t nwords = 0, ncensored = 0;
    uint32_t speaker = 0;  // SpeakerTag
    WordSet word_set;
  };
  static Probe ProbeOf(const match::Words& words, std::string_view speaker);
  // Whether a quotation is clustered at all: not a scare quote or a title,
  // and with words of its own. Add leaves the others at cluster 0.
  static bool Clustered(const quotes::Quote& quote, const match::Words& words) {
    return quote.kind != "scare" && quote.kind != "title" && !words.empty();
  }

  // Decides the variant clusters of the quotations of the article row
  // `article_seq`, about to be stored as `qids` (consecutive, above every
  // stored qid: store::QuoteStore::next_qid). `words[i]` are quote i's own
  // words, `joined[i]` match::JoinWords of them and `probes[i]`
  // ProbeOf(words[i], quotes[i].speaker) (read only where Clustered).
  // clusters[i] receives quote i's cluster, 0 where not Clustered. A
  // stored cluster that merges into another is recorded in the store
  // (store::QuoteStore::MergeClusters).
  Status Add(int64_t article_seq, const std::vector<quotes::Quote>& quotes,
             const std::vector<match::Words>& words, const std::vector<std::string>& joined,
             const std::vector<Probe>& probes, const std::vector<int64_t>& qids,
             std::vector<int64_t>* clusters);

  // Bytes the index holds, roughly: its posting tables.
  size_t memory_bytes() const { return index_.memory_bytes() + first_printed_.memory_bytes(); }
  // Postings in the posting tables, and how many of them are frozen.
  size_t postings() const { return index_.postings() + first_printed_.postings(); }
  size_t frozen_postings() const {
    return index_.frozen_postings() + first_printed_.frozen_postings();
  }

  // Forgets the stored quotations read lately: call when stored ones were
  // removed (an article analysed again), before the next Add.
  void ForgetRecent();

 private:
  // A key on more quotations than this ("the president") finds nothing the
  // other keys of a quotation do not.
  static constexpr size_t kMaxQuotesPerKey = 256;
  // Set in a posting's row when its quotation has one or two keys (see
  // Candidates); Add refuses qids that reach it.
  static constexpr uint32_t kShortRow = uint32_t{1} << 31;

  explicit VariantClustering(store::QuoteStore* store)
      : store_(store), index_(kMaxQuotesPerKey), first_printed_(1) {}
  // The quotations of the article being added, which are not stored yet.
  struct NewQuotes {
    int64_t article_seq;
    const std::vector<quotes::Quote>& quotes;
    const std::vector<match::Words>& words;
    const std::vector<std::string>& joined;
    const std::vector<int64_t>& qids;
    const std::vector<int64_t>& clusters;  // decided so far
    std::vector<int> parents;  // the quotation each reports, or -1
  };

  void Index(int64_t qid, int64_t cluster, const Probe& probe);
  int64_t ClusterOf(int64_t qid);
  // The cluster that `cluster` has merged into, if any, as it is now.
  int64_t Resolve(int64_t cluster) const;
  void MergeInto(int64_t from, int64_t to);
  // The indexed quotations that may be variants of `probe`, judged from
  // what the index holds alone, in qid order.
  void Candidates(const Probe& probe, std::vector<int64_t>* qids);
  // False when the indexed quotation `qid`, sharing `shared` of the probe's
  // keys that are not on too many quotations (`full` are), cannot be a
  // variant of it, whatever their words.
  bool MayMatch(const Probe& probe, uint32_t qid, size_t shared, size_t full) const;
  // The quotation `qid`: read from the store, or one of `article`'s.
  Status Variant(int64_t qid, const NewQuotes& article, store::StoredVariant* variant);
  // A stored quotation, from recent_ or the store.
  Status Stored(int64_t qid, store::StoredVariant* variant);
  // What a new quotation joins: the clusters whose roots it contains, and
  // one whose root contains it (or is as long).
  struct Joins {
    std::vector<int64_t> shorter;
    int64_t longer = 0, longer_root = 0;  // 0: none
    bool longer_here = false;             // `longer` holds a quotation of the same article
  };
  // The clusters `article`'s quote i joins, from its candidates.
  Status Decide(const NewQuotes& article, size_t i, const std::vector<int64_t>& candidates,
                Joins* joins);
  // *root: the root of `cluster` when quote i is a variant of it, else 0.
  // `member`, of the cluster, is a variant of quote i.
  Status MatchingRoot(const NewQuotes& article, size_t i, int64_t cluster,
                      const store::StoredVariant& member, int64_t* root);
  // Indexes quote i in *cluster, which `joins` decide, merging them.
  Status Join(const NewQuotes& article, size_t i, const Probe& probe, const Joins& joins,
              int64_t* cluster);
  // Makes `qid` the root of `cluster` if it is longer than its root (or as
  // long and earlier).
  void KeepRoot(int64_t cluster, int64_t qid);
  // Whether `other` is a version of quote i's utterance (match::SameUtterance),
  // and not a quotation quote i reports or is reported by.
  static bool Matches(const NewQuotes& article, size_t i, const store::StoredVariant& other);
  // True when the candidate `other` is a quotation that `article`'s quote i
  // reports or is reported by: no variant of it.
  static bool Nested(const NewQuotes& article, size_t i, const store::StoredVariant& other);
  Status Reprint(const NewQuotes& article, size_t i, int64_t* qid);

  store::QuoteStore* store_;
  match::PostingTable index_;
  // Hash of a quotation's words → the first quotation indexed with them. A
  // reprint (most copies of a quotation print it word for word) joins that
  // one's cluster without a candidate search and adds nothing to index_:
  // the first printing's keys find what the reprint's would.
  match::PostingTable first_printed_;
  // By qid, what the index keeps of an indexed quotation: enough to count
  // its shared keys and to rule out most candidates without reading them
  // (MayMatch). Qids fit 32 bits, as in the posting tables.
  // On huge pages: a candidate search reads nkeys_ at hundreds of qids
  // anywhere in it, and with small pages nearly every read missed the TLB.
  template <typename T>
  using ByQid = std::vector<T, HugePageAllocator<T>>;
  ByQid<uint16_t> nkeys_;     // how many keys it has
  ByQid<uint16_t> nwords_;    // how many words (saturating)
  ByQid<uint8_t> ncensored_;  // how many censored words (saturating)
  ByQid<uint32_t> speaker_;   // SpeakerTag of its speaker
  ByQid<WordSet> word_sets_;
  ByQid<uint32_t> cluster_;   // its cluster when indexed (0: none)
  ByQid<uint32_t> merged_into_;  // by cluster number: the cluster it joined (0: none)
  ByQid<uint32_t> root_;         // by cluster number: its root's qid
  // Scratch of lookups and of Candidates.
  std::vector<uint32_t> found_, postings_;
  RowCounter row_counter_;
  std::vector<RowCounter::Counted> shared_;
  // Stored quotations read lately, direct-mapped by qid: each new printing
  // of a quotation reads the earlier ones as candidates (at 100k articles,
  // half the reads were of a qid read within the last 4,096). A cluster is
  // not kept: it changes with merges, and ClusterOf knows it.
  struct RecentVariant {
    int64_t qid = 0;  // 0: empty
    int64_t article_seq = 0;
    int64_t n = 0;
    std::string speaker, words;
  };
  std::vector<RecentVariant> recent_;
};

}  // namespace qt::pipeline
