#include "report/cluster_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "match/disputes.h"
#include "match/phrase_search.h"
#include "match/quote_words.h"
#include "match/story_clusterer.h"
#include "match/word_diff.h"
#include "report/display_text.h"
#include "report/json_line.h"
#include "report/quote_filter.h"
#include "store/article_store.h"
#include "store/quote_store.h"
#include "store/story_store.h"

namespace qt::report {
namespace {

// An article's opening words as a title, past a .txt header
// (" date 2024-09-10 (Outlet) …") that is metadata, not prose.
std::string OpeningWords(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return "";
  text.remove_prefix(first);
  if (text.starts_with("date ")) {
    const size_t date_end = text.find(' ', 5);
    text.remove_prefix(date_end == std::string_view::npos ? text.size() : date_end + 1);
    const size_t close = text.find(')');
    if (text.starts_with("(") && close != std::string_view::npos && close < 100) text.remove_prefix(close + 2);
  }
  return Shorten(OneLine(std::string(text)), 90);
}

// The items, comma-separated; past the first twelve, how many more (a
// wire story's hundred outlets would fill a screen).
std::string Join(const std::set<std::string>& items) {
  constexpr size_t kShown = 12;
  std::string out;
  size_t shown = 0;
  for (const std::string& i : items) {
    if (shown++ == kShown) return out + fmt::format(" and {} more", items.size() - kShown);
    if (!out.empty()) out += ", ";
    out += i;
  }
  return out;
}

// {"doc", "date", "outlet"}, unknown ones null.
nlohmann::ordered_json ArticleJson(const ArticleRef& a) {
  return {{"doc", a.id}, {"date", OrNull(a.date)}, {"outlet", OrNull(a.outlet)}};
}

// The story of each article row in one.
Status ReadStoryOfRow(store::Database& db, std::unordered_map<int64_t, int64_t>* story_of_row) {
  std::unique_ptr<store::StoryStore> stories;
  std::string state;
  if (Status s = store::StoryStore::Open(&db, &stories); !s.ok()) return s;
  if (Status s = stories->LoadState(&state); !s.ok()) return s;
  match::StoryClusterer clusterer;
  if (!state.empty() && !clusterer.Deserialize(state)) {
    return Status::Error(db.path() + ": unreadable story state");
  }
  return stories->ForEachJoined(
      [&](int64_t seq, int64_t joined) { story_of_row->emplace(seq, clusterer.StoryOf(joined)); });
}

Status ReadStoryArticles(store::Database& db,
                         const std::unordered_map<int64_t, int64_t>& story_of_row,
                         CorpusView* view) {
  std::unique_ptr<store::ArticleStore> articles;
  if (Status s = store::ArticleStore::Open(&db, &articles); !s.ok()) return s;
  return articles->ForEachHeader([&](const store::StoredArticle& a) {
    const auto it = story_of_row.find(a.seq);
    if (it == story_of_row.end()) return true;
    const std::string title =
        a.article.title.empty() ? OpeningWords(a.article.text) : a.article.title;
    view->stories[it->second].push_back(
        {a.seq, {a.article.id, a.article.date, a.article.outlet}, title});
    return true;
  });
}

// Which quotations CorpusView::Load reads whole, decided from where every
// quotation is printed (store::QuoteStore::ForEachPlaced).
struct DisputeReading {
  std::unordered_set<int64_t> denials;   // clusters with a dispute cue
  std::unordered_set<int64_t> stories;   // that print a denial (-1: in none)
  std::unordered_set<int64_t> clusters;  // printed in those stories
  std::vector<int64_t> rows;  // article rows to read: those stories', and the longest printings'
};

// Fills view->story_clusters, and *reading.
Status PlaceQuotes(store::QuoteStore& quotes,
                   const std::unordered_map<int64_t, int64_t>& story_of_row, CorpusView* view,
                   DisputeReading* reading) {
  struct LongestAt {
    size_t bytes = 0;
    int64_t row = 0;  // 0: none
  };
  std::vector<LongestAt> longest_at;  // by cluster number
  std::vector<int64_t> storyless;     // rows in no story with quotations
  Status s = quotes.ForEachPlaced([&](const store::QuoteStore::Placed& q) {
    const auto it = story_of_row.find(q.article_seq);
    const int64_t story = it == story_of_row.end() ? -1 : it->second;
    if (story < 0 && (storyless.empty() || storyless.back() != q.article_seq)) {
      storyless.push_back(q.article_seq);
    }
    if (q.cluster == 0) return;
    view->story_clusters.emplace_back(story, q.cluster);
    if (q.disputes) reading->denials.insert(q.cluster);
    const auto c = static_cast<size_t>(q.cluster);
    if (longest_at.size() <= c) longest_at.resize(c + c / 2 + 1);
    if (longest_at[c].row == 0 || q.bytes > longest_at[c].bytes) {
      longest_at[c] = {q.bytes, q.article_seq};
    }
  });
  if (!s.ok()) return s;
  auto& pairs = view->story_clusters;
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (const auto& [story, cluster] : pairs) {
    if (reading->denials.count(cluster)) reading->stories.insert(story);
  }
  for (const auto& [story, cluster] : pairs) {
    if (!reading->stories.count(story)) continue;
    reading->clusters.insert(cluster);
    reading->rows.push_back(longest_at[static_cast<size_t>(cluster)].row);
  }
  for (int64_t story : reading->stories) {
    if (story < 0) {
      reading->rows.insert(reading->rows.end(), storyless.begin(), storyless.end());
      continue;
    }
    const auto articles = view->stories.find(story);
    if (articles == view->stories.end()) continue;
    for (const CorpusView::Article& a : articles->second) reading->rows.push_back(a.seq);
  }
  std::sort(reading->rows.begin(), reading->rows.end());
  reading->rows.erase(std::unique(reading->rows.begin(), reading->rows.end()), reading->rows.end());
  return Status::Ok();
}

// Reads the quotations `reading` chose into view->quotes and view->longest.
Status ReadDisputeQuotes(store::QuoteStore& quotes, const DisputeReading& reading,
                         CorpusView* view) {
  std::unordered_map<std::string, int64_t> story_of;  // article id → story
  for (const auto& [story, articles] : view->stories) {
    if (!reading.stories.count(story)) continue;
    for (const CorpusView::Article& a : articles) story_of.emplace(a.ref.id, story);
  }
  return quotes.ForEachCurrentOf(reading.rows, [&](const quotes::Quote& q) {
    if (q.kind == "scare" || q.kind == "title") return true;
    const auto it = story_of.find(q.doc);
    const int64_t story = it == story_of.end() ? -1 : it->second;
    if (reading.clusters.count(q.cluster)) {
      const auto [longest, first] = view->longest.try_emplace(q.cluster);
      if (first || q.text.size() > longest->second.text.size()) {
        longest->second = {q.text, q.speaker};
      }
    }
    if (reading.stories.count(story) || reading.denials.count(q.cluster)) {
      view->quotes.push_back(
          {q.id, q.nested_in, q.cluster, story, q.speaker, q.dispute, q.text, q.role});
    }
    if (!q.dispute.empty() && q.cluster != 0) {
      view->denial_contexts.push_back(
          {q.cluster, q.doc, q.dispute, q.dispute_start, q.dispute_end, q.dispute_context});
    }
    return true;
  });
}

}  // namespace

Status CorpusView::Load(store::Database& db, CorpusView* view) {
  *view = CorpusView();
  std::unordered_map<int64_t, int64_t> story_of_row;
  if (Status s = ReadStoryOfRow(db, &story_of_row); !s.ok()) return s;
  if (Status s = ReadStoryArticles(db, story_of_row, view); !s.ok()) return s;
  std::unique_ptr<store::QuoteStore> quotes;
  if (Status s = store::QuoteStore::Open(&db, &quotes); !s.ok()) return s;
  DisputeReading reading;
  if (Status s = PlaceQuotes(*quotes, story_of_row, view, &reading); !s.ok()) return s;
  if (reading.denials.empty()) return Status::Ok();
  if (Status s = ReadDisputeQuotes(*quotes, reading, view); !s.ok()) return s;
  view->disputes = match::FindDisputes(view->quotes);
  return Status::Ok();
}

std::vector<StorySummary> StorySummaries(const CorpusView& view) {
  std::map<int64_t, std::vector<int64_t>> clusters_of;  // story → quote clusters
  for (const auto& [story, cluster] : view.story_clusters) clusters_of[story].push_back(cluster);
  std::set<int64_t> dispute_clusters;
  for (const match::Dispute& d : view.disputes) dispute_clusters.insert(d.cluster);

  std::vector<StorySummary> out;
  for (const auto& [story, members] : view.stories) {
    std::vector<CorpusView::Article> rows = members;
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return EarlierThan(a.ref.date, a.seq, b.ref.date, b.seq);
    });
    StorySummary summary;
    summary.story = story;
    summary.title = rows.front().title;
    std::set<std::string> outlets;
    for (const auto& r : rows) {
      summary.articles.push_back(r.ref);
      if (!r.ref.outlet.empty()) outlets.insert(r.ref.outlet);
    }
    summary.outlets.assign(outlets.begin(), outlets.end());
    for (int64_t c : clusters_of[story]) {
      summary.quote_clusters.push_back(c);
      if (dispute_clusters.count(c)) summary.disputes.push_back(c);
    }
    out.push_back(std::move(summary));
  }
  std::stable_sort(out.begin(), out.end(), [](const StorySummary& a, const StorySummary& b) {
    return a.articles.size() > b.articles.size();
  });
  return out;
}

nlohmann::ordered_json StoryJson(const StorySummary& st) {
  nlohmann::ordered_json j;
  j["story"] = st.story;
  j["title"] = st.title;
  j["articles"] = nlohmann::ordered_json::array();
  for (const ArticleRef& a : st.articles) j["articles"].push_back(a.id);
  j["first"] = ArticleJson(st.articles.front());
  j["outlets"] = st.outlets;
  j["quote_clusters"] = st.quote_clusters;
  j["disputes"] = st.disputes;
  return j;
}

void WriteStoryTable(const std::vector<StorySummary>& stories, std::ostream& out) {
  for (const StorySummary& st : stories) {
    out << fmt::format("story {}: {} ({})\n", st.story, Shorten(st.title, 80),
                       Counted(st.articles.size(), "article"));
    for (const ArticleRef& a : st.articles) {
      out << fmt::format("  {:<10}  {:<26}  {}\n", DayOrUndated(a.date),
                         a.outlet.empty() ? "(unknown outlet)" : Shorten(a.outlet, 26), a.id);
    }
  }
}

std::vector<StorySummary> StoriesAsked(const CorpusView& view, const std::vector<int64_t>& stories,
                                       const std::vector<std::string>& docs) {
  const auto listed = [](const auto& list, const auto& x) {
    return std::find(list.begin(), list.end(), x) != list.end();
  };
  std::vector<StorySummary> out = StorySummaries(view);
  if (stories.empty() && docs.empty()) return out;
  std::erase_if(out, [&](const StorySummary& st) {
    return !listed(stories, st.story) &&
           std::none_of(st.articles.begin(), st.articles.end(),
                        [&](const ArticleRef& a) { return listed(docs, a.id); });
  });
  return out;
}

void PrintStories(const CorpusView& view, size_t top, std::ostream& out) {
  const std::vector<StorySummary> stories = StorySummaries(view);
  if (stories.empty()) return;
  out << fmt::format("\n{}; the largest:\n", Counted(stories.size(), "story", "stories"));
  for (size_t i = 0; i < stories.size() && i < top; ++i) {
    const StorySummary& st = stories[i];
    const ArticleRef& first = st.articles.front();
    out << fmt::format("\n  {} ({}, {})\n", Shorten(st.title, 80),
                       Counted(st.articles.size(), "article"), Counted(st.outlets.size(), "outlet"));
    out << fmt::format("    first: {} {} ({})\n", DayOrUndated(first.date),
                       first.outlet.empty() ? "unknown outlet" : first.outlet, first.id);
    if (!st.outlets.empty()) {
      out << "    outlets: " << Join(std::set<std::string>(st.outlets.begin(), st.outlets.end())) << '\n';
    }
  }
}

namespace {

// `members` are taken in date order (undated last, then ingest order), so
// that the wordings and their printings read as the utterance spread.
ClusterSummary Summarize(std::vector<store::ClusterMember>& members) {
  std::stable_sort(members.begin(), members.end(), [](const auto& a, const auto& b) {
    return EarlierThan(a.date, a.article_seq, b.date, b.article_seq);
  });
  ClusterSummary c;
  c.cluster = members.front().cluster;
  c.printings = members.size();
  const auto canonical =
      std::max_element(members.begin(), members.end(),
                       [](const auto& a, const auto& b) { return a.text.size() < b.text.size(); });
  c.text = canonical->text;
  std::map<std::string, int> speakers;
  std::set<std::string> articles, outlets;
  std::map<std::string, size_t> wording_of;  // normalised words → index in c.wordings
  const auto words = [](const std::string& text) {
    return match::JoinWords(match::OwnWords(text, 0, text.size(), {}));
  };
  wording_of[words(c.text)] = 0;
  c.wordings.push_back({c.text, "", {}});
  for (const store::ClusterMember& m : members) {
    if (!m.speaker.empty()) ++speakers[m.speaker];
    articles.insert(m.article);
    if (!m.outlet.empty()) outlets.insert(m.outlet);
    const auto [it, added] = wording_of.emplace(words(m.text), c.wordings.size());
    if (added) c.wordings.push_back({m.text, match::WordDiff(c.text, m.text), {}});
    c.wordings[it->second].printings.push_back({m.id, {m.article, m.date, m.outlet}});
  }
  // The most printings; ties to the first in name order, so the answer
  // does not depend on the members' order.
  for (const auto& [name, n] : speakers) {
    if (c.speaker.empty() || n > speakers[c.speaker]) c.speaker = name;
  }
  c.articles = articles.size();
  c.first = {members.front().article, members.front().date, members.front().outlet};
  c.outlets.assign(outlets.begin(), outlets.end());
  return c;
}

}  // namespace

Status ForEachClusterSummary(store::Database& db, size_t top, size_t min_articles,
                             const std::function<bool(const ClusterSummary&)>& fn) {
  std::unique_ptr<store::QuoteStore> quotes;
  if (Status s = store::QuoteStore::Open(&db, &quotes); !s.ok()) return s;
  std::vector<store::ClusterMember> members;
  bool more = true;
  Status s = quotes->ForEachClusterMember(top, min_articles, [&](const store::ClusterMember& m) {
    if (!members.empty() && members.front().cluster != m.cluster) {
      more = fn(Summarize(members));
      members.clear();
    }
    members.push_back(m);
    return more;
  });
  if (s.ok() && more && !members.empty()) fn(Summarize(members));
  return s;
}

Status ForEachClusterAsked(store::Database& db, const ClusterQuery& query,
                           const std::function<void(const ClusterSummary&)>& fn) {
  const std::vector<std::string> speaker = match::SearchWords(query.speaker);
  const std::vector<std::string> says = match::SearchWords(query.says);
  const bool filtered = !speaker.empty() || !says.empty();
  size_t passed = 0;
  // With a filter the clusters are read until `top` of them pass it.
  return ForEachClusterSummary(
      db, filtered ? 0 : query.top, query.min_articles, [&](const ClusterSummary& c) {
        const bool says_it = std::any_of(c.wordings.begin(), c.wordings.end(), [&](const auto& w) {
          return match::ContainsPhrase(match::SearchWords(w.text), says);
        });
        if (says_it &&
            (speaker.empty() || match::ContainsPhrase(match::SearchWords(c.speaker), speaker))) {
          fn(c);
          ++passed;
        }
        return query.top == 0 || passed < query.top;
      });
}

nlohmann::ordered_json ClusterJson(const ClusterSummary& c) {
  nlohmann::ordered_json j;
  j["cluster"] = c.cluster;
  j["text"] = c.text;
  j["speaker"] = OrNull(c.speaker);
  j["printings"] = c.printings;
  j["articles"] = c.articles;
  j["first"] = ArticleJson(c.first);
  j["outlets"] = c.outlets;
  j["wordings"] = nlohmann::ordered_json::array();
  for (const ClusterSummary::Wording& w : c.wordings) {
    nlohmann::ordered_json printings = nlohmann::ordered_json::array();
    for (const ClusterSummary::Printing& p : w.printings) {
      nlohmann::ordered_json one = ArticleJson(p.article);
      one["quote"] = p.quote;
      printings.push_back(std::move(one));
    }
    j["wordings"].push_back(
        {{"text", w.text}, {"diff", OrNull(w.diff)}, {"printings", std::move(printings)}});
  }
  return j;
}

void WriteClusterText(const ClusterSummary& c, std::ostream& out, size_t wordings) {
  out << fmt::format("\n  “{}”\n", QuotationForDisplay(c.text, 160));
  out << fmt::format("    {} — in {}, {}; first seen {} {} ({})\n",
                     c.speaker.empty() ? "speaker unknown" : c.speaker,
                     Counted(c.articles, "article"), Counted(c.printings, "printing"),
                     DayOrUndated(c.first.date),
                     c.first.outlet.empty() ? "unknown outlet" : c.first.outlet, c.first.id);
  if (!c.outlets.empty()) {
    out << "    outlets: " << Join({c.outlets.begin(), c.outlets.end()}) << '\n';
  }
  const size_t shown =
      wordings == 0 ? c.wordings.size() : std::min(c.wordings.size(), wordings + 1);
  for (size_t i = 1; i < shown; ++i) {
    const ClusterSummary::Wording& w = c.wordings[i];
    out << fmt::format("    variant ({}): {}\n", w.printings.front().article.id,
                       Shorten(OneLine(w.diff.empty() ? "… " + w.text + " …" : w.diff), 160));
  }
  if (shown < c.wordings.size()) {
    out << fmt::format("    … {} in all (quotetrace quotes --cluster {})\n",
                       Counted(c.wordings.size(), "wording"), c.cluster);
  }
}

Status PrintQuoteClusters(store::Database& db, size_t top, std::ostream& out) {
  bool any = false;
  return ForEachClusterSummary(db, top, 2, [&](const ClusterSummary& c) {
    if (!any) out << "\nMost printed quotations:\n";
    any = true;
    WriteClusterText(c, out, kReportWordings);
    return true;
  });
}

std::vector<DisputeSummary> DisputeSummaries(const CorpusView& view) {
  const auto claim = [&](int64_t cluster) {
    return DisputeSummary::Claim{cluster, view.LongestOf(cluster), view.SpeakerOf(cluster)};
  };
  std::vector<DisputeSummary> out;
  std::map<int64_t, size_t> index;  // denial cluster → its place in `out`
  for (const match::Dispute& d : view.disputes) {
    index[d.cluster] = out.size();
    DisputeSummary& s = out.emplace_back();
    s.denial = claim(d.cluster);
    s.cues = d.cues;
    for (int64_t c : d.contested) s.contested.push_back(claim(c));
  }
  // Looked up, not searched for in the lists: a denial printed by thousands
  // of articles made this quadratic (minutes at a million articles).
  std::vector<std::unordered_set<int64_t>> stories_of(out.size());
  for (const match::QuoteFacts& q : view.quotes) {  // in ingest order, an article's together
    const auto it = index.find(q.cluster);
    if (it == index.end()) continue;
    DisputeSummary& d = out[it->second];
    std::string article = q.id.substr(0, q.id.rfind('#'));
    if (d.articles.empty() || d.articles.back() != article) {
      d.articles.push_back(std::move(article));
    }
    if (q.story >= 0 && stories_of[it->second].insert(q.story).second) {  // -1: in no story
      d.stories.push_back(q.story);
    }
  }
  for (const CorpusView::DenialContext& c : view.denial_contexts) {
    const auto it = index.find(c.cluster);
    if (it == index.end()) continue;
    std::vector<CorpusView::DenialContext>& contexts = out[it->second].contexts;
    if (contexts.empty() || contexts.back().doc != c.doc) contexts.push_back(c);
  }
  return out;
}

std::vector<DisputeSummary> DisputesAsked(std::vector<DisputeSummary> disputes,
                                          const std::vector<int64_t>& stories,
                                          const std::vector<std::string>& docs) {
  if (stories.empty() && docs.empty()) return disputes;
  const auto shares = [](const auto& a, const auto& b) {
    return std::any_of(a.begin(), a.end(),
                       [&](const auto& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
  };
  std::erase_if(disputes, [&](const DisputeSummary& d) {
    return !shares(d.stories, stories) && !shares(d.articles, docs);
  });
  return disputes;
}

nlohmann::ordered_json DisputeJson(const DisputeSummary& d) {
  nlohmann::ordered_json contested = nlohmann::ordered_json::array();
  for (const DisputeSummary::Claim& c : d.contested) {
    contested.push_back({{"cluster", c.cluster}, {"text", c.text}, {"speaker", OrNull(c.speaker)}});
  }
  nlohmann::ordered_json contexts = nlohmann::ordered_json::array();
  for (const CorpusView::DenialContext& c : d.contexts) {
    contexts.push_back(
        {{"doc", c.doc}, {"cue", c.cue}, {"start", c.start}, {"end", c.end}, {"text", c.text}});
  }
  return {{"cluster", d.denial.cluster},
          {"text", d.denial.text},
          {"speaker", OrNull(d.denial.speaker)},
          {"cues", d.cues},
          {"articles", d.articles},
          {"stories", d.stories},
          {"contested", std::move(contested)},
          {"contexts", std::move(contexts)}};
}

std::vector<DisputeSummary> MostPrintedDisputes(std::vector<DisputeSummary> disputes, size_t top) {
  std::stable_sort(disputes.begin(), disputes.end(), [](const auto& a, const auto& b) {
    return a.articles.size() > b.articles.size();
  });
  if (disputes.size() > top) disputes.resize(top);
  return disputes;
}

void PrintDisputes(const CorpusView& view, size_t top, std::ostream& out) {
  const std::vector<DisputeSummary> all = DisputeSummaries(view);
  if (all.empty()) return;
  out << "\nDisputes:\n";
  for (const DisputeSummary& d : MostPrintedDisputes(all, top)) {
    WriteDisputeText(d, out, kReportClaims);
  }
  if (all.size() > top) {
    out << fmt::format("\n  … {} in all (quotetrace disputes)\n", Counted(all.size(), "denial"));
  }
}

void WriteDisputeText(const DisputeSummary& d, std::ostream& out, size_t claims) {
  std::string cues;
  for (const std::string& c : d.cues) cues += (cues.empty() ? "" : ", ") + c;
  out << fmt::format("\n  “{}”{} ({})\n", QuotationForDisplay(d.denial.text, 140),
                     d.denial.speaker.empty() ? "" : " — " + d.denial.speaker, cues);
  if (!d.contexts.empty()) {
    const CorpusView::DenialContext& c = d.contexts.front();
    out << fmt::format("    as printed ({}): {}\n", c.doc, ContextForDisplay(c.text, 240));
  }
  const size_t shown = claims == 0 ? d.contested.size() : std::min(d.contested.size(), claims);
  for (size_t i = 0; i < shown; ++i) {
    out << fmt::format("    contests “{}”\n", QuotationForDisplay(d.contested[i].text, 120));
  }
  if (shown < d.contested.size()) {
    out << fmt::format("    … {} in all (quotetrace disputes)\n",
                       Counted(d.contested.size(), "claim"));
  }
}

}  // namespace qt::report
