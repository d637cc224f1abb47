#include "match/story_clusterer.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <unordered_set>

#include "text/tokens.h"

namespace qt::match {
namespace {

bool IsStopWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kStop = {
      "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from",
      "as", "is", "was", "are", "were", "be", "been", "being", "it", "its", "this", "that",
      "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
      "your", "not", "no", "but", "if", "then", "than", "so", "such", "can", "could", "would",
      "should", "will", "may", "might", "must", "do", "does", "did", "has", "have", "had", "which",
      "who", "whom", "whose", "what", "when", "where", "why", "how", "all", "any", "some", "more",
      "most", "other", "into", "over", "under", "after", "before", "about", "against", "between",
      "during", "through", "up", "down", "out", "off", "again", "further", "once", "here", "there",
      "also", "just", "only", "very", "said", "says", "say", "new", "one", "two", "three"};
  return kStop.count(w) > 0;
}

double Cosine(const std::unordered_map<std::string, double>& a,
              const std::unordered_map<std::string, double>& b) {
  const auto& small = a.size() <= b.size() ? a : b;
  const auto& large = &small == &a ? b : a;
  double dot = 0;
  for (const auto& [w, v] : small) {
    if (auto it = large.find(w); it != large.end()) dot += v * it->second;
  }
  return dot;
}

}  // namespace

std::unordered_map<std::string, double> StoryClusterer::Vector(const std::string& text) {
  std::vector<text::Token> tokens;
  text::Tokenize(text, {0, text.size()}, &tokens);
  std::unordered_map<std::string, double> tf;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& t = tokens[i];
    if (t.kind == text::Token::kPunct) continue;
    std::string w(t.lower());
    if (w.ends_with("'s")) w.resize(w.size() - 2);
    if (w.ends_with("\xE2\x80\x99s")) w.resize(w.size() - 4);
    if (w.size() < 2 || IsStopWord(w)) continue;
    // A name: capitalized, and not the first word of a sentence.
    const bool sentence_start =
        i == 0 || (tokens[i - 1].kind == text::Token::kPunct &&
                   (tokens[i - 1].punct == '.' || tokens[i - 1].punct == '!' || tokens[i - 1].punct == '?'));
    tf[w] += (t.capitalized && !sentence_start) ? options_.name_weight : 1.0;
  }
  ++documents_;
  std::unordered_map<std::string, double> v;
  double norm = 0;
  for (const auto& [w, count] : tf) {
    const double df = static_cast<double>(++df_[w]);
    const double weight = (1 + std::log(count)) * std::log((documents_ + 1) / (df + 0.5));
    v[w] = weight;
    norm += weight * weight;
  }
  norm = std::sqrt(norm);
  if (norm > 0) {
    for (auto& [w, weight] : v) weight /= norm;
  }
  return v;
}

int64_t StoryClusterer::Find(int64_t story) const {
  while (parent_[story] != story) story = parent_[story];
  return story;
}

void StoryClusterer::UpdateCentroid(int64_t id) {
  Story& s = stories_[id];
  // A story's summed vector keeps its heaviest terms only: pruned to a
  // multiple of the centroid's size whenever it doubles that, so a story of
  // 100,000 articles costs what a story of a hundred does.
  const size_t keep_sum = 4 * options_.centroid_terms;
  if (s.sum.size() > 2 * keep_sum) {
    std::vector<std::pair<std::string, double>> all(s.sum.begin(), s.sum.end());
    std::nth_element(all.begin(), all.begin() + keep_sum, all.end(), [](const auto& a, const auto& b) {
      return a.second > b.second || (a.second == b.second && a.first < b.first);
    });
    all.resize(keep_sum);
    s.sum = std::unordered_map<std::string, double>(all.begin(), all.end());
  }
  std::vector<std::pair<double, const std::string*>> terms;
  terms.reserve(s.sum.size());
  for (const auto& [w, x] : s.sum) terms.emplace_back(x, &w);
  const size_t keep = std::min(options_.centroid_terms, terms.size());
  std::partial_sort(terms.begin(), terms.begin() + keep, terms.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && *a.second < *b.second);
  });
  double norm = 0;
  for (size_t i = 0; i < keep; ++i) norm += terms[i].first * terms[i].first;
  norm = std::sqrt(norm);
  s.top.clear();
  for (size_t i = 0; i < keep; ++i) {
    const std::string& w = *terms[i].second;
    s.top[w] = norm > 0 ? terms[i].first / norm : 0;
    std::vector<int64_t>& stories = by_term_[w];
    if (stories.empty() || stories.back() != id) stories.push_back(id);
  }
}

double StoryClusterer::Similarity(const std::unordered_map<std::string, double>& v, const Story& s,
                                  const std::vector<int64_t>& quote_clusters) const {
  int shared = 0;
  for (int64_t c : quote_clusters) shared += s.quote_clusters.count(c) > 0;
  return Cosine(v, s.top) + options_.quote_bonus * std::min(shared, 2);
}

void StoryClusterer::Merge(int64_t from, int64_t into) {
  parent_[from] = into;
  Story& a = stories_[into];
  Story& b = stories_[from];
  for (const auto& [w, x] : b.sum) a.sum[w] += x;
  for (const auto& [c, n] : b.quote_clusters) a.quote_clusters[c] += n;
  if (b.last_day && (!a.last_day || *b.last_day > *a.last_day)) a.last_day = b.last_day;
  b = Story();
  UpdateCentroid(into);
}

int64_t StoryClusterer::Add(const StoryArticle& article) {
  const auto v = Vector(article.text);
  const double t = std::clamp(
      (static_cast<double>(v.size()) - options_.short_terms) /
          std::max<double>(1, static_cast<double>(options_.long_terms - options_.short_terms)),
      0.0, 1.0);
  const double threshold = options_.short_threshold + t * (options_.long_threshold - options_.short_threshold);

  // Candidates: the stories most recently joined under the article's
  // heaviest terms. Bounded on both sides, so that a term in every article
  // ("said", a site's boilerplate) cannot make each article meet every story.
  std::vector<std::pair<double, const std::string*>> heaviest;
  for (const auto& [w, x] : v) heaviest.emplace_back(x, &w);
  const size_t terms = std::min(heaviest.size(), options_.candidate_terms);
  std::partial_sort(heaviest.begin(), heaviest.begin() + terms, heaviest.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && *a.second < *b.second); });
  std::unordered_set<int64_t> candidates;
  for (size_t i = 0; i < terms; ++i) {
    if (auto it = by_term_.find(*heaviest[i].second); it != by_term_.end()) {
      const std::vector<int64_t>& stories = it->second;
      const size_t from = stories.size() > options_.stories_per_term ? stories.size() - options_.stories_per_term : 0;
      for (size_t k = from; k < stories.size(); ++k) candidates.insert(Find(stories[k]));
    }
  }
  for (int64_t c : article.quote_clusters) {
    if (auto it = by_quote_cluster_.find(c); it != by_quote_cluster_.end()) {
      for (int64_t s : it->second) candidates.insert(Find(s));
    }
  }
  int64_t best = -1, second = -1;
  double best_score = -1, second_score = -1;
  std::vector<int64_t> ordered(candidates.begin(), candidates.end());
  std::sort(ordered.begin(), ordered.end());  // ties go to the oldest story
  for (int64_t id : ordered) {
    const Story& s = stories_[id];
    if (article.day && s.last_day && std::abs(*article.day - *s.last_day) > options_.window_days) continue;
    const double score = Similarity(v, s, article.quote_clusters);
    if (score > best_score) {
      second = best;
      second_score = best_score;
      best = id;
      best_score = score;
    } else if (score > second_score) {
      second = id;
      second_score = score;
    }
  }
  int64_t story = best;
  if (best < 0 || best_score < threshold) {
    story = static_cast<int64_t>(stories_.size());
    stories_.emplace_back();
    parent_.push_back(story);
  }
  Story& s = stories_[story];
  for (const auto& [w, x] : v) s.sum[w] += x;
  for (int64_t c : article.quote_clusters) {
    if (s.quote_clusters[c]++ == 0) by_quote_cluster_[c].push_back(story);
  }
  if (article.day && (!s.last_day || *article.day > *s.last_day)) s.last_day = article.day;
  UpdateCentroid(story);
  article_story_[article.key] = story;
  // A bridge: the article fits a second story nearly as well, and the two
  // stories' centroids agree.
  if (story == best && second >= 0 && second_score >= options_.merge_threshold &&
      Cosine(stories_[best].top, stories_[second].top) >= options_.merge_threshold) {
    Merge(second, best);
  }
  return Find(story);
}

std::unordered_map<int64_t, int64_t> StoryClusterer::Assignments() const {
  std::unordered_map<int64_t, int64_t> out;
  for (const auto& [key, story] : article_story_) out[key] = Find(story);
  return out;
}

// One record per line, tab-separated: "d" documents, "f" term df, "s" story
// parent last-day, "w" story term weight (summed vector), "c" story cluster
// count, "a" article story.
std::string StoryClusterer::Serialize() const {
  std::ostringstream out;
  out.precision(17);
  out << "qt-stories\t1\nd\t" << documents_ << '\n';
  for (const auto& [w, n] : df_) out << "f\t" << w << '\t' << n << '\n';
  for (size_t i = 0; i < stories_.size(); ++i) {
    const Story& s = stories_[i];
    out << "s\t" << i << '\t' << parent_[i] << '\t';
    if (s.last_day) out << *s.last_day;
    out << '\n';
    for (const auto& [w, x] : s.sum) out << "w\t" << i << '\t' << w << '\t' << x << '\n';
    for (const auto& [c, n] : s.quote_clusters) out << "c\t" << i << '\t' << c << '\t' << n << '\n';
  }
  for (const auto& [key, story] : article_story_) out << "a\t" << key << '\t' << story << '\n';
  return out.str();
}

bool StoryClusterer::Deserialize(const std::string& state) {
  *this = StoryClusterer(options_);
  std::istringstream in(state);
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
      f >> df_[w];
    } else if (kind == "s") {
      int64_t id, parent;
      f >> id >> parent;
      stories_.resize(std::max<size_t>(stories_.size(), id + 1));
      parent_.resize(stories_.size(), -1);
      parent_[id] = parent;
      double day;
      if (f >> day) stories_[id].last_day = day;
    } else if (kind == "w") {
      int64_t id;
      std::string w;
      f >> id;
      f.ignore(1);
      std::getline(f, w, '\t');
      f >> stories_[id].sum[w];
    } else if (kind == "c") {
      int64_t id, c;
      f >> id >> c;
      f >> stories_[id].quote_clusters[c];
    } else if (kind == "a") {
      int64_t key, story;
      f >> key >> story;
      article_story_[key] = story;
    }
  }
  for (size_t i = 0; i < stories_.size(); ++i) {
    if (parent_[i] != static_cast<int64_t>(i)) continue;
    UpdateCentroid(static_cast<int64_t>(i));
    for (const auto& [c, _] : stories_[i].quote_clusters) by_quote_cluster_[c].push_back(static_cast<int64_t>(i));
  }
  return true;
}

}  // namespace qt::match
