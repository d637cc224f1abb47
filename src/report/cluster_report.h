// The report's cross-article sections: the largest stories and the
// most-printed quotations with their variants.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "match/disputes.h"
#include "store/database.h"

namespace qt::report {

struct ArticleRef {
  std::string id, date, outlet;
};

// What a story is: its articles in time order (undated last), the first
// reporter (never an undated article over a dated one), its outlets, its
// quote clusters, and the dispute clusters among them.
struct StorySummary {
  int64_t story = 0;
  std::string title;  // the first article's title, or its opening words
  std::vector<ArticleRef> articles;
  std::vector<std::string> outlets;
  std::vector<int64_t> quote_clusters;
  std::vector<int64_t> disputes;
};

// What the report's cross-article sections read, loaded once: the story of
// every article, the quote clusters of every story, and the disputes.
//
// Only the quotations the disputes are found in are held whole: those of
// the stories that print a denial, and every printing of a denial. Holding
// every quotation took 5.1 GB at a million generated articles; the rest are
// read once without their text (store::QuoteStore::ForEachPlaced).
struct CorpusView {
  struct Article {
    int64_t seq = 0;
    ArticleRef ref;
    std::string title;  // its title, or its opening words
  };
  std::map<int64_t, std::vector<Article>> stories;  // story → its articles
  // (story, quote cluster) of every clustered quotation (story -1: in
  // none), sorted, each pair once.
  std::vector<std::pair<int64_t, int64_t>> story_clusters;
  // The quotations (scare quotes and titles left out) that match::FindDisputes
  // reads, in ingest order, and the disputes it finds among them.
  std::vector<match::QuoteFacts> quotes;
  std::vector<match::Dispute> disputes;
  // Where each article prints a denial as one, in ingest order: its
  // dispute cue and the sentences that carry it (quotes/quote.h).
  struct DenialContext {
    int64_t cluster = 0;
    std::string doc, cue;
    size_t start = 0, end = 0;  // bytes of the article's text
    std::string text;
  };
  std::vector<DenialContext> denial_contexts;
  // Of each cluster in `quotes`: its longest printing (the first of equals,
  // wherever it is printed), and who says it there.
  struct Longest {
    std::string text, speaker;
  };
  std::unordered_map<int64_t, Longest> longest;

  // The cluster's longest text, and who says it; "" for a cluster not held.
  std::string LongestOf(int64_t cluster) const {
    const auto it = longest.find(cluster);
    return it == longest.end() ? std::string() : it->second.text;
  }
  std::string SpeakerOf(int64_t cluster) const {
    const auto it = longest.find(cluster);
    return it == longest.end() ? std::string() : it->second.speaker;
  }

  static Status Load(store::Database& db, CorpusView* view);
};

// Every story, largest first.
std::vector<StorySummary> StorySummaries(const CorpusView& view);

// The stories whose numbers `stories` lists and those holding an article
// whose id `docs` lists, largest first; all when both are empty.
std::vector<StorySummary> StoriesAsked(const CorpusView& view, const std::vector<int64_t>& stories,
                                       const std::vector<std::string>& docs);

// A story as JSON (a line of `stories --summary`): story, title, articles, first, outlets,
// quote_clusters, disputes.
nlohmann::ordered_json StoryJson(const StorySummary& story);

// Every story with its articles in time order, for people.
void WriteStoryTable(const std::vector<StorySummary>& stories, std::ostream& out);

// The `top` largest stories: articles, first reporter (the earliest dated
// article; undated ones are never first over dated ones), outlets, title.
void PrintStories(const CorpusView& view, size_t top, std::ostream& out);

// A quote cluster: one utterance as every article printed it.
struct ClusterSummary {
  struct Printing {
    std::string quote;  // the quotation's id ("<doc>#<n>")
    ArticleRef article;
  };
  // The printings whose words are the same (match/quote_words.h).
  struct Wording {
    std::string text;  // as first printed
    std::string diff;  // match::WordDiff against the canonical text; "" for its own words
    std::vector<Printing> printings;
  };
  int64_t cluster = 0;
  std::string text;     // canonical: the longest version, the earliest of equals
  std::string speaker;  // the one most of its printings name; "" when none does
  size_t printings = 0;
  size_t articles = 0;
  ArticleRef first;  // the earliest dated printing's article (undated ones last)
  std::vector<std::string> outlets;
  // The canonical text's first, then by their first printing's date; each
  // one's printings by date (undated last, then in ingest order).
  std::vector<Wording> wordings;
};

// The `top` clusters (0: all) printed by the most articles, `min_articles`
// at least, most printed first; each handed to `fn` as it is read, so
// millions of clusters need no more memory than the largest. `fn` returns
// false to stop.
Status ForEachClusterSummary(store::Database& db, size_t top, size_t min_articles,
                             const std::function<bool(const ClusterSummary&)>& fn);

// Which clusters a reader asks for: the `top` (0: all) printed by the most
// articles, `min_articles` at least, whose speaker's name holds the words
// of `speaker` and one of whose wordings prints the words of `says` (empty:
// any; words compared as report/quote_filter.h compares them).
struct ClusterQuery {
  size_t top = 0;
  size_t min_articles = 2;
  std::string speaker, says;
};

// The clusters `query` asks for, most printed first, each handed to `fn`
// as ForEachClusterSummary does.
Status ForEachClusterAsked(store::Database& db, const ClusterQuery& query,
                           const std::function<void(const ClusterSummary&)>& fn);

// A cluster as JSON (a line of `clusters`): cluster, text, speaker, printings,
// articles, first, outlets, wordings (text, diff, printings).
nlohmann::ordered_json ClusterJson(const ClusterSummary& cluster);

// One cluster for people: canonical text, speaker, counts, first seen,
// outlets, and how each other wording differs from the canonical text (the
// first `wordings` of them, then how many more; 0: all).
void WriteClusterText(const ClusterSummary& cluster, std::ostream& out, size_t wordings = 0);

// How many of a cluster's other wordings, of the articles printing each,
// and of the claims a denial contests a report shows: a summary for
// people, where in a large database each can run to thousands
// (`clusters`, `quotes --cluster` and `disputes` list all).
inline constexpr size_t kReportWordings = 10;
inline constexpr size_t kReportPrintings = 5;
inline constexpr size_t kReportClaims = 10;

// The `top` quotations printed by the most articles (two at least), as
// WriteClusterText writes them, with kReportWordings of their wordings.
Status PrintQuoteClusters(store::Database& db, size_t top, std::ostream& out);

// A denial: a quote cluster that contests claims (match/disputes.h), and
// the clusters it contests.
struct DisputeSummary {
  struct Claim {
    int64_t cluster = 0;
    std::string text, speaker;  // the cluster's longest text, and who says it
  };
  Claim denial;
  std::vector<std::string> cues;      // its dispute cues, as printed ("denied")
  std::vector<std::string> articles;  // those that print it, in ingest order
  std::vector<int64_t> stories;       // theirs
  std::vector<Claim> contested;       // in order of first appearance
  // Each article's first printing as a denial, in the articles' order.
  std::vector<CorpusView::DenialContext> contexts;
};

// Every denial, in the order match::FindDisputes gives them.
std::vector<DisputeSummary> DisputeSummaries(const CorpusView& view);

// The denials in the stories `stories` lists and those printed by the
// articles `docs` lists; all when both are empty.
std::vector<DisputeSummary> DisputesAsked(std::vector<DisputeSummary> disputes,
                                          const std::vector<int64_t>& stories,
                                          const std::vector<std::string>& docs);

// A denial as JSON (a line of `disputes`): cluster, text, speaker, cues,
// articles, stories, contested [{cluster, text, speaker}], contexts [{doc,
// cue, start, end, text}].
nlohmann::ordered_json DisputeJson(const DisputeSummary& dispute);

// A denial for people: its text, speaker and cues, the sentences of its
// first printing as a denial, then each claim it contests (the first
// `claims` of them, then how many in all; 0: all).
void WriteDisputeText(const DisputeSummary& dispute, std::ostream& out, size_t claims = 0);

// The `top` denials printed by the most articles, most first (the order of
// `disputes` among equals).
std::vector<DisputeSummary> MostPrintedDisputes(std::vector<DisputeSummary> disputes, size_t top);

// The `top` most printed quotations that contest claims, the quote
// clusters they contest, and how many more denials there are.
void PrintDisputes(const CorpusView& view, size_t top, std::ostream& out);

}  // namespace qt::report
