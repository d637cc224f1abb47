#include "pipeline/article_analysis.h"

#include <chrono>
#include <cstdio>
#include <numeric>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "match/quote_words.h"
#include "store/extent.h"

namespace qt::pipeline {
namespace {

int64_t Now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// The snapshot's first bytes: its format, the analysis version, and the
// options that shape the keys. A snapshot that differs in any is rebuilt.
struct SnapshotHeader {
  uint64_t magic = 0x717469647800000b;  // changes with the snapshot's layout
  int64_t analysis_version = kAnalysisVersion;
  int64_t bands = 0, anchor_every = 0, shingle_words = 0, max_key_rows = 0;
  store::Extent extent;

  bool operator==(const SnapshotHeader&) const = default;
};

SnapshotHeader HeaderFor(const CopyOptions& options, const store::Extent& extent) {
  SnapshotHeader h;
  h.bands = options.bands;
  h.anchor_every = options.anchor_every;
  h.shingle_words = options.shingle_words;
  h.max_key_rows = static_cast<int64_t>(options.max_key_rows);
  h.extent = extent;
  return h;
}

// Where the indexes of `db` are kept; "" for a database in memory.
std::string SnapshotPath(const store::Database& db) {
  const std::string& path = db.path();
  return path.empty() || path.starts_with(':') || path.starts_with("file:") ? "" : path + "-index";
}

// The frozen postings (match/frozen_postings.h) go in a file of their own
// beside the snapshot, written only when everything is frozen again: most
// snapshots write only what was added since. The snapshot names the frozen
// file it goes with by an id drawn when that file was written; a crash
// between writing the two leaves them mismatched, and the indexes rebuilt.
std::string FrozenPath(const std::string& snapshot_path) { return snapshot_path + "-frozen"; }

struct FrozenHeader {
  uint64_t magic = 0x7174696478667a01;  // changes with the frozen file's layout
  uint64_t id = 0;
};

uint64_t NewFrozenId() {
  std::random_device random;
  return (uint64_t{random()} << 32 | random()) | 1;  // never 0
}

// Everything is frozen again when the postings added since the last time
// reach an eighth of the frozen ones. A freeze writes them all (at a
// million articles 2.5 GB, 10 s), and each batch since reads and writes
// the new ones again (+0.15 s a batch of 10k there) and holds them in
// tables grown by half: with a quarter, 24 batches onto a million
// articles reached a peak RSS of 3.7 GB (bar: 4). An eighth freezes about
// once in 12 such batches, which is also about where the two costs,
// spread over the batches, are least.
bool FreezeAll(size_t frozen, size_t all) { return frozen == 0 || (all - frozen) * 8 > frozen; }

// Reads back the snapshot at `path` into *variants and *copies if it was
// taken of `expected`; returns how the indexes were opened ("read back", or
// "rebuilt: " and why not).
std::string ReadSnapshot(const std::string& path, const SnapshotHeader& expected,
                         store::Database* db, store::QuoteStore* quotes,
                         const CopyOptions& copy_options,
                         std::unique_ptr<VariantClustering>* variants,
                         std::unique_ptr<CopyDetection>* copies, uint64_t* frozen_id) {
  BinaryReader in(path);
  SnapshotHeader header;
  if (!in.ok()) return "rebuilt: no snapshot";
  if (!in.Get(&header) || !in.Get(frozen_id)) return "rebuilt: the snapshot is damaged";
  if (header.magic != expected.magic || header.analysis_version != expected.analysis_version) {
    return "rebuilt: the snapshot is of another version";
  }
  if (header.extent != expected.extent) return "rebuilt: the database changed after the snapshot";
  if (!(header == expected)) return "rebuilt: the snapshot has other copy options";
  std::shared_ptr<const MappedFile> file;
  if (!MappedFile::Open(FrozenPath(path), &file).ok()) {
    return "rebuilt: the snapshot's frozen postings are missing";
  }
  MappedReader frozen(file);
  FrozenHeader frozen_header;
  if (!frozen.Get(&frozen_header) || frozen_header.magic != FrozenHeader{}.magic ||
      frozen_header.id != *frozen_id) {
    return "rebuilt: the snapshot's frozen postings are of another snapshot";
  }
  if (!VariantClustering::Load(quotes, &in, &frozen, variants) ||
      !CopyDetection::Load(db, copy_options, &in, &frozen, copies)) {
    return "rebuilt: the snapshot is damaged";
  }
  return "read back";
}

}  // namespace

Status ArticleAnalysis::Open(store::Database* db, store::ArticleStore* articles,
                             const store::Extent& stored,
                             std::unique_ptr<ArticleAnalysis>* analysis) {
  const int64_t start = Now();
  const CopyOptions copy_options;
  std::unique_ptr<store::QuoteStore> quotes;
  if (Status s = store::QuoteStore::Open(db, &quotes); !s.ok()) return s;
  std::unique_ptr<VariantClustering> variants;
  std::unique_ptr<CopyDetection> copies;
  std::string indexes = "rebuilt: the database is in memory";
  store::Extent read_back_at;
  uint64_t frozen_id = 0;
  if (const std::string path = SnapshotPath(*db); !path.empty()) {
    indexes = ReadSnapshot(path, HeaderFor(copy_options, stored), db, quotes.get(), copy_options,
                           &variants, &copies, &frozen_id);
    // Kept when read back: it stays current until rows are added, and its
    // extent tells when they were. Anything else is of no use.
    if (indexes != "read back") {
      std::remove(path.c_str());
      std::remove(FrozenPath(path).c_str());
    }
    read_back_at = stored;
  }
  if (indexes != "read back") {
    if (Status s = VariantClustering::Open(quotes.get(), &variants); !s.ok()) return s;
    if (Status s = CopyDetection::Open(db, copy_options, &copies); !s.ok()) return s;
  }
  analysis->reset(new ArticleAnalysis(articles, std::move(quotes), std::move(variants),
                                      std::move(copies)));
  (*analysis)->open_ns_ = Now() - start;
  (*analysis)->indexes_ = indexes;
  (*analysis)->read_back_at_ = read_back_at;
  (*analysis)->frozen_id_ = frozen_id;
  return Status::Ok();
}

Status ArticleAnalysis::PlanSnapshot(const store::Database& db, SnapshotPlan* plan) const {
  plan->path.clear();
  const std::string path = SnapshotPath(db);
  if (path.empty()) return Status::Ok();
  if (Status s = store::ReadExtent(db, &plan->extent); !s.ok()) return s;
  // Nothing added since the snapshot was read: it is still current.
  if (indexes_ == "read back" && plan->extent == read_back_at_) return Status::Ok();
  plan->path = path;
  return Status::Ok();
}

Status ArticleAnalysis::WriteSnapshot(const SnapshotPlan& plan, std::string* saved) const {
  *saved = "nothing";
  if (plan.path.empty()) return Status::Ok();
  const bool freeze = FreezeAll(variants_->frozen_postings() + copies_->frozen_postings(),
                                variants_->postings() + copies_->postings());
  const uint64_t frozen_id = freeze ? NewFrozenId() : frozen_id_;
  std::unique_ptr<BinaryWriter> frozen;
  if (freeze) {
    frozen = std::make_unique<BinaryWriter>(FrozenPath(plan.path));
    frozen->Put(FrozenHeader{.id = frozen_id});
  }
  BinaryWriter out(plan.path);
  out.Put(HeaderFor(copy_options_, plan.extent));
  out.Put(frozen_id);
  variants_->Save(&out, frozen.get());
  copies_->Save(&out, frozen.get());
  if (frozen != nullptr) {
    if (Status s = frozen->Commit(); !s.ok()) return s;
  }
  if (Status s = out.Commit(); !s.ok()) return s;
  *saved = freeze ? "all postings frozen" : "new postings";
  return Status::Ok();
}

void ArticleAnalysis::FreeIndexes() {
  variants_.reset();  // holds no statement: the quote store is quotes_
  copies_->FreeIndexes();
}

namespace {

// The normalised own words of every quotation (its nested quotations left out).
std::vector<match::Words> OwnWordsOf(const std::vector<quotes::Quote>& quotes,
                                     std::string_view text) {
  // Each quotation's nested ones, in order (a transcript prints thousands
  // of quotations: asking each of all the others was quadratic).
  std::unordered_map<std::string_view, std::vector<std::pair<size_t, size_t>>> nested;
  for (const quotes::Quote& inner : quotes) {
    if (!inner.nested_in.empty()) nested[inner.nested_in].emplace_back(inner.start, inner.end);
  }
  static const std::vector<std::pair<size_t, size_t>> kNone;
  std::vector<match::Words> words;
  words.reserve(quotes.size());
  for (const quotes::Quote& q : quotes) {
    const auto it = nested.find(q.id);
    words.push_back(match::OwnWords(text, q.start, q.end, it == nested.end() ? kNone : it->second));
  }
  return words;
}

}  // namespace

ArticleFindings ArticleAnalysis::Find(const ingest::Article& article) const {
  ArticleFindings f;
  const int64_t start = Now();
  f.quotes = extractor_.Extract(article.id, article.text);
  f.quote_words = OwnWordsOf(f.quotes, article.text);
  // What clustering needs of the words, found here rather than on the writer.
  f.joined_words.resize(f.quotes.size());
  f.probes.resize(f.quotes.size());
  for (size_t i = 0; i < f.quotes.size(); ++i) {
    f.joined_words[i] = match::JoinWords(f.quote_words[i]);
    if (VariantClustering::Clustered(f.quotes[i], f.quote_words[i])) {
      f.probes[i] = VariantClustering::ProbeOf(f.quote_words[i], f.quotes[i].speaker);
    }
  }
  const int64_t quoted = Now();
  f.copy = CopyFeaturesOf(article.text, copy_options_);
  quotes_ns_ += quoted - start;
  copy_features_ns_ += Now() - quoted;
  return f;
}

Status ArticleAnalysis::Store(int64_t seq, const ingest::Article& article,
                              ArticleFindings f, CopyWork* work) {
  const int64_t start = Now();
  // Clusters are decided before the rows are written, so each row is
  // written once, with its cluster.
  size_t old_quotes = 0;
  if (Status s = quotes_->Remove(seq, &old_quotes); !s.ok()) return s;
  if (old_quotes > 0) variants_->ForgetRecent();  // they may be among those read lately
  const int64_t removed = Now();
  std::vector<int64_t> qids(f.quotes.size()), clusters;
  std::iota(qids.begin(), qids.end(), quotes_->next_qid());
  if (!cluster_quotes_) {
    clusters.assign(f.quotes.size(), 0);
  } else if (Status s = variants_->Add(seq, f.quotes, f.quote_words, f.joined_words, f.probes,
                                       qids, &clusters);
             !s.ok()) {
    return s;
  }
  const int64_t clustered = Now();
  if (Status s = quotes_->Insert(seq, f.quotes, f.joined_words, clusters); !s.ok()) return s;
  const int64_t stored = Now();
  if (Status s = copies_->Prepare(seq, article.id, std::move(f.copy), work); !s.ok()) return s;
  quote_store_ns_ += (removed - start) + (stored - clustered);
  clusters_ns_ += clustered - removed;
  copies_ns_ += Now() - stored;
  return Status::Ok();
}

void ArticleAnalysis::Align(CopyWork* work) const {
  const int64_t start = Now();
  copies_->Align(work);
  copy_alignment_ns_ += Now() - start;
}

Status ArticleAnalysis::Decide(CopyWork* work) {
  const int64_t start = Now();
  Status s = copies_->Decide(work);
  copies_ns_ += Now() - start;
  return s;
}

Status ArticleAnalysis::Analyse(int64_t seq, const ingest::Article& article) {
  CopyWork work;
  if (Status s = Store(seq, article, Find(article), &work); !s.ok()) return s;
  Align(&work);
  return Decide(&work);
}

AnalysisTimes ArticleAnalysis::times() const {
  AnalysisTimes t;
  t.quotes = quotes_ns_ * 1e-9;
  t.copy_features = copy_features_ns_ * 1e-9;
  t.copy_alignment = copy_alignment_ns_ * 1e-9;
  t.quote_store = quote_store_ns_ * 1e-9;
  t.clusters = clusters_ns_ * 1e-9;
  t.copies = copies_ns_ * 1e-9;
  t.open = open_ns_ * 1e-9;
  t.indexes = indexes_;
  return t;
}

Status ArticleAnalysis::CatchUp(store::Database& db, size_t batch_size, size_t* count) {
  *count = 0;
  for (;;) {
    // Read a batch first, then write: SQLite must not write to the rows a
    // statement is still reading.
    std::vector<store::StoredArticle> batch;
    Status read = articles_->ForEachBehind(kAnalysisVersion, [&](const store::StoredArticle& a) {
      batch.push_back(a);
      return batch.size() < batch_size;
    });
    if (!read.ok()) return read;
    if (batch.empty()) return Status::Ok();
    if (Status s = db.Begin(); !s.ok()) return s;
    for (const store::StoredArticle& a : batch) {
      Status s = Analyse(a.seq, a.article);
      if (s.ok()) s = articles_->MarkAnalysed(a.seq, kAnalysisVersion);
      if (!s.ok()) {
        db.Rollback();
        return s;
      }
    }
    if (Status s = db.Commit(); !s.ok()) return s;
    *count += batch.size();
  }
}

}  // namespace qt::pipeline
