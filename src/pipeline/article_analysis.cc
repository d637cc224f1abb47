#include "pipeline/article_analysis.h"

#include <chrono>
#include <cstdio>
#include <numeric>
#include <string>
#include <string_view>
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
  uint64_t magic = 0x7174696478000006;  // changes with the snapshot's layout
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
  if (const std::string path = SnapshotPath(*db); !path.empty()) {
    BinaryReader in(path);
    SnapshotHeader header;
    const SnapshotHeader expected = HeaderFor(copy_options, stored);
    if (!in.ok()) {
      indexes = "rebuilt: no snapshot";
    } else if (!in.Get(&header)) {
      indexes = "rebuilt: the snapshot is damaged";
    } else if (header.magic != expected.magic ||
               header.analysis_version != expected.analysis_version) {
      indexes = "rebuilt: the snapshot is of another version";
    } else if (header.extent != expected.extent) {
      indexes = "rebuilt: the database changed after the snapshot";
    } else if (!(header == expected)) {
      indexes = "rebuilt: the snapshot has other copy options";
    } else if (!VariantClustering::Load(quotes.get(), &in, &variants) ||
               !CopyDetection::Load(db, copy_options, &in, &copies)) {
      indexes = "rebuilt: the snapshot is damaged";
    } else {
      indexes = "read back";
    }
    // Kept when read back: it stays current until rows are added, and its
    // extent tells when they were. Anything else is of no use.
    if (indexes != "read back") std::remove(path.c_str());
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

Status ArticleAnalysis::WriteSnapshot(const SnapshotPlan& plan) const {
  if (plan.path.empty()) return Status::Ok();
  BinaryWriter out(plan.path);
  out.Put(HeaderFor(copy_options_, plan.extent));
  variants_->Save(&out);
  copies_->Save(&out);
  return out.Commit();
}

void ArticleAnalysis::FreeIndexes() {
  variants_.reset();  // holds no statement: the quote store is quotes_
  copies_->FreeIndexes();
}

namespace {

// The normalised own words of every quotation (its nested quotations left out).
std::vector<match::Words> OwnWordsOf(const std::vector<quotes::Quote>& quotes,
                                     std::string_view text) {
  std::vector<match::Words> words;
  words.reserve(quotes.size());
  for (const quotes::Quote& q : quotes) {
    std::vector<std::pair<size_t, size_t>> nested;
    for (const quotes::Quote& inner : quotes) {
      if (inner.nested_in == q.id) nested.emplace_back(inner.start, inner.end);
    }
    words.push_back(match::OwnWords(text, q.start, q.end, nested));
  }
  return words;
}

}  // namespace

ArticleFindings ArticleAnalysis::Find(const ingest::Article& article) const {
  ArticleFindings f;
  const int64_t start = Now();
  f.quotes = extractor_.Extract(article.id, article.text);
  f.quote_words = OwnWordsOf(f.quotes, article.text);
  const int64_t quoted = Now();
  f.copy = CopyFeaturesOf(article.text, copy_options_);
  quotes_ns_ += quoted - start;
  copy_features_ns_ += Now() - quoted;
  return f;
}

Status ArticleAnalysis::Store(int64_t seq, const ingest::Article& article,
                              ArticleFindings f, CopyWork* work) {
  const int64_t start = Now();
  std::vector<std::string> joined;
  for (const match::Words& w : f.quote_words) joined.push_back(match::JoinWords(w));
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
  } else if (Status s = variants_->Add(seq, f.quotes, f.quote_words, joined, qids, &clusters);
             !s.ok()) {
    return s;
  }
  const int64_t clustered = Now();
  if (Status s = quotes_->Insert(seq, f.quotes, joined, clusters); !s.ok()) return s;
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
