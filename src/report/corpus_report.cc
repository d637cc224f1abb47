#include "report/corpus_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/name_variants.h"
#include "match/role_index.h"
#include "report/display_text.h"
#include "report/json_line.h"
#include "report/quote_listing.h"
#include "store/article_store.h"
#include "store/quote_store.h"

namespace qt::report {
namespace {

// The counts of each name as the person `joins` counts it for, summed.
std::vector<store::SpeakerCount> Joined(const std::vector<store::SpeakerCount>& counts,
                                        const std::unordered_map<std::string, std::string>& joins) {
  std::vector<store::SpeakerCount> out;
  std::unordered_map<std::string, size_t> index;
  for (const store::SpeakerCount& sc : counts) {
    const auto join = joins.find(sc.speaker);
    const std::string& person = join == joins.end() ? sc.speaker : join->second;
    const auto [at, added] = index.emplace(person, out.size());
    if (added) out.push_back({person, 0, 0});
    out[at->second].quotes += sc.quotes;
    out[at->second].articles += sc.articles;
  }
  return out;
}

// The spellings that name one person (match/name_variants.h).
std::unordered_map<std::string, std::string> JoinsOf(
    const std::vector<store::SpeakerCount>& counts) {
  std::vector<std::pair<std::string, int64_t>> quotations;
  for (const store::SpeakerCount& sc : counts) quotations.emplace_back(sc.speaker, sc.quotes);
  return match::JoinNameVariants(quotations);
}

}  // namespace

Status LoadCorpusSummary(store::Database& db, CorpusSummary* summary) {
  *summary = CorpusSummary();
  summary->path = db.path();
  std::unique_ptr<store::ArticleStore> articles;
  if (Status s = store::ArticleStore::Open(&db, &articles); !s.ok()) return s;
  if (Status s = articles->Stats(&summary->articles); !s.ok()) return s;
  std::unique_ptr<store::QuoteStore> quotes;
  if (Status s = store::QuoteStore::Open(&db, &quotes); !s.ok()) return s;
  if (Status s = quotes->Stats(&summary->quotes); !s.ok()) return s;
  std::vector<store::SpeakerCount> printed;
  if (Status s = quotes->SpeakerCounts(&printed); !s.ok()) return s;
  match::RoleIndex roles;
  if (Status s = LoadRoleIndex(db, &roles); !s.ok()) return s;
  for (store::SpeakerCount& sc : printed) {  // "the Quillon chief" → Ravi Mendes
    if (std::string name = roles.NameFor(sc.speaker); !name.empty()) sc.speaker = std::move(name);
  }
  const std::vector<store::SpeakerCount> by_name = Joined(printed, {});
  std::vector<store::SpeakerCount> speakers = Joined(by_name, JoinsOf(by_name));
  // The ten most quoted; ties in name order.
  const auto more_quoted = [](const store::SpeakerCount& a, const store::SpeakerCount& b) {
    return a.quotes != b.quotes ? a.quotes > b.quotes : a.speaker < b.speaker;
  };
  const size_t top = std::min<size_t>(speakers.size(), 10);
  std::partial_sort(speakers.begin(), speakers.begin() + top, speakers.end(), more_quoted);
  speakers.resize(top);
  summary->speakers = std::move(speakers);
  return Status::Ok();
}

std::string QuotationCounts(const store::QuoteStats& q) {
  return fmt::format("{}: {} direct, {} partial ({} with a speaker); {}, {}",
                     Counted(static_cast<size_t>(q.quotes), "quotation"), q.direct, q.partial,
                     q.attributed, Counted(static_cast<size_t>(q.scare), "scare quote"),
                     Counted(static_cast<size_t>(q.title), "title"));
}

void WriteCorpusText(const CorpusSummary& summary, std::ostream& out) {
  const store::CorpusStats& stats = summary.articles;
  out << fmt::format("{}: {}", summary.path,
                     Counted(static_cast<size_t>(stats.articles), "article"));
  if (stats.revisions > stats.articles) {
    out << fmt::format(" ({} revisions)", stats.revisions);
  }
  out << ", " << Counted(stats.outlets.size(), "outlet");
  // Days, as the outlets' table prints them: a feed's dates carry times.
  if (stats.dated > 0) {
    out << fmt::format(", dated {} to {}", Day(stats.first_date), Day(stats.last_date));
  }
  out << fmt::format(" ({} undated)\n\n", stats.articles - stats.dated);

  out << fmt::format("{:<28} {:>8}  {:<10}  {:<10}\n", "outlet", "articles", "first", "last");
  for (const store::OutletCount& o : stats.outlets) {
    out << fmt::format("{:<28} {:>8}  {:<10}  {:<10}\n",
                       o.outlet.empty() ? "(unknown outlet)" : o.outlet, o.articles,
                       Day(o.first_date), Day(o.last_date));
  }
  out << '\n' << QuotationCounts(summary.quotes) << "\n\n";
  if (!summary.speakers.empty()) {
    out << fmt::format("{:<28} {:>8}  {:>8}\n", "most quoted", "quotes", "articles");
    for (const store::SpeakerCount& sc : summary.speakers) {
      out << fmt::format("{:<28} {:>8}  {:>8}\n", sc.speaker, sc.quotes, sc.articles);
    }
  }
}

nlohmann::ordered_json CorpusJson(const CorpusSummary& summary) {
  const store::CorpusStats& stats = summary.articles;
  nlohmann::ordered_json outlets = nlohmann::ordered_json::array();
  for (const store::OutletCount& o : stats.outlets) {
    outlets.push_back({{"outlet", OrNull(o.outlet)},
                       {"articles", o.articles},
                       {"first", OrNull(o.first_date)},
                       {"last", OrNull(o.last_date)}});
  }
  nlohmann::ordered_json speakers = nlohmann::ordered_json::array();
  for (const store::SpeakerCount& sc : summary.speakers) {
    speakers.push_back({{"speaker", sc.speaker}, {"quotes", sc.quotes}, {"articles", sc.articles}});
  }
  const store::QuoteStats& q = summary.quotes;
  return {{"path", summary.path},
          {"articles", stats.articles},
          {"revisions", stats.revisions},
          {"dated", stats.dated},
          {"first", OrNull(stats.first_date)},
          {"last", OrNull(stats.last_date)},
          {"outlets", std::move(outlets)},
          {"quotations",
           {{"all", q.quotes},
            {"direct", q.direct},
            {"partial", q.partial},
            {"attributed", q.attributed},
            {"scare", q.scare},
            {"title", q.title}}},
          {"speakers", std::move(speakers)}};
}

}  // namespace qt::report
