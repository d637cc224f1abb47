#include "match/disputes.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "match/quote_words.h"

namespace qt::match {
namespace {

// A speaker as a text may name them: the words of their name and role.
struct SpeakerWords {
  const std::string* speaker;
  Words name, role;
};

// The speakers of `quotes` (with a speaker), their words read once.
std::vector<SpeakerWords> SpeakersOf(const std::vector<const QuoteFacts*>& quotes) {
  std::vector<SpeakerWords> speakers;
  for (const QuoteFacts* q : quotes) {
    if (q->speaker.empty()) continue;
    speakers.push_back({&q->speaker, OwnWords(q->speaker, 0, q->speaker.size(), {}),
                        OwnWords(q->role, 0, q->role.size(), {})});
  }
  return speakers;
}

// The speakers that words name by a full name, a first name or a surname
// ("Mark" → "Mark Zuckerberg"), or by the last word of their role.
std::set<std::string> NamedSpeakers(const std::unordered_set<std::string>& words,
                                    const std::vector<SpeakerWords>& speakers) {
  std::set<std::string> named;
  for (const SpeakerWords& s : speakers) {
    const bool by_name =
        s.name.size() >= 2 && (words.count(s.name.front()) || words.count(s.name.back()));
    const bool by_role = !s.role.empty() && words.count(s.role.back());
    if (by_name || by_role) named.insert(*s.speaker);
  }
  return named;
}

}  // namespace

// Each dispute reads only the quotations of its own stories: scanning every
// quotation of the corpus for each quotation of each dispute took minutes
// at 100k articles.
std::vector<Dispute> FindDisputes(const std::vector<QuoteFacts>& quotes) {
  std::map<int64_t, Dispute> disputes;
  for (const QuoteFacts& q : quotes) {
    if (q.dispute.empty() || q.cluster == 0) continue;
    Dispute& d = disputes[q.cluster];
    d.cluster = q.cluster;
    if (std::find(d.cues.begin(), d.cues.end(), q.dispute) == d.cues.end()) d.cues.push_back(q.dispute);
  }
  if (disputes.empty()) return {};
  std::map<int64_t, std::vector<const QuoteFacts*>> members;  // dispute cluster → quotations
  std::unordered_map<int64_t, std::vector<const QuoteFacts*>> in_story;  // in input order
  std::unordered_map<std::string, const QuoteFacts*> by_id;
  for (const QuoteFacts& q : quotes) {
    if (disputes.count(q.cluster)) members[q.cluster].push_back(&q);
    in_story[q.story].push_back(&q);
    by_id[q.id] = &q;
  }
  for (auto& [cluster, d] : disputes) {
    // The quotations of the dispute's stories, in input order.
    std::set<int64_t> stories;
    for (const QuoteFacts* q : members[cluster]) stories.insert(q->story);
    std::vector<const QuoteFacts*> around;
    for (int64_t story : stories) {
      const auto& q = in_story[story];
      around.insert(around.end(), q.begin(), q.end());
    }
    std::sort(around.begin(), around.end());
    // A speaker is named by a word of any of the dispute's printings, so
    // the words of all of them name, at once, whom each names in turn (one
    // pass over the stories' speakers per printing had made this quadratic
    // in how widely a denial is printed: minutes at a million articles).
    std::unordered_set<std::string> words;
    std::unordered_set<std::string_view> texts;
    for (const QuoteFacts* q : members[cluster]) {
      if (!texts.insert(q->text).second) continue;
      for (std::string& w : OwnWords(q->text, 0, q->text.size(), {})) words.insert(std::move(w));
    }
    const std::set<std::string> named = NamedSpeakers(words, SpeakersOf(around));
    std::set<int64_t> added;
    const auto contest = [&, self = cluster, &contested = d.contested](int64_t c) {
      if (c != 0 && c != self && added.insert(c).second) contested.push_back(c);
    };
    for (const QuoteFacts* q : around) {
      if (!named.count(q->speaker) || q->nested_in.empty()) continue;
      const auto outer = by_id.find(q->nested_in);
      if (outer == by_id.end() || named.count(outer->second->speaker)) continue;  // their own words
      contest(outer->second->cluster);
      contest(q->cluster);
    }
  }
  std::vector<Dispute> out;
  for (auto& [_, d] : disputes) out.push_back(std::move(d));
  return out;
}

}  // namespace qt::match
