// The report's cross-article sections: the largest stories and the
// most-printed quotations with their variants.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
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

// Every story, largest first.
Status BuildStorySummaries(store::Database& db, std::vector<StorySummary>* stories);

// One story as a line of JSON: story, title, articles, first, outlets,
// quote_clusters, disputes.
void WriteStoryJson(const StorySummary& story, std::ostream& out);

// Every story with its articles in time order, for people.
void WriteStoryTable(const std::vector<StorySummary>& stories, std::ostream& out);

// The `top` largest stories: articles, first reporter (the earliest dated
// article; undated ones are never first over dated ones), outlets, title.
Status PrintStories(store::Database& db, size_t top, std::ostream& out);

// The `top` quotations printed by the most articles: canonical text (the
// longest version), speaker, first seen, outlets, and how each variant's
// words differ from the canonical text.
Status PrintQuoteClusters(store::Database& db, size_t top, std::ostream& out);

// Quotations that contest claims, and the quote clusters they contest.
Status PrintDisputes(store::Database& db, std::ostream& out);

}  // namespace qt::report
