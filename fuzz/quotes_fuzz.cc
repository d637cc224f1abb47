// Fuzz target: quotation extraction on any article text.
//
// The input, made valid UTF-8 as the ingest makes every text
// (text::RepairUtf8), is one article. Beyond not crashing, what a caller of
// QuoteExtractor relies on holds for every quotation:
//   * its offsets lie inside the text, on character boundaries, and `text`
//     is the bytes between them;
//   * a speaker span, a dispute context likewise;
//   * ids are unique and `nested_in` names a quotation of the article;
//   * every string is valid UTF-8, so that the JSON writer (which throws
//     on anything else) can print it.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "fuzz/fuzz_util.h"
#include "quotes/extractor.h"
#include "text/utf8.h"

namespace {

void CheckQuote(std::string_view text, const qt::quotes::Quote& q) {
  CheckSpan(text, q.start, q.end);
  FUZZ_CHECK(q.text == text.substr(q.start, q.end - q.start));
  FUZZ_CHECK(q.kind == "direct" || q.kind == "partial" || q.kind == "scare" || q.kind == "title");
  if (q.has_speaker_span) CheckSpan(text, q.speaker_start, q.speaker_end);
  if (!q.dispute.empty()) {
    CheckSpan(text, q.dispute_start, q.dispute_end);
    FUZZ_CHECK(q.dispute_context == text.substr(q.dispute_start, q.dispute_end - q.dispute_start));
  }
  for (const std::string* s : {&q.speaker, &q.role, &q.cue, &q.to, &q.via, &q.dispute}) {
    FUZZ_CHECK(qt::text::IsValidUtf8(*s));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  qt::text::RepairUtf8(&text);
  const std::vector<qt::quotes::Quote> quotes = qt::quotes::QuoteExtractor().Extract("doc", text);
  std::set<std::string> ids;
  for (const qt::quotes::Quote& q : quotes) {
    CheckQuote(text, q);
    FUZZ_CHECK(ids.insert(q.id).second);
  }
  for (const qt::quotes::Quote& q : quotes) {
    FUZZ_CHECK(q.nested_in.empty() || ids.count(q.nested_in) == 1);
  }
  return 0;
}
