// .txt articles. The file's bytes are the text; a leading " date YYYY-MM-DD
// (Outlet)" header is read for metadata but kept in the text, because offsets
// (ours and the gold data's) count from the first byte of the file.
#include <cctype>

#include "ingest/charset.h"
#include "ingest/date_parser.h"
#include "ingest/format_readers.h"
#include "ingest/record_checks.h"

namespace qt::ingest {
namespace {

size_t SkipSpaces(const std::string& s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

}  // namespace

void ReadTextHeader(Article* article) {
  const std::string& s = article->text;
  size_t i = SkipSpaces(s, 0);
  if (s.compare(i, 5, "date ") != 0) return;
  i = SkipSpaces(s, i + 5);
  size_t end = i;
  while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end]))) ++end;
  const auto date = ParseDate(std::string_view(s).substr(i, end - i));
  if (!date) return;
  article->date = *date;
  i = SkipSpaces(s, end);
  if (i < s.size() && s[i] == '(') {
    const size_t close = s.find(')', i);
    const size_t newline = s.find('\n', i);
    // An outlet name is short and on the header line.
    if (close != std::string::npos && close < newline && close - i <= 80) {
      article->outlet = s.substr(i + 1, close - i - 1);
    }
  }
}

void ReadTextFile(InputFile& in, const std::string& path, const ReadOptions& options,
                  ArticleSink& sink) {
  Article article;
  bool too_long = false;
  const bool ok = in.ReadAll(&article.text, options.max_record_bytes, &too_long);
  sink.OnBytesRead(in.bytes_consumed());
  if (too_long) {
    sink.OnProblem({path, 0, "file is larger than the record limit of " +
                                 std::to_string(options.max_record_bytes >> 20) + " MiB"});
    return;
  }
  if (!ok) {
    sink.OnProblem({path, 0, in.error()});
    return;
  }
  if (const std::string charset = TextCharsetOf(article.text); !charset.empty()) {
    if (Status s = ConvertToUtf8(charset, &article.text); !s.ok()) {
      sink.OnProblem({path, 0, s.message() + ", read as UTF-8", /*rejected=*/false});
    }
  }
  if (!AcceptText(&article.text, path, 0, sink)) return;
  article.id = IdFromPath(path);
  article.source = path;
  ReadTextHeader(&article);
  sink.OnArticle(std::move(article));
}

}  // namespace qt::ingest
