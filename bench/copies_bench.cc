// Copy features alone (word hashes, shingles, their positions, the MinHash
// signature, band keys and passage anchors: pipeline::CopyFeaturesOf) over
// the PolNeAR train articles held in memory, on one core. Reports MB/s of
// article text. QT_BENCH_ARTICLES=FILE reads other articles instead (a
// generated corpus: the ingest's analysis threads compute these for each).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "pipeline/copy_detection.h"

namespace {

std::vector<qt::ingest::Article> LoadArticles() {
  struct Keep : qt::ingest::ArticleSink {
    std::vector<qt::ingest::Article> articles;
    void OnArticle(qt::ingest::Article&& a) override { articles.push_back(std::move(a)); }
    void OnProblem(const qt::ingest::Problem&) override {}
  } keep;
  const char* other = std::getenv("QT_BENCH_ARTICLES");
  qt::ingest::ReadInput(other != nullptr
                            ? std::string(other)
                            : std::string(QT_SHARED_DIR) + "/data/polnear/train/articles.jsonl",
                        {}, keep);
  return std::move(keep.articles);
}

void BM_CopyFeatures(benchmark::State& state) {
  static const std::vector<qt::ingest::Article> articles = LoadArticles();
  const qt::pipeline::CopyOptions options;
  size_t bytes = 0, shingles = 0;
  for (const auto& a : articles) bytes += a.text.size();
  for (auto _ : state) {
    shingles = 0;
    for (const auto& a : articles)
      shingles += qt::pipeline::CopyFeaturesOf(a.text, options).shingles;
    benchmark::DoNotOptimize(shingles);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes));
  state.counters["shingles"] = static_cast<double>(shingles);
}
BENCHMARK(BM_CopyFeatures)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
