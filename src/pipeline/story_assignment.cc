#include "pipeline/story_assignment.h"

#include <chrono>
#include <cstdio>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "match/story_clusterer.h"
#include "pipeline/thread_pool.h"
#include "store/story_store.h"
#include "text/utf8.h"

namespace qt::pipeline {
namespace {
constexpr size_t kLeadBytes = 2000;
}  // namespace

std::optional<double> DaysOf(std::string_view iso) {
  int y = 0, m = 0, d = 0, hh = 0, mm = 0, ss = 0;
  const std::string s(iso);
  if (std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return std::nullopt;
  std::sscanf(s.c_str(), "%*d-%*d-%*dT%d:%d:%d", &hh, &mm, &ss);
  using namespace std::chrono;
  const sys_days day{year_month_day{year(y), month(static_cast<unsigned>(m)),
                                    std::chrono::day(static_cast<unsigned>(d))}};
  return day.time_since_epoch().count() + (hh * 3600 + mm * 60 + ss) / 86400.0;
}

namespace {

// Rows read and their words found on the pool, a batch to a task: waking
// a worker costs more than one row's words.
struct ReadBatch {
  Status status;
  std::vector<match::StoryArticle> articles;
  std::vector<match::StoryWords> words;
};
constexpr size_t kRowsPerTask = 32;

// The title and the lead say what the story is; the rest costs time.
void KeepLead(std::string* text) {
  if (text->size() <= kLeadBytes) return;
  text->resize(text::CharStartAtOrBefore(*text, kLeadBytes));
}

// Reads rows[begin, end) through `stories`, whose connection is used by one
// thread at a time (`connection` held), and finds their words.
ReadBatch Read(store::StoryStore& stories, std::mutex& connection,
               const std::vector<store::UnclusteredArticle>& rows, size_t begin, size_t end,
               const match::StoryOptions& options) {
  ReadBatch batch;
  std::string text;
  for (size_t i = begin; i < end; ++i) {
    match::StoryArticle& a = batch.articles.emplace_back();
    a.key = rows[i].seq;
    a.day = DaysOf(rows[i].date);
    {
      std::lock_guard<std::mutex> lock(connection);
      batch.status = stories.ArticleForStories(rows[i].seq, &text, &a.quote_clusters);
    }
    if (!batch.status.ok()) break;
    KeepLead(&text);
    batch.words.push_back(match::StoryWordsOf(text, options));
  }
  return batch;
}

// Clusters every row not yet in a story, continuing the saved state, and
// appends each row with the story it joined to *joined, in date order.
// Writes nothing.
Status Cluster(store::Database& db, store::StoryStore& stories, size_t threads,
               match::StoryClusterer* clusterer, std::vector<std::pair<int64_t, int64_t>>* joined) {
  std::vector<store::UnclusteredArticle> rows;
  if (Status s = stories.Unclustered(&rows); !s.ok()) return s;
  if (rows.empty()) return Status::Ok();
  std::string state;
  if (Status s = stories.LoadState(&state); !s.ok()) return s;
  if (!state.empty() && !clusterer->Deserialize(state)) {
    return Status::Error(db.path() + ": the saved story state is unreadable");
  }
  const std::vector<int64_t> was = clusterer->QuoteClusters();
  std::vector<int64_t> now = was;
  if (Status s = stories.CurrentClusters(&now); !s.ok()) return s;
  clusterer->RenameQuoteClusters(was, now);
  // Rows are read and their words found on the pool while this thread adds
  // earlier ones, in date order, to the clusterer. The one SQLite
  // connection is shared under `connection`: reading rows on the pool takes
  // a fifth of the stage off this thread, which the whole stage waits for.
  std::mutex connection;
  ThreadPool pool(threads);
  // This thread, which the stage waits for, keeps a core (a million
  // generated articles' stories again: 87.2, 90.2 → 83.5, 83.9 s; 100k the same).
  pool.ShareCoresWithFeeder(true);
  const match::StoryOptions& options = clusterer->options();
  std::deque<std::future<ReadBatch>> pending;
  const auto add_oldest = [&]() -> Status {
    const ReadBatch batch = pool.Get(pending.front());
    pending.pop_front();
    if (!batch.status.ok()) return batch.status;
    for (size_t k = 0; k < batch.articles.size(); ++k) {
      joined->emplace_back(batch.articles[k].key,
                           clusterer->Add(batch.articles[k], batch.words[k]));
    }
    return Status::Ok();
  };
  Status s;
  for (size_t i = 0; i < rows.size() && s.ok(); i += kRowsPerTask) {
    const size_t end = std::min(rows.size(), i + kRowsPerTask);
    pending.push_back(
        pool.Submit([&, i, end] { return Read(stories, connection, rows, i, end, options); }));
    if (pending.size() > 2 * pool.size()) s = add_oldest();
  }
  while (s.ok() && !pending.empty()) s = add_oldest();
  for (std::future<ReadBatch>& p : pending) pool.Wait(p);  // the connection is this thread's again
  if (s.ok()) clusterer->RetireBackfilled();
  return s;
}

}  // namespace

Status AssignStories(store::Database& db, size_t threads, size_t* count) {
  *count = 0;
  std::unique_ptr<store::StoryStore> stories;
  if (Status s = store::StoryStore::Open(&db, &stories); !s.ok()) return s;
  // Read and clustered in a read transaction, then written in a write
  // transaction of their own: until then another connection may write
  // (the search index is built beside the stories, ingest_pipeline.cc).
  // The rows' stories and the state that knows them are saved together,
  // or not at all (a killed run is clustered again).
  if (Status s = db.BeginRead(); !s.ok()) return s;
  match::StoryClusterer clusterer;
  std::vector<std::pair<int64_t, int64_t>> joined;  // row, story
  Status s = Cluster(db, *stories, threads, &clusterer, &joined);
  if (!s.ok()) {
    (void)db.Rollback();
    return s;
  }
  if (s = db.Commit(); !s.ok() || joined.empty()) return s;
  if (s = db.Begin(); !s.ok()) return s;
  for (const auto& [seq, story] : joined) {
    if (s = stories->SetStory(seq, story); !s.ok()) break;
  }
  if (s.ok()) s = stories->SaveState(clusterer.Serialize());
  if (!s.ok()) {
    (void)db.Rollback();
    return s;
  }
  *count = joined.size();
  return db.Commit();
}

}  // namespace qt::pipeline
