#include "pipeline/ingest_pipeline.h"

#include <chrono>
#include <deque>
#include <future>
#include <memory>
#include <utility>

#include "pipeline/article_analysis.h"
#include "pipeline/progress_meter.h"
#include "pipeline/story_assignment.h"
#include "pipeline/thread_pool.h"
#include "store/article_store.h"
#include "store/extent.h"
#include "store/search_index.h"

namespace qt::pipeline {
namespace {

// The analysis and its indexes, opened when the first article needs them:
// an ingest of articles already stored (a feed folder read again) reads no
// index. At a million articles reading them back takes seconds, and
// rebuilding them after an upgrade minutes.
class AnalysisOnDemand {
 public:
  // `stored`: the database's extent before the ingest stored any article.
  AnalysisOnDemand(store::Database& db, store::ArticleStore& articles, const store::Extent& stored,
                   bool cluster_quotes)
      : db_(db), articles_(articles), stored_(stored), cluster_quotes_(cluster_quotes) {}

  // The analysis, opened on the first call.
  Status Get(ArticleAnalysis** analysis) {
    if (!analysis_) {
      if (Status s = ArticleAnalysis::Open(&db_, &articles_, stored_, &analysis_); !s.ok()) {
        return s;
      }
      analysis_->set_cluster_quotes(cluster_quotes_);
    }
    *analysis = analysis_.get();
    return Status::Ok();
  }
  // nullptr when no article needed it.
  ArticleAnalysis* opened() const { return analysis_.get(); }
  std::unique_ptr<ArticleAnalysis> Release() { return std::move(analysis_); }

 private:
  store::Database& db_;
  store::ArticleStore& articles_;
  const store::Extent stored_;
  const bool cluster_quotes_;
  std::unique_ptr<ArticleAnalysis> analysis_;
};

// Once the indexes are this large, the writer keeps a core of its own
// (ThreadPool::ShareCoresWithFeeder). A worker sharing the writer's core
// gets it back in short slices, its caches emptied by the writer's random
// reads of the indexes, and does less per CPU second the larger they are
// (40% less at 1M generated articles). Earlier, the writer's core is worth
// less than the pool's work on it: from the first article, 10k and 100k
// lost a tenth. About 150k articles in: the best of 512 MiB and 1.5 GiB
// moves with the pool's cost per article, which the sixteenth session cut
// by a fifth (docs/journal/performance.md, fourteenth to sixteenth sessions).
constexpr size_t kCoreOfItsOwnIndexBytes = size_t{512} << 20;

// Receives articles from the readers and stores them in batched transactions.
//
// Each new or revised article is stored at once; its analysis is found on
// the thread pool and stored, in input order, by this thread when it is
// ready, at the latest before the transaction commits. So a transaction
// holds its articles with their analysis, and SQLite has a single writer.
// Copy detection's alignments go back to the pool between the two writer
// steps (ArticleAnalysis::Store, then Decide), so that the writer stores
// the next articles meanwhile.
class StoringSink : public ingest::ArticleSink {
 public:
  StoringSink(store::Database& db, store::ArticleStore& articles, AnalysisOnDemand& analysis,
              ThreadPool& pool, const IngestOptions& options, IngestCounts* counts)
      : db_(db), articles_(articles), analysis_(analysis), pool_(pool), options_(options),
        counts_(counts) {}

  void set_meter(ProgressMeter* meter) { meter_ = meter; }

  void OnArticle(ingest::Article&& article) override {
    if (!status_.ok()) return;
    if (!in_transaction_) {
      status_ = db_.Begin();
      if (!status_.ok()) return;
      in_transaction_ = true;
    }
    store::PutResult put;
    status_ = articles_.Put(article, kAnalysisVersion, &put);
    if (!status_.ok()) return;
    switch (put.outcome) {
      case store::PutOutcome::kAdded: ++counts_->added; break;
      case store::PutOutcome::kUnchanged: ++counts_->unchanged; break;
      case store::PutOutcome::kRevised:
        ++counts_->revised;
        Report({article.source, 0,
                "article " + article.id + " has a changed text; stored as revision " +
                    std::to_string(put.revision),
                /*rejected=*/false});
        break;
    }
    if (put.outcome != store::PutOutcome::kUnchanged) Analyse(put.seq, std::move(article));
    if (++in_batch_ >= options_.batch_size) Flush();
    if (meter_) meter_->Update(Stored(), bytes_done_ + bytes_in_file_);
  }

  void OnProblem(const ingest::Problem& problem) override { Report(problem); }

  void OnBytesRead(size_t bytes) override { bytes_in_file_ = bytes; }

  void EndFile() {
    bytes_done_ += bytes_in_file_;
    bytes_in_file_ = 0;
  }

  // Stores the pending analyses and commits the open transaction, if any.
  void Flush() {
    while (!pending_.empty()) StoreOldest();
    while (!aligning_.empty()) DecideOldest();
    if (in_transaction_ && status_.ok()) status_ = db_.Commit();
    in_transaction_ = false;
    in_batch_ = 0;
    ShareCoresBySize();
  }

  const Status& status() const { return status_; }
  size_t bytes() const { return bytes_done_; }

 private:
  size_t Stored() const { return counts_->added + counts_->unchanged + counts_->revised; }

  struct Pending {
    int64_t seq;
    std::shared_ptr<const ingest::Article> article;
    std::future<ArticleFindings> findings;
  };

  // Finds the analysis on the pool; enough articles are in flight to keep
  // every worker busy, and few enough to bound memory.
  void Analyse(int64_t seq, ingest::Article&& article) {
    const bool opening = analysis_.opened() == nullptr;
    ArticleAnalysis* analysis = nullptr;
    status_ = analysis_.Get(&analysis);
    if (!status_.ok()) return;
    if (opening) ShareCoresBySize();  // indexes read back may be large already
    auto shared = std::make_shared<const ingest::Article>(std::move(article));
    pending_.push_back(
        {seq, shared, pool_.Submit([analysis, shared] { return analysis->Find(*shared); })});
    if (pending_.size() > 16 * pool_.size()) StoreOldest();
  }

  struct Aligning {
    std::shared_ptr<CopyWork> work;
    std::future<void> aligned;
  };

  void StoreOldest() {
    Pending p = std::move(pending_.front());
    pending_.pop_front();
    ArticleFindings findings = pool_.Get(p.findings);
    if (!status_.ok()) return;
    auto work = std::make_shared<CopyWork>();
    ArticleAnalysis* analysis = analysis_.opened();  // opened by Analyse
    status_ = analysis->Store(p.seq, *p.article, std::move(findings), work.get());
    if (!status_.ok()) return;
    auto aligned = pool_.SubmitFirst([analysis, work] { analysis->Align(work.get()); });
    aligning_.push_back({work, std::move(aligned)});
    if (aligning_.size() > 4 * pool_.size()) DecideOldest();
  }

  // Checked at each commit: the indexes grow as articles are added.
  void ShareCoresBySize() {
    if (const ArticleAnalysis* analysis = analysis_.opened()) {
      pool_.ShareCoresWithFeeder(analysis->index_bytes() >= kCoreOfItsOwnIndexBytes);
    }
  }

  void DecideOldest() {
    Aligning a = std::move(aligning_.front());
    aligning_.pop_front();
    pool_.Wait(a.aligned);
    if (status_.ok()) status_ = analysis_.opened()->Decide(a.work.get());
  }

  void Report(const ingest::Problem& problem) {
    if (problem.rejected) {
      ++counts_->rejected;
    } else {
      ++counts_->warnings;
    }
    if (meter_) meter_->Finish();
    *options_.errors << problem.ToString() << '\n';
  }

  store::Database& db_;
  store::ArticleStore& articles_;
  AnalysisOnDemand& analysis_;
  ThreadPool& pool_;
  std::deque<Pending> pending_;    // found on the pool, to store
  std::deque<Aligning> aligning_;  // aligned on the pool, to decide
  const IngestOptions& options_;
  IngestCounts* counts_;
  ProgressMeter* meter_ = nullptr;
  Status status_;
  bool in_transaction_ = false;
  size_t in_batch_ = 0;
  size_t bytes_done_ = 0, bytes_in_file_ = 0;
};

// Indexes up to this size are saved while the stories are assigned.
constexpr size_t kOverlappedIndexBytes = size_t{256} << 20;

double Since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// Writes the index snapshot for the next ingest and frees the indexes:
// on its own thread, beside the stories, when the indexes are small; at
// once when they are large, so that they and the stories never hold
// memory at once (adding 10k articles to a million: indexes of 4 GB,
// stories of 1 GB). The future holds the outcome; `analysis` may be null.
std::future<Status> SaveAndFreeIndexes(const store::Database& db, ArticleAnalysis* analysis,
                                       AnalysisTimes* times) {
  ArticleAnalysis::SnapshotPlan plan;
  Status planned = analysis ? analysis->PlanSnapshot(db, &plan) : Status::Ok();
  const bool beside_stories = analysis && analysis->index_bytes() <= kOverlappedIndexBytes;
  std::future<Status> saved = std::async(
      beside_stories ? std::launch::async : std::launch::deferred,
      [analysis, plan = std::move(plan), planned = std::move(planned), times] {
        if (!analysis) return Status::Ok();
        const auto start = std::chrono::steady_clock::now();
        Status s = planned.ok() ? analysis->WriteSnapshot(plan, &times->saved) : planned;
        times->save = Since(start);
        analysis->FreeIndexes();
        return s;
      });
  if (!beside_stories) saved.wait();  // runs it here, now
  return saved;
}

// Whether any stored row's analysis is behind kAnalysisVersion.
Status AnyBehind(store::ArticleStore& articles, bool* behind) {
  *behind = false;
  return articles.ForEachBehind(kAnalysisVersion, [&](const store::StoredArticle&) {
    *behind = true;
    return false;  // one is enough
  });
}

// For the length of an ingest, checkpoints run on a thread of their own
// (store::Database::CheckpointInBackground). Not starting is no failure:
// the commits checkpoint, as without it.
class BackgroundCheckpoints {
 public:
  explicit BackgroundCheckpoints(store::Database& db) : db_(db) {
    (void)db_.CheckpointInBackground(true);
  }
  ~BackgroundCheckpoints() { (void)db_.CheckpointInBackground(false); }

 private:
  store::Database& db_;
};

// Adds the new quotations to the search index (store/search_index.h): on
// a thread and a connection of its own, beside the stories, which write
// nothing until they have clustered every row (story_assignment.cc). One
// after the other, the index kept one core busy and left the other idle:
// at 100,000 articles the stories took 6.7 s on 1.7 cores, then the index
// 8.4 s on one; beside each other both end in 10.8–12.6 s. A database in
// memory, which no second connection can open, is indexed after the
// stories, when the future is asked for.
std::future<Status> IndexForSearch(store::Database& db, IngestCounts* counts) {
  const auto index = [counts](store::Database& on) {
    const auto start = std::chrono::steady_clock::now();
    Status s = store::SearchIndex(&on).CatchUp(&counts->indexed_for_search);
    counts->search_index = Since(start);
    return s;
  };
  if (db.InMemory()) return std::async(std::launch::deferred, [&db, index] { return index(db); });
  return std::async(std::launch::async, [path = db.path(), index] {
    // It yields to the stories as the pool's workers do: the stories'
    // thread is the one the ingest waits for.
    ThreadPool::YieldAsWorker();
    std::unique_ptr<store::Database> own;
    if (Status s = store::Database::Open(path, &own); !s.ok()) return s;
    // The stories' one write transaction, at their end, may hold the lock
    // for seconds at a million articles; waiting costs this thread nothing.
    own->SetBusyTimeout(600'000);
    return index(*own);
  });
}

}  // namespace

Status RunIngest(store::Database& db, const std::vector<std::string>& inputs,
                 const IngestOptions& options, IngestCounts* counts) {
  *counts = IngestCounts();
  const auto start = std::chrono::steady_clock::now();
  BackgroundCheckpoints checkpoints(db);
  std::unique_ptr<store::ArticleStore> articles;
  if (Status s = store::ArticleStore::Open(&db, &articles); !s.ok()) return s;

  std::unique_ptr<ArticleAnalysis> analysis;  // null when no article needed one
  {
    store::Extent stored;
    if (Status s = store::ReadExtent(db, &stored); !s.ok()) return s;
    AnalysisOnDemand on_demand(db, *articles, stored, options.cluster_quotes);
    ThreadPool pool(options.threads);
    StoringSink sink(db, *articles, on_demand, pool, options, counts);
    size_t total_bytes = 0;
    const std::vector<std::string> files = ingest::ExpandInputs(inputs, sink, &total_bytes);
    std::unique_ptr<ProgressMeter> meter;
    if (options.progress) {
      meter = std::make_unique<ProgressMeter>(options.errors, total_bytes);
      sink.set_meter(meter.get());
    }
    for (const std::string& file : files) {
      ingest::ReadInput(file, options.read, sink);
      sink.EndFile();
      if (!sink.status().ok()) break;
    }
    sink.Flush();
    if (meter) meter->Finish();
    counts->bytes = sink.bytes();
    if (!sink.status().ok()) return sink.status();
    // Rows stored by an older quotetrace, or left behind by an interrupted run.
    bool behind = false;
    if (Status s = AnyBehind(*articles, &behind); !s.ok()) return s;
    if (behind) {
      ArticleAnalysis* opened = nullptr;
      if (Status s = on_demand.Get(&opened); !s.ok()) return s;
      if (Status s = opened->CatchUp(db, options.batch_size, &counts->reanalysed); !s.ok()) {
        return s;
      }
    }
    analysis = on_demand.Release();
  }  // the analysis threads end here
  // Started first: it also runs beside the saving of large indexes.
  std::future<Status> indexed = IndexForSearch(db, counts);
  if (analysis) {
    counts->analysis = analysis->times();
  } else {
    counts->analysis.indexes = "not opened: nothing to analyse";
  }
  std::future<Status> saved = SaveAndFreeIndexes(db, analysis.get(), &counts->analysis);
  Status s;
  if (options.stories) {
    const auto stories = std::chrono::steady_clock::now();
    s = AssignStories(db, options.threads, &counts->clustered);
    counts->stories = Since(stories);
  }
  if (Status index = indexed.get(); s.ok()) s = index;
  // The indexes are a cache: the database is whole without them.
  if (Status save = saved.get(); !save.ok()) {
    *options.errors << "quotetrace: warning: " << save.message()
                    << " (the next ingest rebuilds them)\n";
  }
  analysis.reset();  // its statements end on the thread that uses the database
  counts->seconds = Since(start);
  return s;
}

}  // namespace qt::pipeline
