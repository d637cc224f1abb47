#include "pipeline/variant_clustering.h"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>

#include "match/variant_link.h"

namespace qt::pipeline {
namespace {

// Each quotation's parent (the quotation that reports it), or -1.
std::vector<int> ParentsOf(const std::vector<quotes::Quote>& quotes) {
  std::unordered_map<std::string, int> by_id;
  for (size_t i = 0; i < quotes.size(); ++i) by_id[quotes[i].id] = static_cast<int>(i);
  std::vector<int> parents(quotes.size(), -1);
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (auto it = by_id.find(quotes[i].nested_in); it != by_id.end()) parents[i] = it->second;
  }
  return parents;
}

// True when quote `a` reports quote `b` or the other way round (a nested
// quotation is inside its parent's text, never a variant of it).
bool Related(const std::vector<int>& parents, int a, int b) {
  const auto reports = [&](int outer, int inner) {
    for (int p = parents[inner]; p >= 0; p = parents[p]) {
      if (p == outer) return true;
    }
    return false;
  };
  return reports(a, b) || reports(b, a);
}

}  // namespace

Status ClusterQuotes(store::QuoteStore& store, int64_t article_seq,
                     const std::vector<quotes::Quote>& quotes, const std::vector<match::Words>& words,
                     const std::vector<int64_t>& qids) {
  const std::vector<int> parents = ParentsOf(quotes);
  std::vector<store::QuoteStore::KeyHit> with_key;
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (quotes[i].kind == "scare" || quotes[i].kind == "title" || words[i].empty()) continue;
    const std::vector<uint64_t> keys = match::Keys(words[i]);
    struct Shared {
      size_t count = 0;
      int64_t nkeys = 0;
    };
    std::unordered_map<int64_t, Shared> shared;
    for (uint64_t key : keys) {
      if (Status s = store.QuotesWithKey(key, &with_key); !s.ok()) return s;
      for (const auto& hit : with_key) {
        Shared& entry = shared[hit.qid];
        ++entry.count;
        entry.nkeys = hit.nkeys;
      }
    }
    std::set<int64_t> clusters = {qids[i]};
    for (const auto& [qid, hit] : shared) {
      const size_t fewer = std::min<size_t>(keys.size(), static_cast<size_t>(hit.nkeys));
      if (2 * hit.count < fewer) continue;
      store::StoredVariant other;
      if (Status s = store.Variant(qid, &other); !s.ok()) return s;
      if (other.article_seq == article_seq &&
          Related(parents, static_cast<int>(i), static_cast<int>(other.n - 1))) {
        continue;
      }
      const match::Words other_words = match::SplitWords(other.words);
      if (match::SameUtterance({&words[i], &quotes[i].speaker}, {&other_words, &other.speaker})) {
        clusters.insert(other.cluster);
      }
    }
    const int64_t cluster = *clusters.begin();
    if (Status s = store.AddKeys(qids[i], keys); !s.ok()) return s;
    if (Status s = store.SetCluster(qids[i], cluster); !s.ok()) return s;
    for (int64_t other : clusters) {
      if (other == cluster) continue;
      if (Status s = store.MergeClusters(other, cluster); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace qt::pipeline
