#include "ingest/reader.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <utility>

#include "ingest/format_readers.h"
#include "ingest/input_file.h"
#include "text/utf8.h"

namespace qt::ingest {
namespace fs = std::filesystem;

Format FormatOf(const std::string& path) {
  if (path == "-") return Format::kJsonLines;
  fs::path p(path);
  if (p.extension() == ".gz") p = p.stem();
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".txt") return Format::kText;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonLines;
  if (ext == ".json") return Format::kJson;
  if (ext == ".html" || ext == ".htm") return Format::kHtml;
  if (ext == ".warc") return Format::kWarc;
  if (ext == ".rss" || ext == ".atom" || ext == ".xml") return Format::kFeed;
  return Format::kUnknown;
}

namespace {

// Passes records on with every string made valid UTF-8. Readers repair an
// article's text (AcceptText, with a warning); its other fields come from
// headers, tags and file names that no one checks (a WARC-Target-URI, a
// file named in Latin-1), and every output writes them as JSON.
class Utf8Sink : public ArticleSink {
 public:
  explicit Utf8Sink(ArticleSink& sink) : sink_(sink) {}

  void OnArticle(Article&& a) override {
    for (std::string* s : {&a.id, &a.title, &a.date, &a.outlet, &a.url, &a.source}) {
      text::RepairUtf8(s);
    }
    sink_.OnArticle(std::move(a));
  }
  void OnProblem(const Problem& problem) override {
    Problem p = problem;
    text::RepairUtf8(&p.file);
    text::RepairUtf8(&p.reason);
    sink_.OnProblem(p);
  }
  void OnBytesRead(size_t bytes) override { sink_.OnBytesRead(bytes); }

 private:
  ArticleSink& sink_;
};

}  // namespace

void ReadInput(const std::string& path, const ReadOptions& options, ArticleSink& checked_sink) {
  Utf8Sink sink(checked_sink);
  const Format format = FormatOf(path);
  if (format == Format::kUnknown) {
    sink.OnProblem({path, 0, "unknown input format (expected .txt, .jsonl, .json, .html, "
                             ".warc or a feed (.rss .atom .xml), optionally .gz)"});
    return;
  }
  InputFile in;
  if (Status s = in.Open(path); !s.ok()) {
    sink.OnProblem({path, 0, s.message()});
    return;
  }
  switch (format) {
    case Format::kText: ReadTextFile(in, path, options, sink); break;
    case Format::kJsonLines: ReadJsonLines(in, path, options, sink); break;
    case Format::kJson: ReadJsonFile(in, path, options, sink); break;
    case Format::kHtml: ReadHtmlFile(in, path, options, sink); break;
    case Format::kWarc: ReadWarcFile(in, path, options, sink); break;
    case Format::kFeed: ReadFeedFile(in, path, options, sink); break;
    case Format::kUnknown: break;
  }
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs, ArticleSink& sink,
                                      size_t* total_bytes) {
  std::vector<std::string> files;
  *total_bytes = 0;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == "-") {
      files.push_back(input);
      continue;
    }
    if (!fs::is_directory(input, ec)) {
      if (!fs::exists(input, ec)) {
        sink.OnProblem({input, 0, "no such file or directory"});
        continue;
      }
      files.push_back(input);
      *total_bytes += fs::file_size(input, ec);
      continue;
    }
    std::vector<std::string> found;
    auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      sink.OnProblem({input, 0, "cannot list directory: " + ec.message()});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        sink.OnProblem({input, 0, "cannot list directory: " + ec.message()});
        break;
      }
      const fs::path& p = it->path();
      if (p.filename().string().starts_with(".")) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec) || FormatOf(p.string()) == Format::kUnknown) continue;
      found.push_back(p.string());
      *total_bytes += it->file_size(ec);
    }
    // Most likely a wrong path or a format we do not read (.xml, .csv).
    if (found.empty()) {
      sink.OnProblem({input, 0,
                      "no input files in this directory (.txt .jsonl .json .html .warc .rss "
                      ".atom .xml, or .gz of them)",
                      /*rejected=*/false});
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace qt::ingest
