// Ingest speed on PolNeAR train (../shared/data/polnear/train/articles.jsonl):
//   BM_ReadJsonLines  reading and parsing alone (the readers' floor)
//   BM_ReadWarc, BM_ReadFeed  the same articles as a crawl would store
//                     them (each an HTML page in a gzipped WARC) and as
//                     an RSS feed carries them (content:encoded)
//   BM_IngestToStore  the whole ingest job into a fresh SQLite database
//   BM_IngestDeferringStories  the same without assigning stories
//   BM_AcrossArticlesShare  what quotation clusters and stories add to it
// Counters: articles/s and bytes/s (shown as MB/s by Google Benchmark).
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "ingest/reader.h"
#include "pipeline/ingest_pipeline.h"
#include "store/database.h"

namespace {

const std::string kInput = std::string(QT_SHARED_DIR) + "/data/polnear/train/articles.jsonl";

struct CountingSink : qt::ingest::ArticleSink {
  size_t articles = 0, bytes = 0;
  void OnArticle(qt::ingest::Article&& a) override {
    ++articles;
    bytes += a.text.size();
  }
  void OnProblem(const qt::ingest::Problem&) override {}
};

// MB/s of `path`'s bytes on disk, and articles/s.
void SetRates(benchmark::State& state, size_t articles, const std::string& path = kInput) {
  const auto file_bytes = static_cast<int64_t>(std::filesystem::file_size(path));
  state.SetBytesProcessed(state.iterations() * file_bytes);
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(articles) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}


// The articles of kInput as HTML paragraphs.
std::vector<std::pair<std::string, std::string>> TitlesAndBodies() {
  struct Keep : qt::ingest::ArticleSink {
    std::vector<std::pair<std::string, std::string>> pages;
    void OnArticle(qt::ingest::Article&& a) override {
      std::string body;
      size_t start = 0;
      for (size_t end; start < a.text.size(); start = end + 2) {
        end = std::min(a.text.find("\n\n", start), a.text.size());
        body += "<p>" + Escaped(a.text.substr(start, end - start)) + "</p>\n";
      }
      pages.emplace_back(Escaped(a.title), std::move(body));
    }
    void OnProblem(const qt::ingest::Problem&) override {}
    static std::string Escaped(const std::string& s) {
      std::string out;
      for (char c : s) out += c == '<' ? "&lt;" : c == '&' ? "&amp;" : std::string(1, c);
      return out;
    }
  } keep;
  qt::ingest::ReadInput(kInput, {}, keep);
  return keep.pages;
}

// A file in the temporary directory holding `bytes`, gzipped when `gzip`.
std::string Written(const std::string& name, const std::string& bytes, bool gzip) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  gzFile f = gzopen(path.c_str(), gzip ? "wb6" : "wbT");
  gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
  gzclose(f);
  return path;
}

const std::string& WarcFile() {
  static const std::string path = [] {
    std::string warc;
    size_t n = 0;
    for (const auto& [title, body] : TitlesAndBodies()) {
      const std::string page = "<html><head><title>" + title +
                               "</title></head><body><nav><p>Home | Politics</p></nav><article>" +
                               body + "</article></body></html>";
      const std::string block =
          "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page;
      warc += "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/" +
              std::to_string(++n) + "\r\nContent-Length: " + std::to_string(block.size()) +
              "\r\n\r\n" + block + "\r\n\r\n";
    }
    return Written("qt-bench.warc.gz", warc, /*gzip=*/true);
  }();
  return path;
}

const std::string& FeedFile() {
  static const std::string path = [] {
    std::string feed =
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>News</title>\n";
    size_t n = 0;
    for (const auto& [title, body] : TitlesAndBodies()) {
      feed += "<item><title>" + title + "</title><link>https://news.example/" +
              std::to_string(++n) + "</link><content:encoded><![CDATA[" + body +
              "]]></content:encoded></item>\n";
    }
    return Written("qt-bench.rss", feed + "</channel></rss>\n", /*gzip=*/false);
  }();
  return path;
}

// Reads `path` whole each iteration; MB/s of its bytes on disk.
void ReadFile(benchmark::State& state, const std::string& path) {
  size_t articles = 0;
  for (auto _ : state) {
    CountingSink sink;
    qt::ingest::ReadInput(path, {}, sink);
    articles = sink.articles;
    benchmark::DoNotOptimize(sink.bytes);
  }
  SetRates(state, articles, path);
}

void BM_ReadJsonLines(benchmark::State& state) { ReadFile(state, kInput); }
BENCHMARK(BM_ReadJsonLines)->Unit(benchmark::kMillisecond);

void BM_ReadWarc(benchmark::State& state) { ReadFile(state, WarcFile()); }
BENCHMARK(BM_ReadWarc)->Unit(benchmark::kMillisecond);

void BM_ReadFeed(benchmark::State& state) { ReadFile(state, FeedFile()); }
BENCHMARK(BM_ReadFeed)->Unit(benchmark::kMillisecond);

// One ingest of kInput into a fresh database at `db_path`.
qt::pipeline::IngestCounts IngestOnce(const std::string& db_path, bool stories,
                                      bool cluster_quotes, benchmark::State& state) {
  for (const char* suffix : {"", "-wal", "-shm", "-index"}) std::filesystem::remove(db_path + suffix);
  std::unique_ptr<qt::store::Database> db;
  if (!qt::store::Database::Open(db_path, &db).ok()) state.SkipWithError("cannot open db");
  std::ostringstream errors;
  qt::pipeline::IngestOptions options;
  options.errors = &errors;
  options.stories = stories;
  options.cluster_quotes = cluster_quotes;
  qt::pipeline::IngestCounts counts;
  if (!qt::pipeline::RunIngest(*db, {kInput}, options, &counts).ok()) {
    state.SkipWithError("ingest failed");
  }
  return counts;
}

std::string BenchDb() {
  return (std::filesystem::temp_directory_path() / "qt-bench-ingest.db").string();
}

void RemoveBenchDb() {
  for (const char* suffix : {"", "-wal", "-shm", "-index"}) std::filesystem::remove(BenchDb() + suffix);
}

// The whole ingest into a fresh database; `stories` false defers story
// assignment (IngestOptions::stories), the with/without pair for stories.
// Counters, in seconds per ingest: the writer's time clustering quotation
// variants and assigning stories.
void Ingest(benchmark::State& state, bool stories) {
  size_t articles = 0;
  double clusters = 0, story_seconds = 0;
  for (auto _ : state) {
    const qt::pipeline::IngestCounts counts = IngestOnce(BenchDb(), stories, true, state);
    articles = counts.added;
    clusters += counts.analysis.clusters;
    story_seconds += counts.stories;
  }
  SetRates(state, articles);
  const auto per_ingest = [&](double x) {
    return benchmark::Counter(x, benchmark::Counter::kAvgIterations);
  };
  state.counters["clusters_s"] = per_ingest(clusters);
  state.counters["stories_s"] = per_ingest(story_seconds);
  RemoveBenchDb();
}

void BM_IngestToStore(benchmark::State& state) { Ingest(state, /*stories=*/true); }
BENCHMARK(BM_IngestToStore)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_IngestDeferringStories(benchmark::State& state) { Ingest(state, /*stories=*/false); }
BENCHMARK(BM_IngestDeferringStories)->Unit(benchmark::kMillisecond)->UseRealTime();

// What quotation clusters and stories add to the ingest: each iteration
// ingests without either (IngestOptions::cluster_quotes and stories false)
// and then with both, back to back, so that the two see the same machine.
// The time reported is the ingest with both; `across_share` is its excess
// over the ingest without them, as a share of that (issue 4's bar: 0.30).
void BM_AcrossArticlesShare(benchmark::State& state) {
  double with = 0, without = 0;
  for (auto _ : state) {
    auto start = std::chrono::steady_clock::now();
    IngestOnce(BenchDb(), /*stories=*/false, /*cluster_quotes=*/false, state);
    const auto middle = std::chrono::steady_clock::now();
    IngestOnce(BenchDb(), /*stories=*/true, /*cluster_quotes=*/true, state);
    const auto end = std::chrono::steady_clock::now();
    without += std::chrono::duration<double>(middle - start).count();
    with += std::chrono::duration<double>(end - middle).count();
    state.SetIterationTime(std::chrono::duration<double>(end - middle).count());
  }
  const auto per_ingest = [&](double x) {
    return benchmark::Counter(x, benchmark::Counter::kAvgIterations);
  };
  state.counters["with_s"] = per_ingest(with);
  state.counters["without_s"] = per_ingest(without);
  state.counters["across_share"] = without > 0 ? with / without - 1 : 0;
  RemoveBenchDb();
}
BENCHMARK(BM_AcrossArticlesShare)->Unit(benchmark::kMillisecond)->UseManualTime();

}  // namespace

BENCHMARK_MAIN();
