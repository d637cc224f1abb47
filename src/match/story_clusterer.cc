#include "match/story_clusterer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <sstream>
#include <utility>

#include "base/bit_filter.h"
#include "text/tokens.h"
#include "text/word_table.h"

namespace qt::match {
namespace {

constexpr std::string_view kStopWords[] = {
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from",
    "as", "is", "was", "are", "were", "be", "been", "being", "it", "its", "this", "that",
    "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
    "my", "your", "not", "no", "but", "if", "then", "than", "so", "such", "can", "could",
    "would", "should", "will", "may", "might", "must", "do", "does", "did", "has", "have",
    "had", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "all",
    "any", "some", "more", "most", "other", "into", "over", "under", "after", "before",
    "about", "against", "between", "during", "through", "up", "down", "out", "off", "again",
    "further", "once", "here", "there", "also", "just", "only", "very", "said", "says", "say",
    "new", "one", "two", "three"};

// Looked up by the token's hash (text::WordTable), which a set of
// string_views hashed again for every word of every article.
bool IsStopWord(std::string_view w, uint64_t hash) {
  static const auto* stop = new text::WordTable<bool>(text::WordSetOf(kStopWords));
  return stop->Find(w, hash) != nullptr;
}

// Both vectors sorted by term id.
template <typename A, typename B>
double Cosine(const A& a, const B& b) {
  double dot = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      dot += (i++)->second * (j++)->second;
    }
  }
  return dot;
}

}  // namespace

// An article's vector, read against the centroids of hundreds of candidate
// stories: a 4,096-bit filter of its term ids answers "not in the article"
// for most centroid terms from one L1-resident word, and a small
// open-addressing table of its terms gives the weight of the rest in one or
// two probes (a binary search over its hundreds of terms was two fifths of
// a cosine's time at a million articles). So a cosine costs a pass over the
// centroid's 60 terms. Products are summed in the centroid's id order, as
// Cosine does, so the sums are the same doubles.
class ArticleTerms {
 public:
  explicit ArticleTerms(const std::vector<std::pair<uint32_t, double>>& v)
      : slots_(std::bit_ceil(std::max<size_t>(64, 4 * v.size())), {kEmpty, 0}),
        shift_(64 - std::countr_zero(slots_.size())) {
    for (const auto& [id, x] : v) {
      filter_.Add(id);
      slots_[SlotOf(id)] = {id, x};
    }
  }

  // The dot product with `top`, sorted by term id.
  double Dot(const std::vector<std::pair<uint32_t, double>>& top) const {
    double dot = 0;
    for (const auto& [id, x] : top) {
      if (!filter_.MayHold(id)) continue;
      const auto& [held, weight] = slots_[SlotOf(id)];
      if (held == id) dot += weight * x;
    }
    return dot;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;  // no term id
  // Where `id` is, or the empty slot it would go in.
  size_t SlotOf(uint32_t id) const {
    size_t i = static_cast<size_t>((id * 0x9E3779B97F4A7C15ULL) >> shift_);
    while (slots_[i].first != kEmpty && slots_[i].first != id) i = (i + 1) & (slots_.size() - 1);
    return i;
  }

  BitFilter filter_{4096};  // of the article's ids
  std::vector<std::pair<uint32_t, double>> slots_;  // at most a quarter full
  int shift_;
};

namespace {

// sum[w] += x for every (w, x) of `v`; both sorted by key. Each term of a
// story gets one addition per article, in article order, as a map would
// give it: the sums are the same doubles.
template <typename Key, typename Value>
void AddTo(const std::vector<std::pair<Key, Value>>& v, std::vector<std::pair<Key, Value>>* sum) {
  std::vector<std::pair<Key, Value>> out;
  out.reserve(sum->size() + v.size());
  auto a = sum->begin();
  for (const auto& [w, x] : v) {
    for (; a != sum->end() && a->first < w; ++a) out.push_back(*a);
    if (a != sum->end() && a->first == w) {
      out.emplace_back(w, a->second + x);
      ++a;
    } else {
      out.emplace_back(w, x);
    }
  }
  out.insert(out.end(), a, sum->end());
  *sum = std::move(out);
}

// sum[w] -= x for every (w, x) of `v` that `sum` holds; a term that reaches
// zero leaves. `v` was added to `sum` before, though `sum` may have pruned
// some of its terms since.
template <typename Key, typename Value>
void SubtractFrom(const std::vector<std::pair<Key, Value>>& v,
                  std::vector<std::pair<Key, Value>>* sum) {
  auto a = v.begin();
  std::erase_if(*sum, [&](std::pair<Key, Value>& term) {
    for (; a != v.end() && a->first < term.first; ++a) {
    }
    if (a == v.end() || a->first != term.first) return false;
    if (term.second <= a->second) return true;
    term.second -= a->second;
    return false;
  });
}

std::vector<std::pair<uint64_t, uint32_t>> CountedOnce(const std::vector<uint64_t>& numbers) {
  std::vector<std::pair<uint64_t, uint32_t>> out;
  out.reserve(numbers.size());
  for (uint64_t n : numbers) out.emplace_back(n, 1);
  return out;
}

// 0 for "monday" … 6 for "sunday", -1 for any other word.
int WeekdayOf(std::string_view lower) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  if (lower.size() < 6 || !lower.ends_with("day")) return -1;
  for (int d = 0; d < 7; ++d) {
    if (lower == kDays[d]) return d;
  }
  return -1;
}

// Spellings compare as their bytes do (unsigned, a prefix first); so do
// these keys where they differ. Equal keys say nothing: the spellings are
// compared then.
uint64_t OrderKey(std::string_view term) {
  uint64_t key = 0;
  for (size_t i = 0; i < 8; ++i) {
    key = key << 8 | (i < term.size() ? static_cast<unsigned char>(term[i]) : 0u);
  }
  return key;
}

}  // namespace

StoryClusterer::TermId StoryClusterer::Intern(std::string_view term, uint64_t hash) {
  if (const TermId id = term_ids_.Find(hash); id != TermIndex::kNone) return id;
  const TermId id = static_cast<TermId>(terms_.size());
  terms_.emplace_back(term);
  order_keys_.push_back(OrderKey(term));
  df_.push_back(0);
  by_term_.emplace_back();
  term_ids_.Insert(hash, id);
  return id;
}

bool StoryClusterer::Heavier(const WeightedTerm& a, const WeightedTerm& b) const {
  if (a.weight != b.weight) return a.weight > b.weight;
  if (a.order_key != b.order_key) return a.order_key < b.order_key;
  return a.id != b.id && terms_[a.id] < terms_[b.id];
}

std::vector<StoryClusterer::WeightedTerm> StoryClusterer::Ranked(const TermVector& v) const {
  std::vector<WeightedTerm> out;
  out.reserve(v.size());
  for (const auto& [id, x] : v) out.push_back({x, order_keys_[id], id});
  return out;
}

// Occurrences are summed here, on the caller's thread, so that the
// clusterer's one thread interns and sorts each word once. Sums of 1s and
// 1.5s are exact in any order.
StoryWords StoryWordsOf(std::string_view text, const StoryOptions& options) {
  std::vector<text::Token> tokens;
  text::Tokenize(text, {0, text.size()}, &tokens);
  StoryWords out;
  out.words.reserve(tokens.size());
  // Open addressing over indexes into out.words, at most half full.
  constexpr uint32_t kEmpty = UINT32_MAX;
  std::vector<uint32_t> slots(std::bit_ceil(2 * tokens.size() + 1), kEmpty);
  const size_t mask = slots.size() - 1;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& t = tokens[i];
    if (t.kind == text::Token::kPunct) continue;
    std::string_view w = t.lower();
    if (t.kind == text::Token::kNumber) out.numbers.push_back(t.lower_hash());
    if (const int day = t.capitalized ? WeekdayOf(w) : -1; day >= 0) out.weekdays |= 1 << day;
    if (w.ends_with("'s")) w.remove_suffix(2);
    if (w.ends_with("\xE2\x80\x99s")) w.remove_suffix(4);
    if (w.size() < 2) continue;
    if (IsStopWord(w, w.size() == t.lower().size() ? t.lower_hash() : text::HashWord(w))) continue;
    // A name: capitalized, and not the first word of a sentence.
    const bool sentence_start =
        i == 0 || (tokens[i - 1].kind == text::Token::kPunct &&
                   (tokens[i - 1].punct == '.' || tokens[i - 1].punct == '!' || tokens[i - 1].punct == '?'));
    const double weight = (t.capitalized && !sentence_start) ? options.name_weight : 1.0;
    const uint64_t hash = TermIndex::HashOf(w);
    size_t slot = hash & mask;
    for (; slots[slot] != kEmpty && out.words[slots[slot]].hash != hash; slot = (slot + 1) & mask) {
    }
    if (slots[slot] != kEmpty) {
      out.words[slots[slot]].weight += weight;
      continue;
    }
    slots[slot] = static_cast<uint32_t>(out.words.size());
    out.words.push_back({hash, static_cast<uint32_t>(out.spellings.size()),
                         static_cast<uint32_t>(w.size()), weight});
    out.spellings.append(w);
  }
  std::sort(out.numbers.begin(), out.numbers.end());
  out.numbers.erase(std::unique(out.numbers.begin(), out.numbers.end()), out.numbers.end());
  return out;
}

StoryClusterer::TermVector StoryClusterer::Vector(const StoryWords& words) {
  // Every lookup is a likely cache miss in a vocabulary of millions: the
  // loads are started together, then read.
  for (const StoryWords::Word& w : words.words) term_ids_.Prefetch(w.hash);
  TermVector v;  // each word once (StoryWordsOf): the id and its count
  v.reserve(words.words.size());
  for (const StoryWords::Word& w : words.words) {
    v.emplace_back(Intern(words.Spelling(w), w.hash), w.weight);
    __builtin_prefetch(&df_[v.back().first]);  // read below, in id order
  }
  std::sort(v.begin(), v.end());
  ++documents_;
  double norm = 0;
  for (auto& [id, x] : v) {
    const double df = static_cast<double>(++df_[id]);
    const double tf = x == 1 ? 1 : 1 + std::log(x);  // most words come once
    x = tf * std::log((documents_ + 1 + options_.prior_documents) / (df + 0.5 + options_.prior_df));
    norm += x * x;
  }
  norm = std::sqrt(norm);
  if (norm > 0) {
    for (auto& [id, weight] : v) weight /= norm;
  }
  return v;
}

int64_t StoryClusterer::Find(int64_t story) const {
  while (parent_[story] != story) story = parent_[story];
  return story;
}

// A story's summed vector keeps its heaviest terms only: pruned to a
// multiple of the centroid's size whenever it doubles that, so a story of
// 100,000 articles costs what a story of a hundred does.
size_t StoryClusterer::MaxSumTerms() const { return 8 * options_.centroid_terms; }

void StoryClusterer::UpdateCentroid(int64_t id) {
  Story& s = stories_[id];
  std::vector<WeightedTerm> terms = Ranked(s.sum);
  const auto heavier = [this](const auto& a, const auto& b) { return Heavier(a, b); };
  if (terms.size() > MaxSumTerms()) {
    const size_t keep_sum = MaxSumTerms() / 2;
    std::nth_element(terms.begin(), terms.begin() + keep_sum, terms.end(), heavier);
    terms.resize(keep_sum);
    s.sum.clear();
    for (const WeightedTerm& t : terms) s.sum.emplace_back(t.id, t.weight);
    std::sort(s.sum.begin(), s.sum.end());
  }
  const size_t keep = std::min(options_.centroid_terms, terms.size());
  std::partial_sort(terms.begin(), terms.begin() + keep, terms.end(), heavier);
  SetCentroid(id, terms);
}

void StoryClusterer::SetCentroid(int64_t id, const std::vector<WeightedTerm>& ranked) {
  Story& s = stories_[id];
  const size_t keep = std::min(options_.centroid_terms, ranked.size());
  double norm = 0;
  for (size_t i = 0; i < keep; ++i) norm += ranked[i].weight * ranked[i].weight;
  norm = std::sqrt(norm);
  s.log_cohesion = s.articles > 0 && norm > 0 ? std::log(norm / s.articles) : 0;
  s.top.clear();
  for (size_t i = 0; i < keep; ++i) {
    const TermId w = ranked[i].id;
    s.top.emplace_back(w, norm > 0 ? ranked[i].weight / norm : 0);
    AddNewest(id, &by_term_[w]);
  }
  std::sort(s.top.begin(), s.top.end());
}

// Appends the newest stories_per_term stories of a candidate list, as they
// are now (after merges), to `out`, unless retired or listed already by this
// Add.
void StoryClusterer::AppendNewest(const std::vector<int64_t>& stories, std::vector<int64_t>* out) {
  const size_t n = std::min(stories.size(), options_.stories_per_term);
  for (size_t k = stories.size() - n; k < stories.size(); ++k) {
    const int64_t story = Find(stories[k]);
    if (listed_in_[story] == adds_ || retired_[story]) continue;
    listed_in_[story] = adds_;
    out->push_back(story);
  }
}

void StoryClusterer::AddClusterStory(int64_t cluster, int64_t story) {
  std::vector<int64_t>& stories = by_quote_cluster_[cluster];
  const size_t before = stories.size();
  AddNewest(story, &stories);
  if (stories.size() < before) trimmed_clusters_.insert(cluster);
}

// Appends a story to a candidate list, which keeps only the newest
// stories_per_term entries: the only ones read.
void StoryClusterer::AddNewest(int64_t story, std::vector<int64_t>* stories) const {
  if (!stories->empty() && stories->back() == story) return;
  if (stories->size() >= 2 * options_.stories_per_term) {
    stories->erase(stories->begin(), stories->end() - (options_.stories_per_term - 1));
  }
  stories->push_back(story);
}

// What a candidate story shares of the article's quote clusters is read
// from the clusters' story lists, a few entries each, rather than from each
// of hundreds of candidates' own clusters (a hash lookup and two cache
// misses per candidate and cluster: at a million articles half the time of
// a story's similarity). A cluster whose list was trimmed may be in stories
// the list no longer names; those stories are asked.
StoryClusterer::TellingClusters StoryClusterer::TellingClustersOf(
    const std::vector<int64_t>& quote_clusters) const {
  TellingClusters telling;
  for (int64_t c : quote_clusters) {
    std::vector<int64_t> stories;  // the active stories its list names
    if (const auto it = by_quote_cluster_.find(c); it != by_quote_cluster_.end()) {
      for (int64_t story : it->second) stories.push_back(Find(story));
    }
    // A quotation printed across many stories (a stock line, a mis-read
    // quote mark's run of text) tells none of them apart. Counted as
    // stories, not entries: a list names a story merged into another as
    // well as that one, where a state read back names the one.
    if (stories.size() > options_.stories_per_quote) {
      std::sort(stories.begin(), stories.end());
      stories.erase(std::unique(stories.begin(), stories.end()), stories.end());
      if (stories.size() > options_.stories_per_quote) continue;
    }
    if (trimmed_clusters_.count(c) > 0) {
      telling.unlisted.push_back(c);
      continue;
    }
    telling.listed.push_back(std::move(stories));
  }
  return telling;
}

// The stories of a cluster's list are the active stories that hold it (each
// printing added its story; a merge carries it to the story merged into,
// which Find reaches; retiring takes a story off), unless the list was
// trimmed (trimmed_clusters_). So for the active `story`, being named by a
// list is holding the cluster.
StoryClusterer::Affinity StoryClusterer::AffinityOf(const Probe& article, int64_t story) const {
  const Story& s = stories_[story];
  int shared = 0;
  for (const std::vector<int64_t>& stories : article.telling.listed) {
    shared += std::find(stories.begin(), stories.end(), story) != stories.end();
  }
  for (int64_t c : article.telling.unlisted) shared += s.quote_clusters.count(c) > 0;
  return {article.terms.Dot(s.top), options_.quote_bonus * std::min(shared, 2)};
}

// Weights are positive, so the cosine is: scaled by a cohesion under 1, it
// is at most the bound.
double StoryClusterer::Cohesive(const Probe& article, const Story& s,
                                const Affinity& affinity) const {
  double cosine = affinity.cosine;
  if (article.length_fraction > 0 && s.log_cohesion < 0) {
    cosine *= std::exp(article.length_fraction * s.log_cohesion);  // cohesion ^ fraction
  }
  return cosine + affinity.bonus;
}

double StoryClusterer::AnchorPenalty(const StoryWords& words, const Story& s) const {
  double penalty = 0;
  if (words.weekdays != 0 && s.weekdays != 0 && (words.weekdays & s.weekdays) == 0) {
    penalty += options_.anchor_penalty;
  }
  if (words.numbers.empty() || s.numbers.empty()) return penalty;
  for (uint64_t n : words.numbers) {
    const auto it = std::lower_bound(s.numbers.begin(), s.numbers.end(), std::make_pair(n, 0u));
    if (it != s.numbers.end() && it->first == n) return penalty;
  }
  return penalty + options_.anchor_penalty;
}

// A story of thousands of articles prints thousands of numbers; those that
// few of its articles printed say little of it, and are dropped first.
void StoryClusterer::AddNumbers(const std::vector<std::pair<uint64_t, uint32_t>>& more,
                                Story* s) const {
  AddTo(more, &s->numbers);
  if (s->numbers.size() <= 2 * options_.story_numbers) return;
  std::nth_element(s->numbers.begin(), s->numbers.begin() + options_.story_numbers,
                   s->numbers.end(), [](const auto& a, const auto& b) {
                     return a.second != b.second ? a.second > b.second : a.first < b.first;
                   });
  s->numbers.resize(options_.story_numbers);
  std::sort(s->numbers.begin(), s->numbers.end());
}

void StoryClusterer::Merge(int64_t from, int64_t into) {
  parent_[from] = into;
  doubtful_.erase(from);
  Story& a = stories_[into];
  Story& b = stories_[from];
  AddTo(b.sum, &a.sum);
  for (const auto& [c, n] : b.quote_clusters) a.quote_clusters[c] += n;
  a.articles = a.articles > 0 && b.articles > 0 ? a.articles + b.articles : 0;
  a.weekdays |= b.weekdays;
  AddNumbers(b.numbers, &a);
  if (b.last_day && (!a.last_day || *b.last_day > *a.last_day)) a.last_day = b.last_day;
  b = Story();
  UpdateCentroid(into);
}

bool StoryClusterer::SplitApart(int64_t a, int64_t b) const {
  const auto from = [this](int64_t story) {
    const int64_t was = stories_[story].split_from;
    return was < 0 ? -1 : Find(was);
  };
  return from(a) == b || from(b) == a;
}

int64_t StoryClusterer::SplitDoubtful(const TermVector& v, double threshold, int64_t story,
                                      double* score) {
  const auto it = doubtful_.find(story);
  if (it == doubtful_.end()) return -1;
  const double cosine = Cosine(v, it->second.v);
  if (cosine < threshold || cosine - *score < options_.split_gain) return -1;
  Doubtful d = std::move(it->second);
  doubtful_.erase(it);
  TakeBack(d, story);
  const int64_t node = d.node;
  StartSplitStory(std::move(d), story);
  *score = cosine;
  return node;
}

void StoryClusterer::TakeBack(const Doubtful& d, int64_t story) {
  Story& s = stories_[story];
  SubtractFrom(d.v, &s.sum);
  SubtractFrom(CountedOnce(d.numbers), &s.numbers);
  if (s.articles > 1) --s.articles;
  for (int64_t c : d.quote_clusters) {
    const auto q = s.quote_clusters.find(c);
    if (q == s.quote_clusters.end() || --q->second > 0) continue;
    s.quote_clusters.erase(q);
    if (auto listed = by_quote_cluster_.find(c); listed != by_quote_cluster_.end()) {
      std::erase(listed->second, story);
    }
  }
  UpdateCentroid(story);
}

void StoryClusterer::StartSplitStory(Doubtful d, int64_t from) {
  const int64_t node = d.node;
  parent_[node] = node;
  Story& s = stories_[node];
  s.last_day = d.day;
  s.weekdays = d.weekdays;
  s.articles = 1;
  s.sum = std::move(d.v);
  s.numbers = CountedOnce(d.numbers);
  s.split_from = from;
  for (int64_t c : d.quote_clusters) {
    if (s.quote_clusters[c]++ == 0) AddClusterStory(c, node);
  }
  active_.push_back(node);
  UpdateCentroid(node);
}

int64_t StoryClusterer::AppendStory() {
  const auto id = static_cast<int64_t>(stories_.size());
  stories_.emplace_back();
  retired_.push_back(false);
  parent_.push_back(id);
  return id;
}

int64_t StoryClusterer::AddDoubtful(int64_t story, const StoryArticle& article,
                                    const StoryWords& words, const TermVector& v) {
  const int64_t node = AppendStory();
  parent_[node] = story;
  doubtful_[story] =
      Doubtful{node, article.day, v, words.weekdays, words.numbers, article.quote_clusters};
  return node;
}

int64_t StoryClusterer::Add(const StoryArticle& article, const StoryWords& words) {
  const TermVector v = Vector(words);
  const double t = std::clamp(
      (static_cast<double>(v.size()) - options_.short_terms) /
          std::max<double>(1, static_cast<double>(options_.long_terms - options_.short_terms)),
      0.0, 1.0);
  const double threshold = options_.short_threshold + t * (options_.long_threshold - options_.short_threshold);

  // Candidates: the stories most recently joined under the article's
  // heaviest terms. Bounded on both sides, so that a term in every article
  // ("said", a site's boilerplate) cannot make each article meet every story.
  // Most articles start a story, which takes the article's heaviest terms
  // as its centroid: they are ranked once, for both.
  std::vector<WeightedTerm> ranked = Ranked(v);
  const size_t ranks =
      std::min(ranked.size(), std::max(options_.candidate_terms, options_.centroid_terms));
  std::partial_sort(ranked.begin(), ranked.begin() + ranks, ranked.end(),
                    [this](const auto& a, const auto& b) { return Heavier(a, b); });
  const size_t terms = std::min(ranked.size(), options_.candidate_terms);
  if (++adds_ == 0) {  // wrapped: no mark may look current
    std::fill(listed_in_.begin(), listed_in_.end(), 0);
    adds_ = 1;
  }
  listed_in_.resize(stories_.size(), 0);
  std::vector<int64_t> candidates;
  for (size_t i = 0; i < terms; ++i) AppendNewest(by_term_[ranked[i].id], &candidates);
  for (int64_t c : article.quote_clusters) {
    if (auto it = by_quote_cluster_.find(c); it != by_quote_cluster_.end()) {
      AppendNewest(it->second, &candidates);
    }
  }
  // The best and second best by score; equal scores go to the oldest story.
  const auto better = [](double score, int64_t id, double than_score, int64_t than) {
    return than < 0 || score > than_score || (score == than_score && id < than);
  };
  const ArticleTerms terms_of_v(v);
  int64_t best = -1, second = -1;
  double best_score = -1, second_score = -1;
  const TellingClusters telling = TellingClustersOf(article.quote_clusters);
  const Probe probe{terms_of_v, words, t, telling};
  for (size_t k = 0; k < candidates.size(); ++k) {
    // Each story a likely cache miss: the next ones' loads start while this
    // one is scored.
    if (k + 16 < candidates.size()) __builtin_prefetch(&stories_[candidates[k + 16]]);
    if (k + 8 < candidates.size()) __builtin_prefetch(stories_[candidates[k + 8]].top.data());
    const int64_t id = candidates[k];
    const Story& s = stories_[id];
    if (article.day && s.last_day && std::abs(*article.day - *s.last_day) > options_.window_days) continue;
    // Each step only lowers the score: one that would not place stops.
    const Affinity affinity = AffinityOf(probe, id);
    if (!better(affinity.Bound(), id, second_score, second)) continue;
    const double cohesive = Cohesive(probe, s, affinity);
    if (!better(cohesive, id, second_score, second)) continue;
    const double score = cohesive - AnchorPenalty(words, s);
    if (better(score, id, best_score, best)) {
      second = best;
      second_score = best_score;
      best = id;
      best_score = score;
    } else if (better(score, id, second_score, second)) {
      second = id;
      second_score = score;
    }
  }
  if (best >= 0) {
    if (const int64_t split = SplitDoubtful(v, threshold, best, &best_score); split >= 0) {
      best = split;
      second = -1;  // the story it left is no bridge
    }
  }
  int64_t story = best;
  if (best < 0 || best_score < threshold) {
    story = AppendStory();
    active_.push_back(story);
  }
  const bool joined = story == best;
  if (joined) doubtful_.erase(story);  // its newest article is this one now
  Story& s = stories_[story];
  AddTo(v, &s.sum);
  if (!joined || s.articles > 0) ++s.articles;  // an unknown count stays unknown
  s.weekdays |= words.weekdays;
  AddNumbers(CountedOnce(words.numbers), &s);
  for (int64_t c : article.quote_clusters) {
    if (s.quote_clusters[c]++ == 0) AddClusterStory(c, story);
  }
  if (article.day && (!s.last_day || *article.day > *s.last_day)) s.last_day = article.day;
  if (!joined && v.size() <= MaxSumTerms()) {
    SetCentroid(story, ranked);  // its sum is v
  } else {
    UpdateCentroid(story);
  }
  // A bridge: the article fits a second story nearly as well, and the two
  // stories' centroids agree.
  if (joined && second >= 0 && !SplitApart(best, second) &&
      second_score >= options_.merge_threshold &&
      Cosine(stories_[best].top, stories_[second].top) >= options_.merge_threshold) {
    Merge(second, best);
  }
  if (article.day && (!latest_day_ || *article.day > *latest_day_)) latest_day_ = article.day;
  if (latest_day_ && (!swept_day_ || *latest_day_ >= *swept_day_ + 1)) {
    swept_day_ = latest_day_;
    RetireStoriesBefore(*latest_day_);
  }
  const int64_t node = joined && best_score - threshold < options_.doubt_margin
                           ? AddDoubtful(story, article, words, v)
                           : Find(story);
  if (terms_.size() >= (next_prune_ > 0 ? next_prune_ : options_.prune_terms)) PruneVocabulary();
  return node;
}

int64_t StoryClusterer::DocumentFrequency(std::string_view word) const {
  const TermId id = term_ids_.Find(word);
  return id == TermIndex::kNone ? 0 : df_[id];
}

int64_t StoryClusterer::StoryOf(int64_t joined) const {
  if (joined < 0 || static_cast<size_t>(joined) >= parent_.size()) return joined;
  return Find(joined);
}

// Ids are reassigned in their old order, so vectors sorted by id stay sorted.
void StoryClusterer::PruneVocabulary() {
  std::vector<bool> keep(terms_.size());
  for (size_t id = 0; id < terms_.size(); ++id) keep[id] = df_[id] > 1;
  for (int64_t story : active_) {
    for (const auto& [w, x] : stories_[story].sum) keep[w] = true;
  }
  for (const auto& [story, d] : doubtful_) {
    for (const auto& [w, x] : d.v) keep[w] = true;
  }
  std::vector<TermId> new_id(terms_.size(), TermIndex::kNone);
  size_t kept = 0;
  for (size_t id = 0; id < terms_.size(); ++id) {
    if (!keep[id]) continue;
    new_id[id] = static_cast<TermId>(kept);
    // Not onto itself: a string or vector moved onto itself is left empty.
    if (kept != id) {
      terms_[kept] = std::move(terms_[id]);
      order_keys_[kept] = order_keys_[id];
      df_[kept] = df_[id];
      by_term_[kept] = std::move(by_term_[id]);
    }
    ++kept;
  }
  terms_.resize(kept);
  order_keys_.resize(kept);
  df_.resize(kept);
  by_term_.resize(kept);
  for (int64_t story : active_) {
    Story& st = stories_[story];
    for (auto& [w, x] : st.sum) w = new_id[w];
    for (auto& [w, x] : st.top) w = new_id[w];
  }
  for (auto& [story, d] : doubtful_) {
    for (auto& [w, x] : d.v) w = new_id[w];
  }
  Reindex();
  next_prune_ = std::max(options_.prune_terms, 2 * kept);
}

// Rebuilds the spelling → id index from terms_.
void StoryClusterer::Reindex() {
  term_ids_ = TermIndex();
  for (size_t id = 0; id < terms_.size(); ++id) {
    term_ids_.Insert(terms_[id], static_cast<TermId>(id));
  }
}

// After the last sweep, articles in date order are dated no earlier than
// it: the stories they touched are within the window of it.
void StoryClusterer::RetireBackfilled() {
  if (swept_day_) RetireStoriesBefore(*swept_day_);
}

// Add runs it once per day of progress in the latest date, so its cost
// (the active stories) is spread over that day's articles.
void StoryClusterer::RetireStoriesBefore(double day) {
  size_t kept = 0;
  for (int64_t id : active_) {
    Story& s = stories_[id];
    if (parent_[id] != id) continue;  // merged away
    if (s.last_day && *s.last_day < day - options_.window_days) {
      for (const auto& [c, _] : s.quote_clusters) {  // its clusters forget it
        auto it = by_quote_cluster_.find(c);
        if (it == by_quote_cluster_.end()) continue;
        std::erase(it->second, id);
        if (it->second.empty()) by_quote_cluster_.erase(it);
      }
      s = Story{.last_day = s.last_day};
      retired_[id] = true;
      doubtful_.erase(id);
      continue;
    }
    active_[kept++] = id;
  }
  active_.resize(kept);
}

namespace {

// The binary state: LEB128 varints, doubles as their 8 bytes little-endian.
class StateWriter {
 public:
  void Varint(uint64_t v) {
    for (; v >= 0x80; v >>= 7) out_.push_back(static_cast<char>((v & 0x7F) | 0x80));
    out_.push_back(static_cast<char>(v));
  }
  void Signed(int64_t v) {  // zigzag: small negatives stay short
    Varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  void Double(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    Fixed64(bits);
  }
  void Fixed64(uint64_t bits) {
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>(bits >> (8 * i)));
  }
  void Bytes(std::string_view b) {
    Varint(b.size());
    out_.append(b);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace

// Every read fails (and stays failed) past the end of the state. Outside
// the unnamed namespace: the clusterer's ReadDoubtful takes one.
class StateReader {
 public:
  explicit StateReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return at_ == in_.size(); }
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= in_.size()) return Fail();
      const auto byte = static_cast<unsigned char>(in_[at_++]);
      v |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) return v;
    }
    return Fail();
  }
  int64_t Signed() {
    const uint64_t v = Varint();
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  double Double() {
    const uint64_t bits = Fixed64();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }
  uint64_t Fixed64() {
    if (in_.size() - at_ < 8) return Fail();
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) {
      bits |= static_cast<uint64_t>(static_cast<unsigned char>(in_[at_++])) << (8 * i);
    }
    return bits;
  }
  std::string_view Bytes() {
    const uint64_t n = Varint();
    if (n > in_.size() - at_) return Fail(), std::string_view();
    const std::string_view b = in_.substr(at_, n);
    at_ += n;
    return b;
  }
  // A count of items at least `min_bytes` each: more than the rest can hold
  // is corruption, not a size to allocate.
  uint64_t Count(size_t min_bytes) {
    const uint64_t n = Varint();
    return n <= (in_.size() - at_) / min_bytes ? n : Fail();
  }

 private:
  uint64_t Fail() {
    ok_ = false;
    at_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

namespace {

// Version 3 adds each story's article count, weekdays and numbers; version
// 4 the story each was split off from, and the articles in doubt.
constexpr std::string_view kMagic = "qt-stories\t4\n";
constexpr std::string_view kMagicV3 = "qt-stories\t3\n";
constexpr std::string_view kMagicV2 = "qt-stories\t2\n";
constexpr std::string_view kTextMagic = "qt-stories\t1\n";

// A term vector (a story's sum, an article's vector), sorted by id: its
// size, then each id and weight.
template <typename Terms>
void WriteTerms(const Terms& terms, StateWriter* w) {
  w->Varint(terms.size());
  for (const auto& [term, x] : terms) {
    w->Varint(term);
    w->Double(x);
  }
}

// Reads what WriteTerms wrote; false on an id outside the vocabulary or out
// of order.
template <typename Terms>
bool ReadTerms(StateReader& r, size_t vocabulary, Terms* terms) {
  const uint64_t n = r.Count(9);
  terms->reserve(n);
  for (uint64_t k = 0; k < n && r.ok(); ++k) {
    const uint64_t term = r.Varint();
    const double x = r.Double();
    if (term >= vocabulary || (!terms->empty() && term <= terms->back().first)) return false;
    terms->emplace_back(static_cast<typename Terms::value_type::first_type>(term), x);
  }
  return r.ok();
}

}  // namespace

// Terms in id order, so that reading them back hands out the same ids.
std::string StoryClusterer::Serialize() const {
  StateWriter w;
  w.Varint(0);  // room for flags in later versions
  w.Varint(static_cast<uint64_t>(documents_));
  w.Varint(swept_day_.has_value());
  w.Double(swept_day_.value_or(0));
  w.Varint(next_prune_);
  w.Varint(terms_.size());
  for (size_t id = 0; id < terms_.size(); ++id) {
    w.Bytes(terms_[id]);
    w.Varint(static_cast<uint64_t>(df_[id]));
  }
  w.Varint(stories_.size());
  for (size_t i = 0; i < stories_.size(); ++i) {
    const Story& st = stories_[i];
    w.Varint(static_cast<uint64_t>(parent_[i]));
    w.Varint((st.last_day ? 1 : 0) | (retired_[i] ? 2 : 0));
    if (st.last_day) w.Double(*st.last_day);
    // Sorted, so that equal states are equal bytes.
    WriteTerms(st.sum, &w);
    std::vector<std::pair<int64_t, int>> clusters(st.quote_clusters.begin(),
                                                  st.quote_clusters.end());
    std::sort(clusters.begin(), clusters.end());
    w.Varint(clusters.size());
    for (const auto& [c, n] : clusters) {
      w.Signed(c);
      w.Varint(static_cast<uint64_t>(n));
    }
    w.Varint(st.articles);
    w.Varint(st.weekdays);
    w.Varint(st.numbers.size());
    for (const auto& [n, count] : st.numbers) {
      w.Fixed64(n);
      w.Varint(count);
    }
    w.Signed(st.split_from);
  }
  std::vector<int64_t> in_doubt;
  for (const auto& [story, _] : doubtful_) in_doubt.push_back(story);
  std::sort(in_doubt.begin(), in_doubt.end());
  w.Varint(in_doubt.size());
  for (int64_t story : in_doubt) {
    const Doubtful& d = doubtful_.at(story);
    w.Varint(static_cast<uint64_t>(story));
    w.Varint(static_cast<uint64_t>(d.node));
    w.Varint(d.day.has_value());
    if (d.day) w.Double(*d.day);
    WriteTerms(d.v, &w);
    w.Varint(d.weekdays);
    w.Varint(d.numbers.size());
    for (uint64_t n : d.numbers) w.Fixed64(n);
    w.Varint(d.quote_clusters.size());
    for (int64_t c : d.quote_clusters) w.Signed(c);
  }
  return std::string(kMagic) + w.Take();
}

bool StoryClusterer::Deserialize(std::string_view state) {
  if (state.starts_with(kTextMagic)) return DeserializeText(state);
  const bool split = state.starts_with(kMagic);
  const bool counted = split || state.starts_with(kMagicV3);  // else version 2
  if (!counted && !state.starts_with(kMagicV2)) return false;
  *this = StoryClusterer(options_);
  StateReader r(state.substr(kMagic.size()));
  r.Varint();  // flags
  documents_ = static_cast<int64_t>(r.Varint());
  const bool swept = r.Varint() != 0;
  const double swept_day = r.Double();
  if (swept) swept_day_ = swept_day;
  next_prune_ = r.Varint();
  const uint64_t terms = r.Count(2);
  terms_.reserve(terms);
  df_.reserve(terms);
  order_keys_.reserve(terms);
  for (uint64_t id = 0; id < terms && r.ok(); ++id) {
    terms_.emplace_back(r.Bytes());
    order_keys_.push_back(OrderKey(terms_.back()));
    df_.push_back(static_cast<int64_t>(r.Varint()));
  }
  by_term_.resize(terms_.size());
  Reindex();
  const uint64_t stories = r.Count(4);
  stories_.resize(stories);
  retired_.resize(stories);
  parent_.resize(stories);
  for (uint64_t i = 0; i < stories && r.ok(); ++i) {
    Story& st = stories_[i];
    parent_[i] = static_cast<int64_t>(r.Varint());
    const uint64_t flags = r.Varint();
    if (flags & 1) st.last_day = r.Double();
    retired_[i] = (flags & 2) != 0;
    if (!ReadTerms(r, terms_.size(), &st.sum)) return false;
    const uint64_t clusters = r.Count(2);
    for (uint64_t k = 0; k < clusters && r.ok(); ++k) {
      const int64_t c = r.Signed();
      st.quote_clusters[c] = static_cast<int>(r.Varint());
    }
    if (counted) {
      st.articles = static_cast<uint32_t>(r.Varint());
      st.weekdays = static_cast<uint8_t>(r.Varint());
      const uint64_t numbers = r.Count(9);
      st.numbers.reserve(numbers);
      for (uint64_t k = 0; k < numbers && r.ok(); ++k) {
        const uint64_t n = r.Fixed64();
        const auto count = static_cast<uint32_t>(r.Varint());
        if (!st.numbers.empty() && n <= st.numbers.back().first) return false;
        st.numbers.emplace_back(n, count);
      }
    }
    if (split) st.split_from = r.Signed();
    if (parent_[i] >= static_cast<int64_t>(stories) ||
        st.split_from >= static_cast<int64_t>(stories)) {
      return false;
    }
  }
  if (split && !ReadDoubtful(r)) return false;
  if (!r.ok() || !r.done() || !Consistent()) return false;
  RebuildDerived();
  return true;
}

bool StoryClusterer::Consistent() const {
  // More articles than a double counts exactly is damage: counts grow by one.
  constexpr int64_t kMostDocuments = int64_t{1} << 53;
  if (documents_ < 0 || documents_ > kMostDocuments) return false;
  for (int64_t df : df_) {
    if (df < 0 || df > documents_) return false;
  }
  for (const Story& st : stories_) {
    for (const auto& [c, printed] : st.quote_clusters) {
      if (printed < 1 || printed > documents_) return false;
    }
  }
  return ParentsEndInRoots();
}

bool StoryClusterer::ParentsEndInRoots() const {
  enum : uint8_t { kUnseen, kOnPath, kEndsInRoot };
  std::vector<uint8_t> seen(parent_.size(), kUnseen);
  std::vector<size_t> path;
  for (size_t i = 0; i < parent_.size(); ++i) {
    size_t s = i;
    while (seen[s] == kUnseen) {
      seen[s] = kOnPath;
      path.push_back(s);
      const int64_t p = parent_[s];
      if (p < 0 || static_cast<size_t>(p) >= parent_.size()) return false;
      if (static_cast<size_t>(p) == s) break;
      s = static_cast<size_t>(p);
    }
    // Back on this path at a story that is not its own parent: a loop.
    if (seen[s] == kOnPath && parent_[s] != static_cast<int64_t>(s)) return false;
    for (size_t k : path) seen[k] = kEndsInRoot;
    path.clear();
  }
  return true;
}

bool StoryClusterer::ReadDoubtful(StateReader& r) {
  const uint64_t count = r.Count(4);
  for (uint64_t i = 0; i < count && r.ok(); ++i) {
    const uint64_t story = r.Varint();
    Doubtful d;
    d.node = static_cast<int64_t>(r.Varint());
    // Its number is a story's own, merged into `story` until split off.
    if (story >= stories_.size() || static_cast<uint64_t>(d.node) >= stories_.size() ||
        static_cast<uint64_t>(d.node) == story ||
        parent_[static_cast<size_t>(d.node)] != static_cast<int64_t>(story)) {
      return false;
    }
    if (r.Varint() != 0) d.day = r.Double();
    if (!ReadTerms(r, terms_.size(), &d.v)) return false;
    d.weekdays = static_cast<uint8_t>(r.Varint());
    const uint64_t numbers = r.Count(8);
    for (uint64_t k = 0; k < numbers && r.ok(); ++k) d.numbers.push_back(r.Fixed64());
    const uint64_t clusters = r.Count(1);
    for (uint64_t k = 0; k < clusters && r.ok(); ++k) d.quote_clusters.push_back(r.Signed());
    doubtful_[static_cast<int64_t>(story)] = std::move(d);
  }
  return r.ok();
}

std::vector<int64_t> StoryClusterer::QuoteClusters() const {
  std::vector<int64_t> out;
  for (const auto& [c, _] : by_quote_cluster_) out.push_back(c);
  return out;
}

void StoryClusterer::RenameQuoteClusters(const std::vector<int64_t>& was,
                                         const std::vector<int64_t>& now) {
  std::unordered_map<int64_t, int64_t> renamed;
  for (size_t i = 0; i < was.size(); ++i) {
    if (was[i] != now[i]) renamed[was[i]] = now[i];
  }
  if (renamed.empty()) return;
  for (int64_t story : active_) {
    std::unordered_map<int64_t, int> clusters;
    for (const auto& [c, n] : stories_[story].quote_clusters) {
      const auto it = renamed.find(c);
      clusters[it == renamed.end() ? c : it->second] += n;
    }
    stories_[story].quote_clusters = std::move(clusters);
  }
  for (auto& [story, d] : doubtful_) {
    for (int64_t& c : d.quote_clusters) {
      if (const auto it = renamed.find(c); it != renamed.end()) c = it->second;
    }
  }
  by_quote_cluster_.clear();
  trimmed_clusters_.clear();
  for (int64_t story : active_) {
    if (parent_[story] != story || retired_[story]) continue;
    for (const auto& [c, _] : stories_[story].quote_clusters) AddClusterStory(c, story);
  }
}

// The indexes derived from the stories: the latest day, the active stories,
// their centroids and candidate lists.
void StoryClusterer::RebuildDerived() {
  for (size_t i = 0; i < stories_.size(); ++i) {
    const Story& s = stories_[i];
    if (s.last_day && (!latest_day_ || *s.last_day > *latest_day_)) latest_day_ = s.last_day;
    if (parent_[i] != static_cast<int64_t>(i) || retired_[i]) continue;
    active_.push_back(static_cast<int64_t>(i));
    UpdateCentroid(static_cast<int64_t>(i));
    for (const auto& [c, _] : stories_[i].quote_clusters) {
      AddClusterStory(c, static_cast<int64_t>(i));
    }
  }
}

// The text state of version 1: one record per line, tab-separated: "d"
// documents, "f" term df, "s" story parent last-day, "w" story term weight,
// "c" story cluster count ("a" article story rows are no longer kept).
bool StoryClusterer::DeserializeText(std::string_view state) {
  *this = StoryClusterer(options_);
  const auto known = [this](int64_t story) {
    return story >= 0 && static_cast<size_t>(story) < stories_.size();
  };
  std::istringstream in{std::string(state)};
  std::string line;
  if (!std::getline(in, line) || line != "qt-stories\t1") return false;
  while (std::getline(in, line)) {
    std::istringstream f(line);
    std::string kind;
    std::getline(f, kind, '\t');
    if (kind == "d") {
      f >> documents_;
    } else if (kind == "f") {
      std::string w;
      std::getline(f, w, '\t');
      f >> df_[Intern(w, TermIndex::HashOf(w))];
    } else if (kind == "s") {
      int64_t id = -1, parent = -1;
      // A story number past the state's length is damage, not a size to allocate.
      if (!(f >> id >> parent) || id < 0 || static_cast<size_t>(id) > state.size()) return false;
      stories_.resize(std::max<size_t>(stories_.size(), id + 1));
      retired_.resize(stories_.size());
      parent_.resize(stories_.size(), -1);
      parent_[id] = parent;
      double day;
      if (f >> day) stories_[id].last_day = day;
      std::string retired;
      retired_[id] = (f >> retired) && retired == "r";
    } else if (kind == "w") {
      int64_t id = -1;
      std::string w;
      if (!(f >> id) || !known(id)) return false;
      f.ignore(1);
      std::getline(f, w, '\t');
      double x = 0;
      f >> x;
      stories_[id].sum.emplace_back(Intern(w, TermIndex::HashOf(w)), x);
    } else if (kind == "c") {
      int64_t id = -1, c = 0;
      if (!(f >> id >> c) || !known(id)) return false;
      f >> stories_[id].quote_clusters[c];
    }
  }
  for (Story& st : stories_) {
    std::sort(st.sum.begin(), st.sum.end());
    const auto same_term = [](const auto& a, const auto& b) { return a.first == b.first; };
    if (std::adjacent_find(st.sum.begin(), st.sum.end(), same_term) != st.sum.end()) return false;
  }
  if (!Consistent()) return false;
  RebuildDerived();
  return true;
}

}  // namespace qt::match
