// The corpus report: what the database holds, for people.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/article_store.h"
#include "store/database.h"
#include "store/quote_store.h"

namespace qt::report {

struct CorpusSummary {
  std::string path;  // the database's
  store::CorpusStats articles;
  store::QuoteStats quotes;
  // The ten most quoted, joined as `speakers` joins them
  // (report/speaker_report.h): a description counts for the name the corpus
  // gives it, a name's spellings for the person. Their articles are summed
  // over what is joined, which counts an article twice only when it prints
  // two of one person's spellings, rare since each article resolves its own.
  std::vector<store::SpeakerCount> speakers;
};

Status LoadCorpusSummary(store::Database& db, CorpusSummary* summary);

// The number of articles, the date range, articles per outlet, quotations
// by kind and the most quoted speakers, as terminal text.
void WriteCorpusText(const CorpusSummary& summary, std::ostream& out);

// "46 quotations: 35 direct, 10 partial (45 with a speaker); 0 scare
// quotes, 1 title": the counts by kind as a sentence.
std::string QuotationCounts(const store::QuoteStats& quotes);

// The same as JSON: path, articles, revisions, dated, first, last, outlets
// [{outlet, articles, first, last}], quotations {all, direct, partial,
// attributed, scare, title}, speakers [{speaker, quotes, articles}].
nlohmann::ordered_json CorpusJson(const CorpusSummary& summary);

}  // namespace qt::report
