// Ingest speed on PolNeAR train (../shared/data/polnear/train/articles.jsonl):
//   BM_ReadJsonLines  reading and parsing alone (the readers' floor)
//   BM_IngestToStore  the whole ingest job into a fresh SQLite database
//   BM_IngestDeferringStories  the same without assigning stories
// Counters: articles/s and bytes/s (shown as MB/s by Google Benchmark).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <sstream>

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

void SetRates(benchmark::State& state, size_t articles) {
  const auto file_bytes = static_cast<int64_t>(std::filesystem::file_size(kInput));
  state.SetBytesProcessed(state.iterations() * file_bytes);
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(articles) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

void BM_ReadJsonLines(benchmark::State& state) {
  size_t articles = 0;
  for (auto _ : state) {
    CountingSink sink;
    qt::ingest::ReadInput(kInput, {}, sink);
    articles = sink.articles;
    benchmark::DoNotOptimize(sink.bytes);
  }
  SetRates(state, articles);
}
BENCHMARK(BM_ReadJsonLines)->Unit(benchmark::kMillisecond);

// The whole ingest into a fresh database; `stories` false defers story
// assignment (IngestOptions::stories), the with/without pair for stories.
// Counters, in seconds per ingest: the writer's time clustering quotation
// variants and assigning stories, and `across_share`, their sum over the
// rest of the ingest. Clustering runs on the writer thread while the pool
// analyses, so the share is an upper bound on what the two stages add.
void Ingest(benchmark::State& state, bool stories) {
  const std::string db_path =
      (std::filesystem::temp_directory_path() / "qt-bench-ingest.db").string();
  size_t articles = 0;
  double clusters = 0, story_seconds = 0, seconds = 0;
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm", "-index"}) std::filesystem::remove(db_path + suffix);
    std::unique_ptr<qt::store::Database> db;
    if (!qt::store::Database::Open(db_path, &db).ok()) state.SkipWithError("cannot open db");
    std::ostringstream errors;
    qt::pipeline::IngestOptions options;
    options.errors = &errors;
    options.stories = stories;
    qt::pipeline::IngestCounts counts;
    state.ResumeTiming();
    if (!qt::pipeline::RunIngest(*db, {kInput}, options, &counts).ok()) {
      state.SkipWithError("ingest failed");
    }
    articles = counts.added;
    clusters += counts.analysis.clusters;
    story_seconds += counts.stories;
    seconds += counts.seconds;
  }
  SetRates(state, articles);
  const auto per_ingest = [&](double x) {
    return benchmark::Counter(x, benchmark::Counter::kAvgIterations);
  };
  state.counters["clusters_s"] = per_ingest(clusters);
  state.counters["stories_s"] = per_ingest(story_seconds);
  if (stories) {
    const double across = clusters + story_seconds;
    state.counters["across_share"] = across / (seconds - across);
  }
  for (const char* suffix : {"", "-wal", "-shm", "-index"}) std::filesystem::remove(db_path + suffix);
}

void BM_IngestToStore(benchmark::State& state) { Ingest(state, /*stories=*/true); }
BENCHMARK(BM_IngestToStore)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_IngestDeferringStories(benchmark::State& state) { Ingest(state, /*stories=*/false); }
BENCHMARK(BM_IngestDeferringStories)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
