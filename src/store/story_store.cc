#include "store/story_store.h"

namespace qt::store {

Status StoryStore::Open(Database* db, std::unique_ptr<StoryStore>* store) {
  std::unique_ptr<StoryStore> s(new StoryStore(db));
  if (Status st = PrepareAll(
          *db,
          {{&s->text_,
            "SELECT coalesce(title, '') || char(10) || text FROM articles WHERE seq = ?1"},
           {&s->clusters_,
            "SELECT DISTINCT current_cluster FROM clustered_quotes "
            "WHERE article_seq = ?1 AND cluster IS NOT NULL ORDER BY 1"},
           {&s->set_story_, "INSERT OR REPLACE INTO article_stories (seq, story) VALUES (?1, ?2)"},
           {&s->merged_into_, "SELECT into_cluster FROM cluster_merges WHERE cluster = ?1"}});
      !st.ok()) {
    return st;
  }
  *store = std::move(s);
  return Status::Ok();
}

Status StoryStore::Unclustered(std::vector<UnclusteredArticle>* rows) {
  rows->clear();
  Statement q;
  if (Status s = q.Prepare(*db_,
                           "SELECT seq, coalesce(date, '') FROM articles WHERE seq > "
                           "(SELECT coalesce(max(seq), 0) FROM article_stories) "
                           "ORDER BY coalesce(date, ''), seq");
      !s.ok()) {
    return s;
  }
  while (q.Step()) rows->push_back({q.Int(0), std::string(q.Text(1))});
  return q.status();
}

Status StoryStore::ArticleForStories(int64_t seq, std::string* text,
                                     std::vector<int64_t>* quote_clusters) {
  text_.Bind(1, seq);
  text->clear();
  if (text_.Step()) *text = text_.Text(0);
  Status s = text_.status();
  text_.Reset();
  if (!s.ok()) return s;
  quote_clusters->clear();
  clusters_.Bind(1, seq);
  while (clusters_.Step()) quote_clusters->push_back(clusters_.Int(0));
  s = clusters_.status();
  clusters_.Reset();
  return s;
}

Status StoryStore::SetStory(int64_t seq, int64_t story) {
  set_story_.Bind(1, seq);
  set_story_.Bind(2, story);
  return set_story_.Run();
}

Status StoryStore::CurrentClusters(std::vector<int64_t>* clusters) {
  for (int64_t& c : *clusters) {
    merged_into_.Bind(1, c);
    if (merged_into_.Step()) c = merged_into_.Int(0);
    const Status s = merged_into_.status();
    merged_into_.Reset();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status StoryStore::LoadState(std::string* state) {
  state->clear();
  Statement q;
  if (Status s = q.Prepare(*db_, "SELECT state FROM story_state WHERE id = 1"); !s.ok()) return s;
  if (q.Step()) *state = q.Blob(0);
  return q.status();
}

Status StoryStore::SaveState(const std::string& state) {
  Statement q;
  if (Status s = q.Prepare(*db_, "INSERT OR REPLACE INTO story_state (id, state) VALUES (1, ?1)");
      !s.ok()) {
    return s;
  }
  q.BindBlob(1, state.data(), state.size());
  return q.Run();
}

Status StoryStore::ForEachJoined(const std::function<void(int64_t, int64_t)>& fn) {
  Statement q;
  if (Status s = q.Prepare(*db_, "SELECT seq, story FROM article_stories"); !s.ok()) return s;
  while (q.Step()) fn(q.Int(0), q.Int(1));
  return q.status();
}

Status StoryStore::ForEachCurrent(const std::function<void(const std::string&, int64_t)>& fn) {
  Statement q;
  if (Status s = q.Prepare(*db_, "SELECT id, seq FROM current_articles ORDER BY seq"); !s.ok()) {
    return s;
  }
  while (q.Step()) fn(std::string(q.Text(0)), q.Int(1));
  return q.status();
}

}  // namespace qt::store
