// StoryClusterer: articles about the same event, grouped in one pass.
//
// Articles are added in date order (undated ones in ingest order). Each is a
// TF-IDF vector of its words, names weighted up (capitalized words inside a
// sentence); document frequencies grow as articles arrive. An article joins
// the most similar story active within `window_days` when the cosine to the
// story's centroid (its `centroid_terms` heaviest terms) reaches a threshold;
// else it starts a story. Shared quote clusters add to the similarity: two
// articles printing the same quotation are very likely one story, unless
// the quotation is in more than `stories_per_quote` stories already.
//
// The threshold depends on how many distinct terms an article has: a
// headline's short vector meets a story centroid at a lower cosine than a
// full article's, so short texts need less (one configuration for
// headlines and articles, not a setting per dataset). When an article fits
// a second story nearly as well and the two stories' centroids agree, the
// stories merge: the article bridged them.
//
// The hard case is two events of one kind (two earthquakes, two hosts
// named for the Oscars): their articles share the topic's words, and in one
// pass the first article of the second event joins the first event's story,
// which every later one then follows. Two signals tell them apart:
// - Cohesion. A full article is scored by its cosine to the centroid times
//   the story's cohesion (the centroid's length over its article count: 1
//   when all its articles are alike) raised to the same length fraction as
//   the threshold's. For a full article that is close to its mean cosine
//   to the story's articles, so a story spread across two events draws
//   less than a tight one (average link, not centroid link). A headline keeps the
//   plain centroid cosine: one headline meets each other headline of its
//   story at too low a cosine for a mean to find it.
// - Anchors: the numbers (an age, a toll, a sum, a year) and the days of
//   the week an article prints. An article none of whose numbers any of a
//   story's articles printed loses `anchor_penalty`, and so for days: two
//   events of one kind differ in their figures and dates, and articles of
//   one event repeat them. Ignored when either side prints none.
//
// - Doubt. An article that joined a story by less than `doubt_margin`
//   over the threshold stays in doubt until the story's next article. When
//   that one's cosine to it beats its score for the story by `split_gain`,
//   the two start a story of their own, and the two stories never merge
//   again. The first article of a second event often joins the first
//   event's story barely, and the second article is much nearer it than to
//   the story. With it the anchors' penalty was halved (0.05 → 0.025):
//   ECB+ 0.903 → 0.926, UCI 0.753 → 0.760, and 0.923–0.926 / 0.756–0.760
//   around these settings (docs/journal/accuracy.md). The split-off
//   article keeps the number Add returned for it (its own, in doubt), so
//   StoryOf follows it, in this batch or a later one. The story keeps the
//   weekdays it named, which cannot be taken apart.
//
// Memory stays bounded by the stories of the last `window_days`: articles
// come in date order, so a story whose last article is older than that
// before the latest one can take no more dated articles. Such stories are
// retired (their terms dropped, their articles kept); undated articles, which
// come first in a run, are matched against active stories only. Retiring
// runs as the latest date moves on, which a backfill (a batch dated before
// articles already clustered) does not do: RetireBackfilled retires the
// stories such a batch started, at its end.
//
// Document frequencies grow from a prior (`prior_documents`, `prior_df`): in
// the first articles of a stream a word that one of three printed is no
// common word, only one seen too few times to say. Without it the first
// stories of a run split (ECB+'s first topic into eight); with it ECB+
// 0.896 → 0.903 and UCI 0.744 → 0.753 (docs/journal/accuracy.md). Past a few
// thousand articles it changes a weight by little. A larger prior read a
// little higher on both but merged the 30 invented topics of
// StoryAssignmentTest into 6 stories: in a first batch of a few hundred
// articles it outweighs what they show.
//
// The vocabulary (a document frequency per word ever seen) would grow
// without bound on noisy text: most words of OCR'd or generated copies are
// seen once. When it reaches `prune_terms` (then twice its size after the
// last pruning), words seen in one article only and held by no active story
// are forgotten; seen again, they count from one. The trigger depends only
// on the articles added, so batches prune where one run would.
//
// The state can be saved and loaded (Serialize/Deserialize), so a later
// batch continues where the last one stopped: a batch of later articles ends
// where one run over all of them would. A batch holding articles older than
// ones already clustered is added after them, so its stories can differ
// from a single run's (single-pass clustering depends on order). So can a
// batch that merges variant clusters of an earlier one (a whole quotation
// after its halves): one run gives the earlier articles the merged cluster
// too, while a saved state can only read it as merged from then on
// (RenameQuoteClusters). The state holds no article (but the terms of a
// story's newest article while it is in doubt): the caller keeps the
// number Add returned for each article and asks StoryOf for where it is
// now.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "match/term_index.h"

namespace qt::match {

class ArticleTerms;  // story_clusterer.cc
class StateReader;   // story_clusterer.cc

struct StoryOptions {
  double short_threshold = 0.12;  // at or below short_terms distinct terms
  double long_threshold = 0.15;   // at or above long_terms
  size_t short_terms = 8;
  size_t long_terms = 40;
  double merge_threshold = 0.3;
  double name_weight = 1.5;
  double window_days = 30;
  size_t centroid_terms = 60;
  double quote_bonus = 0.14;      // per shared quote cluster, at most two (alone, under long_threshold),
  size_t stories_per_quote = 3;   // of clusters in at most this many stories
  double anchor_penalty = 0.025;  // for numbers, and for weekdays, none shared
  double doubt_margin = 0.07;     // a join by less over the threshold is in doubt (0: never)
  double split_gain = 0.25;       // the next article's cosine to it over its score for the story
  size_t story_numbers = 256;     // a story keeps its most printed numbers, at least this many
  size_t candidate_terms = 12;    // an article looks for stories under its heaviest terms
  size_t stories_per_term = 64;   // and, under each (and each quote cluster), the stories it last grew
  size_t prune_terms = size_t{1} << 20;  // vocabulary size that first prunes words seen once
  // Document frequencies start from a prior: prior_documents articles, in
  // which every word was seen prior_df times (1%).
  double prior_documents = 100;
  double prior_df = 1;
};

// An article's words as the clusterer weighs them (lower-cased, stop words
// left out, names weighted up), read from its text alone: StoryWordsOf runs
// on any thread, so a caller can find the next articles' words while the
// clusterer adds this one.
struct StoryWords {
  struct Word {
    uint64_t hash;  // TermIndex::HashOf of its spelling
    uint32_t start, size;  // of its spelling in `spellings`
    double weight;  // summed over its occurrences: 1 each, name_weight as a name
  };
  std::string spellings;  // back to back
  std::vector<Word> words;  // each spelling once, in order of first occurrence
  std::vector<uint64_t> numbers;  // HashWord of each number printed, sorted, each once
  uint8_t weekdays = 0;           // bit d: the day d (0 Monday … 6 Sunday) is named
  std::string_view Spelling(const Word& w) const { return {spellings.data() + w.start, w.size}; }
};

StoryWords StoryWordsOf(std::string_view text, const StoryOptions& options);

struct StoryArticle {
  int64_t key = 0;                    // the article row
  std::optional<double> day;          // days since the epoch, when dated
  std::string text;                   // title and text
  std::vector<int64_t> quote_clusters;
};

class StoryClusterer {
 public:
  explicit StoryClusterer(StoryOptions options = {}) : options_(options) {}

  // Adds one article; returns the number of the story it joined, which
  // StoryOf reads as the story it is in now. An article that joined in
  // doubt gets a number of its own: StoryOf reads it as the story it joined
  // until the next article splits it off, and as its own story after.
  int64_t Add(const StoryArticle& article) {
    return Add(article, StoryWordsOf(article.text, options_));
  }
  // The same, with `words` = StoryWordsOf(article.text, options) found
  // beforehand (article.text is not read).
  int64_t Add(const StoryArticle& article, const StoryWords& words);

  const StoryOptions& options() const { return options_; }

  // The story that a story Add returned is part of now, after merges.
  int64_t StoryOf(int64_t joined) const;

  // Words in the vocabulary, and stories still open to new articles.
  size_t vocabulary() const { return terms_.size(); }
  size_t active_stories() const { return active_.size(); }
  // How many of the articles added printed `word` (lower-cased), as the
  // vocabulary counts them: 0 for a word never seen or forgotten.
  int64_t DocumentFrequency(std::string_view word) const;

  // Retires the stories whose last article is older than the window before
  // the last retirement sweep: stories that a backfill started or grew.
  // Call after a batch. Without it each backfilled batch's stories stayed
  // active, in memory and in the saved state (38 → 118 MB over nine
  // batches onto a million generated articles). A batch in date order
  // leaves none such, so for it this changes nothing.
  void RetireBackfilled();

  // The variant clusters (pipeline/variant_clustering.h) the active stories
  // hold, and a rename of them: was[i] is read as now[i] from here on.
  // Clusters merge in later ingests, and an article of a later batch names
  // the one its quotation is in now: without the rename it shared nothing
  // with a story that printed the cluster under its old number, where one
  // ingest of both batches would have given the two the same number.
  std::vector<int64_t> QuoteClusters() const;
  void RenameQuoteClusters(const std::vector<int64_t>& was, const std::vector<int64_t>& now);

  // A compact binary state (little-endian, versioned). Deserialize also
  // reads the binary state of version 2 (stories without article counts,
  // weekdays or numbers: each such story keeps a cohesion of 1 and no
  // anchors) and the text state of version 1; false when `state` is none.
  std::string Serialize() const;
  bool Deserialize(std::string_view state);

 private:
  // Terms are interned: vectors and centroids hold ids, sorted, so a cosine
  // is one merge of two short arrays rather than a string hash per term.
  using TermId = uint32_t;
  using TermVector = std::vector<std::pair<TermId, double>>;  // sorted by id

  // What Add reads of each of its candidates (whether it may join,
  // its centroid, its clusters) comes first, in one cache line.
  struct Story {
    std::optional<double> last_day;
    uint8_t weekdays = 0;  // named by any of its articles (StoryWords::weekdays)
    double log_cohesion = 0;  // log(centroid's length before normalising / articles)
    TermVector top;        // normalised centroid
    std::unordered_map<int64_t, int> quote_clusters;
    TermVector sum;  // summed article vectors
    // Articles added, merges included; 0 for a story read from a state of
    // version 2, which did not count them: its cohesion is taken as 1.
    uint32_t articles = 0;
    // Numbers its articles printed, sorted by hash, with how many printed
    // each; the most printed story_numbers kept when it doubles that.
    std::vector<std::pair<uint64_t, uint32_t>> numbers;
    int64_t split_from = -1;  // the story it was split off from, which it never merges with
  };

  // A story's newest article, when it joined in doubt: what splitting it
  // off takes back from the story.
  struct Doubtful {
    int64_t node = -1;  // the number Add returned for it, whose parent is the story until split
    std::optional<double> day;
    TermVector v;
    uint8_t weekdays = 0;
    std::vector<uint64_t> numbers;
    std::vector<int64_t> quote_clusters;
  };

  // A term and its weight, as terms are ranked for a centroid or for an
  // article's candidate stories.
  struct WeightedTerm {
    double weight;
    uint64_t order_key;  // order_keys_[id], carried along: ties are common
    TermId id;
  };

  TermId Intern(std::string_view term, uint64_t hash);  // hash: TermIndex::HashOf(term)
  TermVector Vector(const StoryWords& words);
  std::vector<WeightedTerm> Ranked(const TermVector& v) const;
  // Orders terms by weight, heaviest first; equal weights by spelling, so
  // the order does not depend on the order ids were handed out.
  bool Heavier(const WeightedTerm& a, const WeightedTerm& b) const;
  int64_t Find(int64_t story) const;
  size_t MaxSumTerms() const;
  // Ranks the story's summed terms and sets its centroid from them.
  void UpdateCentroid(int64_t story);
  // Sets the centroid from the story's summed terms, ranked: the first
  // centroid_terms of `ranked` are the heaviest, heaviest first.
  void SetCentroid(int64_t story, const std::vector<WeightedTerm>& ranked);
  // The article's quote clusters that can tell its candidate stories apart,
  // and the stories that hold them.
  struct TellingClusters {
    std::vector<std::vector<int64_t>> listed;  // per cluster: the active stories holding it
    std::vector<int64_t> unlisted;  // clusters whose stories are not all listed
  };
  TellingClusters TellingClustersOf(const std::vector<int64_t>& quote_clusters) const;
  // The article as a story's score reads it.
  struct Probe {
    const ArticleTerms& terms;
    const StoryWords& words;      // for its anchors
    double length_fraction;       // 0 at short_terms or fewer, 1 at long_terms or more
    const TellingClusters& telling;
  };
  // A story's score, in steps that each can only lower it: the centroid
  // cosine plus the quotation bonus; that with the cosine scaled by
  // cohesion (Cohesive); that less the anchor penalty. Add takes the next
  // step only for a story the last one still places among its best two:
  // most candidates stop at the first, and the anchors' lookup is a cache
  // miss or two per story (docs/journal/performance.md).
  struct Affinity {
    double cosine, bonus;
    double Bound() const { return cosine + bonus; }
  };
  Affinity AffinityOf(const Probe& article, int64_t story) const;
  double Cohesive(const Probe& article, const Story& s, const Affinity& affinity) const;
  // anchor_penalty for each kind of anchor the article prints and the
  // story's articles do too, none of them the same.
  double AnchorPenalty(const StoryWords& words, const Story& s) const;
  void AddNumbers(const std::vector<std::pair<uint64_t, uint32_t>>& more, Story* s) const;
  // Lists `story` under `cluster` in by_quote_cluster_.
  void AddClusterStory(int64_t cluster, int64_t story);
  void Merge(int64_t from, int64_t into);
  // Whether one of the two stories was split off from the other.
  bool SplitApart(int64_t a, int64_t b) const;
  // The story that the article of `v` and the doubtful newest article of
  // `story` start, split off, when the article is that much nearer it than
  // `score`, its score for the story; else -1. *score becomes its cosine.
  int64_t SplitDoubtful(const TermVector& v, double threshold, int64_t story, double* score);
  // Takes what the doubtful article brought back from `story`: its terms,
  // numbers, quote clusters and count (not its weekdays, a bit set).
  void TakeBack(const Doubtful& d, int64_t story);
  // Makes the doubtful article's number a story of its own, split off `from`.
  void StartSplitStory(Doubtful d, int64_t from);
  // A new story, its own parent and not retired (the caller makes it active
  // or not): its number.
  int64_t AppendStory();
  // Notes the story's newest article as in doubt: a number of its own for
  // Add to return, its parent `story`.
  int64_t AddDoubtful(int64_t story, const StoryArticle& article, const StoryWords& words,
                      const TermVector& v);
  // Retires the active stories whose last article is older than `day` by
  // more than the window.
  void RetireStoriesBefore(double day);
  void AddNewest(int64_t story, std::vector<int64_t>* stories) const;
  void AppendNewest(const std::vector<int64_t>& stories, std::vector<int64_t>* out);
  void PruneVocabulary();
  bool DeserializeText(std::string_view state);
  bool ReadDoubtful(StateReader& r);  // version 4's articles in doubt, after the stories
  // Whether a state read back can be continued: its counts in range, and
  // every story's parents leading to a story that is its own (a damaged
  // file could loop, and Find never return).
  bool Consistent() const;
  bool ParentsEndInRoots() const;
  void Reindex();
  void RebuildDerived();

  StoryOptions options_;
  TermIndex term_ids_;
  std::vector<std::string> terms_;  // id → spelling
  // id → its spelling's first 8 bytes as a big-endian number: comparing two
  // of them orders most spellings without reading the strings.
  std::vector<uint64_t> order_keys_;
  std::vector<int64_t> df_;         // id → document frequency
  int64_t documents_ = 0;
  std::vector<Story> stories_;
  std::vector<int64_t> parent_;  // union-find over stories
  // Centroid term → the stories it last entered, newest last; only the
  // newest stories_per_term are read, so older ones are dropped.
  std::vector<std::vector<int64_t>> by_term_;
  std::unordered_map<int64_t, std::vector<int64_t>> by_quote_cluster_;  // → stories, as by_term_
  // Clusters whose story lists AddNewest trimmed since the lists were built:
  // stories holding them may be missing from their lists.
  std::unordered_set<int64_t> trimmed_clusters_;
  std::unordered_map<int64_t, Doubtful> doubtful_;  // by story: its newest article, in doubt
  std::optional<double> latest_day_;  // the latest dated article added
  std::vector<int64_t> active_;       // stories not retired (merged ones until the next sweep)
  std::optional<double> swept_day_;   // latest_day_ at the last retirement sweep
  size_t next_prune_ = 0;             // vocabulary size that prunes next (0: prune_terms)
  // Whether each story is retired: out of every later dated article's
  // window, its terms dropped. Kept apart from the stories so that
  // AppendNewest skips retired ones without reading them (at 100,000
  // generated articles 96% of the stories listed under an article's terms
  // are retired, each a cache miss).
  std::vector<bool> retired_;
  // Add's scratch: by story, the number of the Add that last listed it as
  // a candidate (sorting the candidates to drop repeats cost more).
  std::vector<uint32_t> listed_in_;
  uint32_t adds_ = 0;
};

}  // namespace qt::match
