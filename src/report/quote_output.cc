#include "report/quote_output.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "report/csv_row.h"
#include "report/json_line.h"
#include "text/utf8.h"

namespace qt::report {
namespace {

// At most `width` code points of `s`, with "…" when cut; line breaks folded.
std::string Fit(std::string_view s, size_t width) {
  std::string out;
  size_t points = 0;
  for (size_t i = 0; i < s.size();) {
    const char32_t c = text::DecodeUtf8(s, &i);
    if (++points > width) {
      out += "…";
      break;
    }
    text::AppendUtf8(c == '\n' ? ' ' : c, &out);
  }
  return out;
}

// Pads to `width` code points (fmt pads by bytes for strings).
std::string Pad(const std::string& s, size_t width) {
  size_t points = 0;
  for (size_t i = 0; i < s.size();) {
    text::DecodeUtf8(s, &i);
    ++points;
  }
  return points >= width ? s : s + std::string(width - points, ' ');
}

}  // namespace

nlohmann::ordered_json QuoteJson(const quotes::Quote& q, const std::vector<std::string>& chain) {
  nlohmann::ordered_json j;
  j["doc"] = q.doc;
  j["outlet"] = OrNull(q.outlet);
  j["date"] = OrNull(q.date);
  j["id"] = q.id;
  j["start"] = q.start;
  j["end"] = q.end;
  j["text"] = q.text;
  j["kind"] = q.kind;
  j["speaker"] = OrNull(q.speaker);
  j["speaker_start"] = q.has_speaker_span ? nlohmann::ordered_json(q.speaker_start) : nullptr;
  j["speaker_end"] = q.has_speaker_span ? nlohmann::ordered_json(q.speaker_end) : nullptr;
  j["role"] = OrNull(q.role);
  j["cue"] = OrNull(q.cue);
  j["to"] = OrNull(q.to);
  j["via"] = OrNull(q.via);
  j["nested_in"] = OrNull(q.nested_in);
  j["cluster"] = q.cluster > 0 ? nlohmann::ordered_json(q.cluster) : nullptr;
  j["dispute"] = OrNull(q.dispute);
  const bool disputes = !q.dispute.empty();
  j["dispute_start"] = disputes ? nlohmann::ordered_json(q.dispute_start) : nullptr;
  j["dispute_end"] = disputes ? nlohmann::ordered_json(q.dispute_end) : nullptr;
  j["chain"] = chain;
  return j;
}

void WriteQuoteCsvHeader(std::ostream& out) {
  WriteCsvRow({"doc", "outlet", "date", "id", "start", "end", "kind", "speaker", "role", "cue",
               "to", "via", "nested_in", "cluster", "dispute", "text"},
              out);
}

void WriteQuoteCsv(const quotes::Quote& q, std::ostream& out) {
  const std::string start = std::to_string(q.start), end = std::to_string(q.end);
  const std::string cluster = q.cluster > 0 ? std::to_string(q.cluster) : "";
  WriteCsvRow({q.doc, q.outlet, q.date, q.id, start, end, q.kind, q.speaker, q.role, q.cue, q.to,
               q.via, q.nested_in, cluster, q.dispute, q.text},
              out);
}

void WriteQuoteTable(const std::vector<quotes::Quote>& quotes, std::ostream& out) {
  out << Pad("article", 22) << "  " << Pad("speaker", 22) << "  " << Pad("quote", 60) << "  "
      << Pad("cue", 10) << "  to\n";
  for (const quotes::Quote& q : quotes) {
    const std::string nested = q.nested_in.empty() ? "" : "  ";
    out << Pad(Fit(q.doc, 22), 22) << "  " << Pad(Fit(q.speaker.empty() ? "?" : q.speaker, 22), 22)
        << "  " << Pad(nested + Fit(q.text, 58), 60) << "  " << Pad(Fit(q.cue, 10), 10) << "  "
        << Fit(q.to, 30) << '\n';
  }
}

void ShareRolesWithinArticle(std::vector<quotes::Quote>* article) {
  std::unordered_map<std::string, std::unordered_map<std::string, int>> printed;  // speaker → role → n
  for (const quotes::Quote& q : *article) {
    if (!q.speaker.empty() && !q.role.empty()) ++printed[q.speaker][q.role];
  }
  for (quotes::Quote& q : *article) {
    if (!q.role.empty() || q.speaker.empty()) continue;
    const auto it = printed.find(q.speaker);
    if (it == printed.end()) continue;
    int most = 0;
    for (const auto& [role, n] : it->second) {
      if (n > most || (n == most && role.size() > q.role.size()) ||
          (n == most && role.size() == q.role.size() && role < q.role)) {
        most = n;
        q.role = role;
      }
    }
  }
}

}  // namespace qt::report
