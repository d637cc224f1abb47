#include "report/html_report.h"

#include <fmt/format.h>

#include <vector>

#include "report/cluster_report.h"
#include "report/corpus_report.h"
#include "report/display_text.h"

namespace qt::report {
namespace {

constexpr std::string_view kStyle = R"(
body { font: 16px/1.5 Georgia, serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; }
h1, h2, h3, table, .meta { font-family: system-ui, sans-serif; }
h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
table { border-collapse: collapse; font-size: 90%; }
td, th { padding: .2em .8em; text-align: left; border-bottom: 1px solid #eee; }
td.n { text-align: right; }
blockquote { margin: 1em 0 .3em; padding-left: 1em; border-left: 4px solid #999; font-size: 110%; }
.meta { color: #555; font-size: 85%; margin: 0; }
ol.timeline, ul.wordings, ul.contests { font-size: 90%; }
del { color: #a00; }
ins { color: #060; text-decoration: underline; }
)";

std::string Article(const ArticleRef& a) {
  return fmt::format("{} {} ({})", HtmlEscaped(DayOrUndated(a.date)),
                     a.outlet.empty() ? "unknown outlet" : HtmlEscaped(a.outlet),
                     HtmlEscaped(a.id));
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : ", ") + HtmlEscaped(i);
  return out;
}

void WriteCorpus(const CorpusSummary& c, std::ostream& out) {
  const store::CorpusStats& a = c.articles;
  out << fmt::format("<p class=\"meta\">{}: {}, {}", HtmlEscaped(c.path),
                     Counted(a.articles, "article"), Counted(a.outlets.size(), "outlet"));
  if (a.dated > 0) {
    out << fmt::format(", dated {} to {}", HtmlEscaped(Day(a.first_date)),
                       HtmlEscaped(Day(a.last_date)));
  }
  out << fmt::format(" ({} undated)</p>\n", a.articles - a.dated);
  out << "<table><tr><th>outlet</th><th>articles</th><th>first</th><th>last</th></tr>\n";
  for (const store::OutletCount& o : a.outlets) {
    out << fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td></tr>\n",
                       o.outlet.empty() ? "(unknown outlet)" : HtmlEscaped(o.outlet), o.articles,
                       HtmlEscaped(Day(o.first_date)), HtmlEscaped(Day(o.last_date)));
  }
  out << "</table>\n";
  out << "<p class=\"meta\">" << HtmlEscaped(QuotationCounts(c.quotes)) << "</p>\n";
  if (c.speakers.empty()) return;
  out << "<table><tr><th>most quoted</th><th>quotes</th><th>articles</th></tr>\n";
  for (const store::SpeakerCount& s : c.speakers) {
    out << fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
                       HtmlEscaped(s.speaker), s.quotes, s.articles);
  }
  out << "</table>\n";
}

void WriteStories(const std::vector<StorySummary>& stories, size_t top, std::ostream& out) {
  if (stories.empty()) return;
  out << fmt::format("<h2>{}; the largest</h2>\n", Counted(stories.size(), "story", "stories"));
  for (size_t i = 0; i < stories.size() && i < top; ++i) {
    const StorySummary& st = stories[i];
    out << fmt::format(
        "<section><h3>{}</h3>\n<p class=\"meta\">{}, {}; first: {}</p>\n<ol class=\"timeline\">\n",
        HtmlEscaped(st.title), Counted(st.articles.size(), "article"),
        Counted(st.outlets.size(), "outlet"), Article(st.articles.front()));
    for (const ArticleRef& a : st.articles) out << "<li>" << Article(a) << "</li>\n";
    out << "</ol></section>\n";
  }
}

void WriteCluster(const ClusterSummary& c, std::ostream& out) {
  out << fmt::format("<section><blockquote>{}</blockquote>\n",
                     HtmlEscaped(QuotationForDisplay(c.text, std::string::npos)));
  out << fmt::format("<p class=\"meta\">{} — in {}, {}; first seen {}</p>\n",
                     c.speaker.empty() ? "speaker unknown" : HtmlEscaped(c.speaker),
                     Counted(c.articles, "article"), Counted(c.printings, "printing"),
                     Article(c.first));
  out << "<ul class=\"wordings\">\n";
  const size_t shown = std::min(c.wordings.size(), kReportWordings + 1);
  for (size_t i = 0; i < shown; ++i) {
    const ClusterSummary::Wording& w = c.wordings[i];
    std::string by;  // who printed it
    for (size_t k = 0; k < w.printings.size() && k < kReportPrintings; ++k) {
      by += (by.empty() ? "" : "; ") + Article(w.printings[k].article);
    }
    if (w.printings.size() > kReportPrintings) {
      by += fmt::format("; … {} in all", Counted(w.printings.size(), "printing"));
    }
    const std::string words = i == 0           ? "as quoted above"
                              : w.diff.empty() ? "a part: … " + HtmlEscaped(OneLine(w.text)) + " …"
                                               : DiffHtml(OneLine(w.diff));
    out << fmt::format("<li>{}<br><span class=\"meta\">{}</span></li>\n", words, by);
  }
  if (shown < c.wordings.size()) {
    out << fmt::format(
        "<li class=\"meta\">… {} in all (<code>quotetrace quotes --cluster {}</code>)</li>\n",
        Counted(c.wordings.size(), "wording"), c.cluster);
  }
  out << "</ul></section>\n";
}

void WriteDisputes(const CorpusView& view, size_t top, std::ostream& out) {
  const std::vector<DisputeSummary> all = DisputeSummaries(view);
  if (all.empty()) return;
  const std::vector<DisputeSummary> disputes = MostPrintedDisputes(all, top);
  // Whole, on one line, without the comma that led into a tag.
  const auto whole = [](const std::string& text) {
    return HtmlEscaped(QuotationForDisplay(text, std::string::npos));
  };
  out << "<h2>Disputes</h2>\n";
  for (const DisputeSummary& d : disputes) {
    const std::string& speaker = d.denial.speaker;
    out << fmt::format(
        "<section><blockquote>{}</blockquote>\n<p class=\"meta\">{}({})</p>\n<ul "
        "class=\"contests\">\n",
        whole(d.denial.text), speaker.empty() ? "" : HtmlEscaped(speaker) + " ", Joined(d.cues));
    if (!d.contexts.empty()) {
      const CorpusView::DenialContext& c = d.contexts.front();
      out << fmt::format("<li>as printed ({}): {}</li>\n", HtmlEscaped(c.doc),
                         HtmlEscaped(ContextForDisplay(c.text, std::string::npos)));
    }
    for (size_t i = 0; i < d.contested.size() && i < kReportClaims; ++i) {
      out << "<li>contests “" << whole(d.contested[i].text) << "”</li>\n";
    }
    if (d.contested.size() > kReportClaims) {
      out << fmt::format("<li class=\"meta\">… {} in all</li>\n",
                         Counted(d.contested.size(), "claim"));
    }
    out << "</ul></section>\n";
  }
  if (all.size() > top) {
    out << fmt::format("<p class=\"meta\">… {} in all (<code>quotetrace disputes</code>)</p>\n",
                       Counted(all.size(), "denial"));
  }
}

}  // namespace

std::string HtmlEscaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string DiffHtml(std::string_view diff) {
  std::string out;
  while (!diff.empty()) {
    const size_t del = diff.find("[-"), ins = diff.find("{+");
    const size_t at = std::min(del, ins);
    const bool is_del = at == del;
    const std::string_view close = is_del ? "-]" : "+}";
    const size_t end = at == std::string_view::npos ? at : diff.find(close, at + 2);
    if (end == std::string_view::npos) {  // no marker left
      out += HtmlEscaped(diff);
      break;
    }
    out += HtmlEscaped(diff.substr(0, at));
    out += is_del ? "<del>" : "<ins>";
    out += HtmlEscaped(diff.substr(at + 2, end - at - 2));
    out += is_del ? "</del>" : "</ins>";
    diff.remove_prefix(end + 2);
  }
  return out;
}

Status WriteHtmlReport(store::Database& db, size_t top, std::ostream& out) {
  CorpusSummary corpus;
  if (Status s = LoadCorpusSummary(db, &corpus); !s.ok()) return s;
  CorpusView view;
  if (Status s = CorpusView::Load(db, &view); !s.ok()) return s;
  std::vector<ClusterSummary> clusters;
  if (Status s = ForEachClusterSummary(db, top, 2,
                                       [&](const ClusterSummary& c) {
                                         clusters.push_back(c);
                                         return true;
                                       });
      !s.ok()) {
    return s;
  }
  out << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>quotetrace: "
      << HtmlEscaped(corpus.path) << "</title>\n<style>" << kStyle << "</style></head><body>\n"
      << "<h1>Who said what, and how it spread</h1>\n";
  WriteCorpus(corpus, out);
  WriteStories(StorySummaries(view), top, out);
  if (!clusters.empty()) out << "<h2>Most printed quotations</h2>\n";
  for (const ClusterSummary& c : clusters) WriteCluster(c, out);
  WriteDisputes(view, top, out);
  out << "</body></html>\n";
  return Status::Ok();
}

}  // namespace qt::report
