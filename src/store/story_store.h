// StoryStore: which story each article row joined, and the story
// clusterer's saved state (a BLOB, match/story_clusterer.h).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/database.h"

namespace qt::store {

struct UnclusteredArticle {
  int64_t seq = 0;
  std::string date;  // ISO 8601 or ""
};

class StoryStore {
 public:
  static Status Open(Database* db, std::unique_ptr<StoryStore>* store);

  // Rows not yet in a story, in story order: by date, undated ones first in
  // ingest order (each batch's undated articles keep their arrival order).
  Status Unclustered(std::vector<UnclusteredArticle>* rows);
  // The title and text of a row, and the variant clusters of its quotations.
  Status ArticleForStories(int64_t seq, std::string* text, std::vector<int64_t>* quote_clusters);
  Status SetStory(int64_t seq, int64_t story);
  // The variant cluster each of `clusters` is part of now: a cluster that a
  // later ingest merged into another is read as that one.
  Status CurrentClusters(std::vector<int64_t>* clusters);

  // The saved clusterer state ("" when none).
  Status LoadState(std::string* state);
  Status SaveState(const std::string& state);

  // Every clustered row and the story it joined (merged into others since:
  // match::StoryClusterer::StoryOf says where it is now).
  Status ForEachJoined(const std::function<void(int64_t seq, int64_t story)>& fn);

  // Current revisions: id and row, in ingest order.
  Status ForEachCurrent(const std::function<void(const std::string& id, int64_t seq)>& fn);

 private:
  explicit StoryStore(Database* db) : db_(db) {}
  Database* db_;
  Statement text_, clusters_, set_story_, merged_into_;
};

}  // namespace qt::store
