#include "pipeline/variant_clustering.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "base/xxhash_inline.h"
#include "match/variant_link.h"

namespace qt::pipeline {
namespace {

// The key a quotation's joined words (match::JoinWords) are found by in
// first_printed_.
uint64_t PrintedKey(std::string_view joined) { return XXH3_64bits(joined.data(), joined.size()); }

// A speaker's name as the index keeps it: 0 when unknown. Equal names have
// equal tags, so different tags are different speakers; equal tags are
// compared by name once the quotation is read.
uint32_t SpeakerTag(std::string_view speaker) {
  if (speaker.empty()) return 0;
  const auto tag = static_cast<uint32_t>(XXH3_64bits(speaker.data(), speaker.size()));
  return tag == 0 ? 1 : tag;
}

VariantClustering::WordSet WordSetOf(const match::Words& words) {
  VariantClustering::WordSet set;
  for (const std::string& w : words) {
    const uint64_t h = XXH3_64bits(w.data(), w.size());
    set.bits[(h >> 6) & 1] |= uint64_t{1} << (h & 63);
  }
  return set;
}

// At least how many distinct words of one quotation are not among another's:
// the bits of `shorter` that `longer` lacks (two missing words on one bit,
// or a missing word's bit set by another word, count fewer, never more).
size_t WordsMissing(const VariantClustering::WordSet& shorter,
                    const VariantClustering::WordSet& longer) {
  return static_cast<size_t>(__builtin_popcountll(shorter.bits[0] & ~longer.bits[0]) +
                             __builtin_popcountll(shorter.bits[1] & ~longer.bits[1]));
}

template <typename T>
T Saturated(size_t n) {
  return static_cast<T>(std::min<size_t>(n, std::numeric_limits<T>::max()));
}

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

Status VariantClustering::Open(store::QuoteStore* store,
                               std::unique_ptr<VariantClustering>* clustering) {
  std::unique_ptr<VariantClustering> c(new VariantClustering(store));
  Status s = store->ForEachClustered([&](int64_t qid, int64_t cluster, std::string_view speaker,
                                           std::string_view words) {
    c->Index(qid, cluster, ProbeOf(match::SplitWords(words), speaker));
    c->KeepRoot(cluster, qid);
    c->first_printed_.Add(PrintedKey(words), static_cast<uint32_t>(qid));
  });
  if (!s.ok()) return s;
  *clustering = std::move(c);
  return Status::Ok();
}

bool VariantClustering::Load(store::QuoteStore* store, BinaryReader* in, MappedReader* frozen,
                             std::unique_ptr<VariantClustering>* clustering) {
  std::unique_ptr<VariantClustering> c(new VariantClustering(store));
  if (!c->index_.Load(in, frozen) || !c->first_printed_.Load(in, frozen) ||
      !in->GetVector(&c->nkeys_) || !in->GetVector(&c->nwords_) || !in->GetVector(&c->ncensored_) ||
      !in->GetVector(&c->speaker_) || !in->GetVector(&c->word_sets_) ||
      !in->GetVector(&c->cluster_) || !in->GetVector(&c->merged_into_) ||
      !in->GetVector(&c->root_)) {
    return false;
  }
  const size_t size = c->nkeys_.size();
  if (c->nwords_.size() != size || c->ncensored_.size() != size || c->speaker_.size() != size ||
      c->word_sets_.size() != size || c->cluster_.size() != size ||
      c->merged_into_.size() != size || c->root_.size() != size) {
    return false;
  }
  *clustering = std::move(c);
  return true;
}

void VariantClustering::Save(BinaryWriter* out, BinaryWriter* frozen) const {
  index_.Save(out, frozen);
  first_printed_.Save(out, frozen);
  out->PutVector(nkeys_);
  out->PutVector(nwords_);
  out->PutVector(ncensored_);
  out->PutVector(speaker_);
  out->PutVector(word_sets_);
  out->PutVector(cluster_);
  out->PutVector(merged_into_);
  out->PutVector(root_);
}

VariantClustering::Probe VariantClustering::ProbeOf(const match::Words& words,
                                                    std::string_view speaker) {
  Probe probe;
  probe.keys = match::Keys(words);
  probe.nwords = words.size();
  for (const std::string& w : words) probe.ncensored += match::IsCensored(w) ? 1 : 0;
  probe.speaker = SpeakerTag(speaker);
  probe.word_set = WordSetOf(words);
  return probe;
}

void VariantClustering::Index(int64_t qid, int64_t cluster, const Probe& probe) {
  const auto row = static_cast<size_t>(qid);
  if (nkeys_.size() <= row) {
    const size_t size = row + row / 2 + 1024;
    nkeys_.resize(size, 0);
    nwords_.resize(size, 0);
    ncensored_.resize(size, 0);
    speaker_.resize(size, 0);
    word_sets_.resize(size);
    cluster_.resize(size, 0);
    merged_into_.resize(size, 0);
    root_.resize(size, 0);
  }
  nkeys_[row] = Saturated<uint16_t>(probe.keys.size());
  nwords_[row] = Saturated<uint16_t>(probe.nwords);
  ncensored_[row] = Saturated<uint8_t>(probe.ncensored);
  speaker_[row] = probe.speaker;
  word_sets_[row] = probe.word_set;
  cluster_[row] = static_cast<uint32_t>(cluster);
  const uint32_t posting_row = static_cast<uint32_t>(qid) | (probe.keys.size() <= 2 ? kShortRow : 0);
  index_.Prefetch(probe.keys);
  for (uint64_t key : probe.keys) index_.Add(key, posting_row);
}

// Cluster numbers are qids, so both vectors are indexed alike.
int64_t VariantClustering::ClusterOf(int64_t qid) {
  const int64_t c = Resolve(cluster_[static_cast<size_t>(qid)]);
  cluster_[static_cast<size_t>(qid)] = static_cast<uint32_t>(c);  // shortens the next walk
  return c;
}

int64_t VariantClustering::Resolve(int64_t cluster) const {
  while (merged_into_[static_cast<size_t>(cluster)] != 0) {
    cluster = merged_into_[static_cast<size_t>(cluster)];
  }
  return cluster;
}

void VariantClustering::MergeInto(int64_t from, int64_t to) {
  if (static_cast<size_t>(from) < merged_into_.size()) {
    merged_into_[static_cast<size_t>(from)] = static_cast<uint32_t>(to);
  }
}

void VariantClustering::KeepRoot(int64_t cluster, int64_t qid) {
  uint32_t& root = root_[static_cast<size_t>(cluster)];
  if (root == 0 || nwords_[static_cast<size_t>(qid)] > nwords_[root] ||
      (nwords_[static_cast<size_t>(qid)] == nwords_[root] && qid < root)) {
    root = static_cast<uint32_t>(qid);
  }
}

void VariantClustering::ForgetRecent() { std::vector<RecentVariant>().swap(recent_); }

Status VariantClustering::Variant(int64_t qid, const NewQuotes& article,
                                  store::StoredVariant* v) {
  if (article.qids.empty() || qid < article.qids.front()) return Stored(qid, v);
  const auto j = static_cast<size_t>(qid - article.qids.front());
  v->qid = qid;
  v->article_seq = article.article_seq;
  v->n = static_cast<int64_t>(j) + 1;
  v->cluster = Resolve(article.clusters[j]);
  v->speaker = article.quotes[j].speaker;
  v->words = article.joined[j];
  return Status::Ok();
}

Status VariantClustering::Stored(int64_t qid, store::StoredVariant* v) {
  constexpr size_t kRecent = size_t{1} << 15;
  if (recent_.empty()) recent_.resize(kRecent);
  RecentVariant& r = recent_[static_cast<size_t>(qid) & (kRecent - 1)];
  if (r.qid != qid || static_cast<size_t>(qid) >= cluster_.size()) {  // (never indexed: read it)
    if (Status s = store_->Variant(qid, v); !s.ok() || v->qid == 0) return s;
    r = {qid, v->article_seq, v->n, v->speaker, v->words};
    return Status::Ok();
  }
  v->qid = qid;
  v->article_seq = r.article_seq;
  v->n = r.n;
  v->cluster = ClusterOf(qid);  // the stored row's, which merges keep current
  v->speaker = r.speaker;
  v->words = r.words;
  return Status::Ok();
}

bool VariantClustering::Nested(const NewQuotes& article, size_t i,
                               const store::StoredVariant& other) {
  return other.article_seq == article.article_seq &&
         Related(article.parents, static_cast<int>(i), static_cast<int>(other.n - 1));
}

bool VariantClustering::Matches(const NewQuotes& article, size_t i,
                                const store::StoredVariant& other) {
  if (other.qid == 0 || Nested(article, i, other)) return false;
  const match::Words other_words = match::SplitWords(other.words);
  return match::SameUtterance({&article.words[i], &article.quotes[i].speaker},
                              {&other_words, &other.speaker});
}

// An indexed quotation with exactly these words and a speaker that
// SameUtterance accepts (the same utterance reprinted), other than a
// quotation this one reports or is reported by; *qid 0 when none.
Status VariantClustering::Reprint(const NewQuotes& article, size_t i, int64_t* qid) {
  *qid = 0;
  bool full = false;
  first_printed_.Find(PrintedKey(article.joined[i]), &found_, &full);
  if (found_.empty()) return Status::Ok();
  store::StoredVariant first;
  if (Status s = Variant(found_[0], article, &first); !s.ok()) return s;
  // Re-analysed since it was indexed, or another text under the same tag.
  if (first.qid == 0 || first.words != article.joined[i]) return Status::Ok();
  if (Nested(article, i, first)) return Status::Ok();
  const match::Words& words = article.words[i];
  if (match::SameUtterance({&words, &article.quotes[i].speaker}, {&words, &first.speaker})) {
    *qid = first.qid;
  }
  return Status::Ok();
}

// Quotations sharing at least half of the keys of the one with fewer; keys
// on too many quotations to be kept whole are left out of the count.
//
// Late in a million articles a quotation's keys have about 430 postings,
// nearly all of different quotations that share one key with it (a
// function word and a content word): only about 11 share enough. A
// quotation of three keys or more shares enough with another of three or
// more only through two keys or more, so a posting's row says whether its
// quotation has fewer (kShortRow), and the rows under one key alone are
// dropped without reading anything of theirs. Sorting every posting to
// count them, and reading every one's key count, was a seventh of the
// writer's time.
void VariantClustering::Candidates(const Probe& probe, std::vector<int64_t>* qids) {
  qids->clear();
  size_t usable = 0;
  bool full = false;
  postings_.clear();
  index_.Prefetch(probe.keys);
  for (uint64_t key : probe.keys) {
    index_.Find(key, &found_, &full);
    if (full) continue;
    ++usable;
    postings_.insert(postings_.end(), found_.begin(), found_.end());
  }
  row_counter_.Count(postings_);
  shared_.clear();
  row_counter_.ForEach([&](RowCounter::Counted c) {
    if (c.count == 1 && usable >= 3 && (c.row & kShortRow) == 0) return;
    shared_.push_back({c.row & ~kShortRow, c.count});
  });
  std::sort(shared_.begin(), shared_.end(),
            [](const auto& a, const auto& b) { return a.row < b.row; });
  // The counts of keys below are each a cache miss: start them all first.
  for (const RowCounter::Counted& c : shared_) {
    if (c.row < nkeys_.size()) __builtin_prefetch(&nkeys_[c.row]);
  }
  for (const auto [qid, count] : shared_) {
    if (qid >= nkeys_.size()) continue;  // never indexed: a snapshot's damage
    if (2 * count >= std::min<size_t>(usable, nkeys_[qid]) &&
        MayMatch(probe, qid, count, probe.keys.size() - usable)) {
      qids->push_back(qid);
    }
  }
}

// What match::MaySameUtterance and match::MinSharedKeys rule out. A count
// that saturated says nothing, but for words: a saturated word count is
// still at least four, all that MaySameUtterance asks of a long quotation.
bool VariantClustering::MayMatch(const Probe& probe, uint32_t qid, size_t shared,
                                 size_t full) const {
  const size_t nwords = nwords_[qid];
  const uint32_t other_speaker = speaker_[qid];
  const bool speakers_differ =
      probe.speaker != 0 && other_speaker != 0 && probe.speaker != other_speaker;
  if (!match::MaySameUtterance(probe.nwords, probe.speaker != 0, nwords, other_speaker != 0,
                               speakers_differ)) {
    return false;
  }
  if (nwords == UINT16_MAX || probe.nwords >= UINT16_MAX || ncensored_[qid] == UINT8_MAX) {
    return true;
  }
  const size_t censored = probe.ncensored + ncensored_[qid];
  // The probe's keys on too many quotations were not counted: any of them
  // may be shared too. With equal lengths, either may be the shorter.
  const auto fits = [&](size_t short_words, size_t short_keys, const WordSet& shorter,
                        const WordSet& longer) {
    return shared + full >= match::MinSharedKeys(short_words, short_keys, censored) &&
           WordsMissing(shorter, longer) <= match::MaxWordsMissing(short_words, censored);
  };
  return (probe.nwords <= nwords &&
          fits(probe.nwords, probe.keys.size(), probe.word_set, word_sets_[qid])) ||
         (nwords <= probe.nwords && fits(nwords, nkeys_[qid], word_sets_[qid], probe.word_set));
}

Status VariantClustering::Decide(const NewQuotes& article, size_t i,
                                 const std::vector<int64_t>& candidates, Joins* joins) {
  const size_t nwords = Saturated<uint16_t>(article.words[i].size());
  std::set<int64_t> judged;
  for (int64_t qid : candidates) {
    const int64_t cluster = ClusterOf(qid);
    if (judged.count(cluster) > 0) continue;
    store::StoredVariant member;
    if (Status s = Variant(qid, article, &member); !s.ok()) return s;
    if (!Matches(article, i, member)) continue;  // another of the cluster may
    judged.insert(cluster);
    int64_t root = 0;
    if (Status s = MatchingRoot(article, i, cluster, member, &root); !s.ok()) return s;
    if (root == 0) continue;
    if (nwords_[static_cast<size_t>(root)] < nwords) {
      joins->shorter.push_back(cluster);
      continue;
    }
    // The one parent: a quotation of this article's, else the closest fit.
    const bool here = member.article_seq == article.article_seq;
    if (joins->longer == 0 || (here && !joins->longer_here) ||
        (here == joins->longer_here &&
         nwords_[static_cast<size_t>(root)] < nwords_[static_cast<size_t>(joins->longer_root)])) {
      joins->longer = cluster;
      joins->longer_root = root;
      joins->longer_here = here;
    }
  }
  return Status::Ok();
}

Status VariantClustering::MatchingRoot(const NewQuotes& article, size_t i, int64_t cluster,
                                       const store::StoredVariant& member, int64_t* root) {
  *root = root_[static_cast<size_t>(cluster)];
  if (*root == member.qid) return Status::Ok();
  store::StoredVariant r;
  if (Status s = Variant(*root, article, &r); !s.ok()) return s;
  if (r.qid == 0) {  // re-analysed since: the member stands in for it
    root_[static_cast<size_t>(cluster)] = static_cast<uint32_t>(member.qid);
    *root = member.qid;
    return Status::Ok();
  }
  if (!Matches(article, i, r)) *root = 0;
  return Status::Ok();
}

Status VariantClustering::Join(const NewQuotes& article, size_t i, const Probe& probe,
                               const Joins& joins, int64_t* cluster) {
  const int64_t qid = article.qids[i];
  std::vector<int64_t> joined = joins.shorter;
  if (joins.longer != 0) joined.push_back(joins.longer);
  // Stored clusters are numbered below the new quotation's qid.
  *cluster = joined.empty() ? qid : *std::min_element(joined.begin(), joined.end());
  Index(qid, *cluster, probe);
  first_printed_.Add(PrintedKey(article.joined[i]), static_cast<uint32_t>(qid));
  KeepRoot(*cluster, qid);
  for (int64_t other : joined) {
    KeepRoot(*cluster, root_[static_cast<size_t>(other)]);
    if (other == *cluster) continue;
    MergeInto(other, *cluster);
    if (Status s = store_->MergeClusters(other, *cluster); !s.ok()) return s;
  }
  return Status::Ok();
}

Status VariantClustering::Add(int64_t article_seq, const std::vector<quotes::Quote>& quotes,
                              const std::vector<match::Words>& words,
                              const std::vector<std::string>& joined,
                              const std::vector<Probe>& probes, const std::vector<int64_t>& qids,
                              std::vector<int64_t>* clusters) {
  clusters->assign(quotes.size(), 0);
  if (!qids.empty() && qids.back() >= kShortRow) {
    return Status::Error("quotation " + std::to_string(qids.back()) +
                         ": the variant index numbers quotations in 31 bits");
  }
  const NewQuotes article{article_seq, quotes, words, joined, qids, *clusters, ParentsOf(quotes)};
  std::vector<int64_t> candidates;
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (!Clustered(quotes[i], words[i])) continue;
    int64_t reprinted = 0;
    if (Status s = Reprint(article, i, &reprinted); !s.ok()) return s;
    if (reprinted != 0) {  // joins its cluster; its keys are indexed already
      (*clusters)[i] = ClusterOf(reprinted);
      continue;
    }
    Candidates(probes[i], &candidates);
    Joins joins;
    if (Status s = Decide(article, i, candidates, &joins); !s.ok()) return s;
    if (Status s = Join(article, i, probes[i], joins, &(*clusters)[i]); !s.ok()) return s;
  }
  // A later quotation of the article may have merged an earlier one's cluster.
  for (int64_t& c : *clusters) {
    if (c != 0) c = Resolve(c);
  }
  return Status::Ok();
}

}  // namespace qt::pipeline
