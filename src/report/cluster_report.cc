#include "report/cluster_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "match/disputes.h"
#include "match/quote_words.h"
#include "match/story_clusterer.h"
#include "match/word_diff.h"
#include "store/article_store.h"
#include "store/quote_store.h"
#include "store/story_store.h"

namespace qt::report {
namespace {

// Earliest first; undated articles after every dated one.
bool EarlierThan(const std::string& a_date, int64_t a_seq, const std::string& b_date, int64_t b_seq) {
  if (a_date.empty() != b_date.empty()) return !a_date.empty();
  if (a_date != b_date) return a_date < b_date;
  return a_seq < b_seq;
}

std::string Shorten(const std::string& s, size_t bytes) {
  if (s.size() <= bytes) return s;
  size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

std::string OneLine(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

std::string Join(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& i : items) {
    if (!out.empty()) out += ", ";
    out += i;
  }
  return out;
}

}  // namespace

Status PrintStories(store::Database& db, size_t top, std::ostream& out) {
  std::unique_ptr<store::StoryStore> stories;
  std::string state;
  if (Status s = store::StoryStore::Open(&db, &stories); !s.ok()) return s;
  if (Status s = stories->LoadState(&state); !s.ok()) return s;
  if (state.empty()) return Status::Ok();
  match::StoryClusterer clusterer;
  if (!clusterer.Deserialize(state)) return Status::Error(db.path() + ": unreadable story state");
  const auto story_of = clusterer.Assignments();

  std::unique_ptr<store::ArticleStore> articles;
  if (Status s = store::ArticleStore::Open(&db, &articles); !s.ok()) return s;
  std::map<int64_t, std::vector<store::StoredArticle>> members;
  Status s = articles->ForEach([&](const store::StoredArticle& a) {
    if (auto it = story_of.find(a.seq); it != story_of.end()) {
      store::StoredArticle light = a;
      light.article.text = Shorten(OneLine(a.article.text), 90);
      members[it->second].push_back(std::move(light));
    }
    return true;
  });
  if (!s.ok()) return s;
  std::vector<std::vector<store::StoredArticle>*> largest;
  for (auto& [_, m] : members) largest.push_back(&m);
  std::stable_sort(largest.begin(), largest.end(), [](auto* a, auto* b) { return a->size() > b->size(); });
  out << fmt::format("\n{} stories; the largest:\n", members.size());
  for (size_t i = 0; i < largest.size() && i < top; ++i) {
    auto& m = *largest[i];
    std::sort(m.begin(), m.end(), [](const auto& a, const auto& b) {
      return EarlierThan(a.article.date, a.seq, b.article.date, b.seq);
    });
    std::set<std::string> outlets;
    for (const auto& a : m) {
      if (!a.article.outlet.empty()) outlets.insert(a.article.outlet);
    }
    const auto& first = m.front().article;
    const std::string title = first.title.empty() ? first.text : first.title;
    out << fmt::format("\n  {} ({} articles, {} outlets)\n", Shorten(title, 80), m.size(), outlets.size());
    out << fmt::format("    first: {} {} ({})\n", first.date.empty() ? "undated" : first.date.substr(0, 10),
                       first.outlet.empty() ? "unknown outlet" : first.outlet, first.id);
    if (!outlets.empty()) out << "    outlets: " << Join(outlets) << '\n';
  }
  return Status::Ok();
}

Status PrintQuoteClusters(store::Database& db, size_t top, std::ostream& out) {
  std::unique_ptr<store::QuoteStore> quotes;
  if (Status s = store::QuoteStore::Open(&db, &quotes); !s.ok()) return s;
  std::vector<std::vector<store::ClusterMember>> clusters;
  Status s = quotes->ForEachClusterMember(top, [&](const store::ClusterMember& m) {
    if (clusters.empty() || clusters.back().front().cluster != m.cluster) clusters.emplace_back();
    clusters.back().push_back(m);
  });
  if (!s.ok()) return s;
  if (clusters.empty()) return Status::Ok();
  out << "\nMost printed quotations:\n";
  for (const auto& members : clusters) {
    const auto canonical = std::max_element(members.begin(), members.end(), [](const auto& a, const auto& b) {
      return a.text.size() < b.text.size();
    });
    std::map<std::string, int> speakers;
    std::set<std::string> articles, outlets;
    const store::ClusterMember* first = nullptr;
    int64_t order = 0, first_order = 0;
    for (const auto& m : members) {
      ++order;
      if (!m.speaker.empty()) ++speakers[m.speaker];
      articles.insert(m.article);
      if (!m.outlet.empty()) outlets.insert(m.outlet);
      if (first == nullptr || EarlierThan(m.date, order, first->date, first_order)) {
        first = &m;
        first_order = order;
      }
    }
    const auto speaker = std::max_element(speakers.begin(), speakers.end(),
                                          [](const auto& a, const auto& b) { return a.second < b.second; });
    out << fmt::format("\n  “{}”\n", Shorten(OneLine(canonical->text), 160));
    out << fmt::format("    {} — in {} articles, {} printings; first seen {} {} ({})\n",
                       speaker == speakers.end() ? "speaker unknown" : speaker->first, articles.size(),
                       members.size(), first->date.empty() ? "undated" : first->date.substr(0, 10),
                       first->outlet.empty() ? "unknown outlet" : first->outlet, first->article);
    if (!outlets.empty()) out << "    outlets: " << Join(outlets) << '\n';
    std::set<std::string> seen = {match::JoinWords(match::OwnWords(canonical->text, 0, canonical->text.size(), {}))};
    for (const auto& m : members) {
      if (!seen.insert(match::JoinWords(match::OwnWords(m.text, 0, m.text.size(), {}))).second) continue;
      const std::string diff = match::WordDiff(canonical->text, m.text);
      out << fmt::format("    variant ({}): {}\n", m.article,
                         Shorten(OneLine(diff.empty() ? "… " + m.text + " …" : diff), 160));
    }
  }
  return Status::Ok();
}

Status PrintDisputes(store::Database& db, std::ostream& out) {
  std::unique_ptr<store::StoryStore> stories;
  std::string state;
  if (Status s = store::StoryStore::Open(&db, &stories); !s.ok()) return s;
  if (Status s = stories->LoadState(&state); !s.ok()) return s;
  match::StoryClusterer clusterer;
  if (!state.empty() && !clusterer.Deserialize(state)) {
    return Status::Error(db.path() + ": unreadable story state");
  }
  const auto story_of_row = clusterer.Assignments();
  std::map<std::string, int64_t> story_of;  // article id → story
  if (Status s = stories->ForEachCurrent([&](const std::string& id, int64_t seq) {
        if (auto it = story_of_row.find(seq); it != story_of_row.end()) story_of[id] = it->second;
      });
      !s.ok()) {
    return s;
  }
  std::unique_ptr<store::QuoteStore> quotes;
  if (Status s = store::QuoteStore::Open(&db, &quotes); !s.ok()) return s;
  std::vector<match::QuoteFacts> facts;
  std::map<int64_t, std::string> longest;  // cluster → its longest text
  Status s = quotes->ForEachCurrent([&](const quotes::Quote& q) {
    if (q.kind == "scare" || q.kind == "title") return true;
    const auto story = story_of.find(q.doc);
    facts.push_back({q.id, q.nested_in, q.cluster, story == story_of.end() ? -1 : story->second,
                     q.speaker, q.dispute, q.text, q.role});
    if (q.text.size() > longest[q.cluster].size()) longest[q.cluster] = q.text;
    return true;
  });
  if (!s.ok()) return s;
  const std::vector<match::Dispute> disputes = match::FindDisputes(facts);
  if (disputes.empty()) return Status::Ok();
  out << "\nDisputes:\n";
  for (const match::Dispute& d : disputes) {
    std::string cues;
    for (const std::string& c : d.cues) cues += (cues.empty() ? "" : ", ") + c;
    out << fmt::format("\n  “{}” ({})\n", Shorten(OneLine(longest[d.cluster]), 140), cues);
    for (int64_t c : d.contested) {
      out << fmt::format("    contests “{}”\n", Shorten(OneLine(longest[c]), 120));
    }
  }
  return Status::Ok();
}

}  // namespace qt::report
