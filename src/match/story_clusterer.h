// StoryClusterer: articles about the same event, grouped in one pass.
//
// Articles are added in date order (undated ones in ingest order). Each is a
// TF-IDF vector of its words, names weighted up (capitalized words inside a
// sentence); document frequencies grow as articles arrive. An article joins
// the most similar story active within `window_days` when the cosine to the
// story's centroid (its `centroid_terms` heaviest terms) reaches a threshold;
// else it starts a story. Shared quote clusters add to the similarity: two
// articles printing the same quotation are very likely one story.
//
// The threshold depends on how many distinct terms an article has: a
// headline's short vector meets a story centroid at a lower cosine than a
// full article's, so short texts need less (one configuration for
// headlines and articles, not a setting per dataset). When an article fits
// a second story nearly as well and the two stories' centroids agree, the
// stories merge: the article bridged them.
//
// The state can be saved and loaded (Serialize/Deserialize), so a later
// batch continues where the last one stopped: a batch of later articles ends
// where one run over all of them would. A batch holding articles older than
// ones already clustered is added after them, so its stories can differ
// from a single run's (single-pass clustering depends on order).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace qt::match {

struct StoryOptions {
  double short_threshold = 0.12;  // at or below short_terms distinct terms
  double long_threshold = 0.22;   // at or above long_terms
  size_t short_terms = 8;
  size_t long_terms = 40;
  double merge_threshold = 0.3;
  double name_weight = 1.5;
  double window_days = 30;
  size_t centroid_terms = 60;
  double quote_bonus = 0.2;  // per shared quote cluster, at most two
  size_t candidate_terms = 12;     // an article looks for stories under its heaviest terms
  size_t stories_per_term = 64;    // and, under each, the stories it last grew
};

struct StoryArticle {
  int64_t key = 0;                    // the article row
  std::optional<double> day;          // days since the epoch, when dated
  std::string text;                   // title and text
  std::vector<int64_t> quote_clusters;
};

class StoryClusterer {
 public:
  explicit StoryClusterer(StoryOptions options = {}) : options_(options) {}

  // Adds one article; returns its story.
  int64_t Add(const StoryArticle& article);

  // The story of every article added so far (after merges).
  std::unordered_map<int64_t, int64_t> Assignments() const;

  std::string Serialize() const;
  bool Deserialize(const std::string& state);

 private:
  struct Story {
    std::unordered_map<std::string, double> sum;  // summed article vectors
    std::unordered_map<std::string, double> top;  // normalised centroid
    std::unordered_map<int64_t, int> quote_clusters;
    std::optional<double> last_day;
  };

  std::unordered_map<std::string, double> Vector(const std::string& text);
  int64_t Find(int64_t story) const;
  void UpdateCentroid(int64_t story);
  double Similarity(const std::unordered_map<std::string, double>& v, const Story& s,
                    const std::vector<int64_t>& quote_clusters) const;
  void Merge(int64_t from, int64_t into);

  StoryOptions options_;
  std::unordered_map<std::string, int64_t> df_;
  int64_t documents_ = 0;
  std::vector<Story> stories_;
  std::vector<int64_t> parent_;  // union-find over stories
  std::unordered_map<std::string, std::vector<int64_t>> by_term_;  // centroid term → stories
  std::unordered_map<int64_t, std::vector<int64_t>> by_quote_cluster_;  // → stories
  std::unordered_map<int64_t, int64_t> article_story_;
};

}  // namespace qt::match
