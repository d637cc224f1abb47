#include "pipeline/story_assignment.h"

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "match/story_clusterer.h"
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

Status AssignStories(store::Database& db, size_t* count) {
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
  match::StoryArticle article;
  // One transaction: the rows' stories and the state that knows them are
  // saved together, or not at all (a killed run is clustered again).
  if (Status s = db.Begin(); !s.ok()) return s;
  for (const store::UnclusteredArticle& row : rows) {
    article.key = row.seq;
    article.day = DaysOf(row.date);
    if (Status s = stories->ArticleForStories(row.seq, &article.text, &article.quote_clusters);
        !s.ok()) {
      db.Rollback();
      return s;
    }
    // The title and the lead say what the story is; the rest costs time.
    if (article.text.size() > kLeadBytes) {
      size_t cut = kLeadBytes;
      while (cut > 0 && (static_cast<unsigned char>(article.text[cut]) & 0xC0) == 0x80) --cut;
      article.text.resize(cut);
    }
    if (Status s = stories->SetStory(row.seq, clusterer.Add(article)); !s.ok()) {
      db.Rollback();
      return s;
    }
    ++*count;
  }
  if (Status s = stories->SaveState(clusterer.Serialize()); !s.ok()) {
    db.Rollback();
    return s;
  }
  return db.Commit();
}

}  // namespace qt::pipeline
