#include "pipeline/story_assignment.h"

#include <chrono>
#include <deque>
#include <future>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "match/story_clusterer.h"
#include "pipeline/thread_pool.h"
#include "store/story_store.h"

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

// Rows read from the database whose words are being found on the pool,
// a batch to a task: waking a worker costs more than one row's words.
struct PendingBatch {
  std::vector<match::StoryArticle> articles;
  std::future<std::vector<match::StoryWords>> words;
};
constexpr size_t kRowsPerTask = 32;

// The title and the lead say what the story is; the rest costs time.
void KeepLead(std::string* text) {
  if (text->size() <= kLeadBytes) return;
  size_t cut = kLeadBytes;
  while (cut > 0 && (static_cast<unsigned char>((*text)[cut]) & 0xC0) == 0x80) --cut;
  text->resize(cut);
}

}  // namespace

Status AssignStories(store::Database& db, size_t threads, size_t* count) {
  *count = 0;
  std::unique_ptr<store::StoryStore> stories;
  if (Status s = store::StoryStore::Open(&db, &stories); !s.ok()) return s;
  std::vector<store::UnclusteredArticle> rows;
  if (Status s = stories->Unclustered(&rows); !s.ok()) return s;
  if (rows.empty()) return Status::Ok();

  match::StoryClusterer clusterer;
  std::string state;
  if (Status s = stories->LoadState(&state); !s.ok()) return s;
  if (!state.empty() && !clusterer.Deserialize(state)) {
    return Status::Error(db.path() + ": the saved story state is unreadable");
  }
  // Words are found on the pool while this thread reads rows and adds
  // them, in date order, to the clusterer.
  ThreadPool pool(threads);
  const match::StoryOptions& options = clusterer.options();
  std::deque<PendingBatch> pending;
  const auto add_oldest = [&]() -> Status {
    PendingBatch p = std::move(pending.front());
    pending.pop_front();
    const std::vector<match::StoryWords> words = p.words.get();
    for (size_t k = 0; k < p.articles.size(); ++k) {
      ++*count;
      const match::StoryArticle& a = p.articles[k];
      if (Status s = stories->SetStory(a.key, clusterer.Add(a, words[k])); !s.ok()) return s;
    }
    return Status::Ok();
  };
  // One transaction: the rows' stories and the state that knows them are
  // saved together, or not at all (a killed run is clustered again).
  if (Status s = db.Begin(); !s.ok()) return s;
  Status s;
  for (size_t i = 0; i < rows.size() && s.ok();) {
    PendingBatch p;
    std::vector<std::string> texts;
    for (; i < rows.size() && texts.size() < kRowsPerTask && s.ok(); ++i) {
      match::StoryArticle& a = p.articles.emplace_back();
      a.key = rows[i].seq;
      a.day = DaysOf(rows[i].date);
      s = stories->ArticleForStories(rows[i].seq, &texts.emplace_back(), &a.quote_clusters);
      KeepLead(&texts.back());
    }
    if (!s.ok()) break;
    p.words = pool.Submit([texts = std::move(texts), &options] {
      std::vector<match::StoryWords> words;
      words.reserve(texts.size());
      for (const std::string& text : texts) words.push_back(match::StoryWordsOf(text, options));
      return words;
    });
    pending.push_back(std::move(p));
    if (pending.size() > 2 * pool.size()) s = add_oldest();
  }
  while (s.ok() && !pending.empty()) s = add_oldest();
  if (s.ok()) s = stories->SaveState(clusterer.Serialize());
  if (!s.ok()) {
    db.Rollback();
    return s;
  }
  return db.Commit();
}

}  // namespace qt::pipeline
