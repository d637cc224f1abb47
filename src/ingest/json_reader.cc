// JSON Lines and JSON articles, parsed with simdjson's DOM parser (which
// validates the whole record, so a malformed line is caught before any of it
// is used).
#include <simdjson.h>

#include <initializer_list>
#include <string_view>

#include "ingest/date_parser.h"
#include "ingest/format_readers.h"
#include "ingest/record_checks.h"
#include "text/utf8.h"

namespace qt::ingest {
namespace {

using simdjson::dom::element;
using simdjson::dom::object;

// The first of `keys` that holds a string or a number, as text; "" otherwise
// (absent, null, or another type).
std::string Field(const object& obj, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    element value;
    if (obj.at_key(key).get(value) != simdjson::SUCCESS) continue;
    std::string_view s;
    if (value.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
    int64_t i;
    if (value.get_int64().get(i) == simdjson::SUCCESS) return std::to_string(i);
    uint64_t u;
    if (value.get_uint64().get(u) == simdjson::SUCCESS) return std::to_string(u);
  }
  return "";
}

void ReadRecord(const element& record, const std::string& path, size_t line, ArticleSink& sink) {
  object obj;
  if (record.get_object().get(obj) != simdjson::SUCCESS) {
    sink.OnProblem({path, line, "not a JSON object"});
    return;
  }
  Article article;
  article.text = Field(obj, {"text", "maintext"});
  if (article.text.empty()) {
    sink.OnProblem({path, line, "record has no text (expected \"text\" or \"maintext\")"});
    return;
  }
  if (!AcceptText(&article.text, path, line, sink)) return;
  // Stored as the text a reader sees, so that offsets are into that.
  if (LooksLikeHtml(article.text)) {
    std::string text;
    if (Status s = HtmlFragmentText(article.text, &text); !s.ok()) {
      sink.OnProblem({path, line, "record's text: " + s.message()});
      return;
    }
    article.text = std::move(text);
    if (article.text.empty()) {
      sink.OnProblem({path, line, "record's text is HTML without text"});
      return;
    }
  }
  article.title = Field(obj, {"title"});
  article.url = Field(obj, {"url"});
  article.outlet = Field(obj, {"outlet", "source_domain"});
  article.id = Field(obj, {"id"});
  if (article.id.empty()) article.id = DerivedId(article.url, article.text);
  const std::string date = Field(obj, {"date", "date_publish"});
  if (!date.empty()) {
    if (auto iso = ParseDate(date)) {
      article.date = *iso;
    } else {
      sink.OnProblem({path, line, "unrecognised date \"" + date.substr(0, 40) + "\", stored without one",
                      /*rejected=*/false});
    }
  }
  article.source = path + ":" + std::to_string(line);
  sink.OnArticle(std::move(article));
}

// Parses one JSON Lines record. Invalid UTF-8 is repaired before parsing, so
// a stray byte costs a replacement character rather than the whole record.
void ReadLine(simdjson::dom::parser& parser, std::string& line, const std::string& path,
              size_t lineno, ArticleSink& sink) {
  if (line.find_first_not_of(" \t\r") == std::string::npos) return;
  if (const size_t n = text::RepairUtf8(&line); n > 0) {
    sink.OnProblem({path, lineno, "invalid UTF-8 repaired (" + std::to_string(n) + " replaced by U+FFFD)",
                    /*rejected=*/false});
  }
  element record;
  if (auto error = parser.parse(line).get(record); error != simdjson::SUCCESS) {
    sink.OnProblem({path, lineno, std::string("malformed JSON: ") + simdjson::error_message(error)});
    return;
  }
  ReadRecord(record, path, lineno, sink);
}

}  // namespace

void ReadJsonLines(InputFile& in, const std::string& path, const ReadOptions& options,
                   ArticleSink& sink) {
  simdjson::dom::parser parser;
  std::string line;
  size_t lineno = 0;
  bool too_long = false;
  while (in.ReadLine(&line, options.max_record_bytes, &too_long)) {
    ++lineno;
    if ((lineno & 63) == 0) sink.OnBytesRead(in.bytes_consumed());
    if (too_long) {
      sink.OnProblem({path, lineno, "line is longer than the record limit of " +
                                        std::to_string(options.max_record_bytes >> 20) + " MiB"});
      continue;
    }
    ReadLine(parser, line, path, lineno, sink);
  }
  sink.OnBytesRead(in.bytes_consumed());
  if (!in.error().empty()) sink.OnProblem({path, lineno + 1, in.error()});
}

// A .json file holds one object, an array of objects, or JSON Lines.
void ReadJsonFile(InputFile& in, const std::string& path, const ReadOptions& options,
                  ArticleSink& sink) {
  std::string all;
  bool too_long = false;
  const bool ok = in.ReadAll(&all, options.max_record_bytes, &too_long);
  sink.OnBytesRead(in.bytes_consumed());
  if (too_long) {
    sink.OnProblem({path, 0, "file is larger than the record limit; use JSON Lines for large inputs"});
    return;
  }
  if (!ok) sink.OnProblem({path, 0, in.error()});
  text::RepairUtf8(&all);  // a warning per record follows if JSON Lines
  simdjson::dom::parser parser;
  element doc;
  if (parser.parse(all).get(doc) == simdjson::SUCCESS) {
    simdjson::dom::array records;
    if (doc.get_array().get(records) != simdjson::SUCCESS) {
      ReadRecord(doc, path, 1, sink);
      return;
    }
    // simdjson's DOM keeps no positions: array elements are reported by
    // their number, counted from 1, in place of a line.
    size_t index = 0;
    for (element record : records) ReadRecord(record, path, ++index, sink);
    return;
  }
  size_t lineno = 0;
  for (size_t start = 0; start < all.size();) {
    size_t end = all.find('\n', start);
    if (end == std::string::npos) end = all.size();
    std::string line = all.substr(start, end - start);
    ReadLine(parser, line, path, ++lineno, sink);
    start = end + 1;
  }
}

}  // namespace qt::ingest
