// Copy features alone (word hashes, shingles, their positions, the MinHash
// signature, band keys and passage anchors: pipeline::CopyFeaturesOf) over
// the PolNeAR train articles held in memory, on one core. Reports MB/s of
// article text. QT_BENCH_ARTICLES=FILE reads other articles instead (a
// generated corpus: the ingest's analysis threads compute these for each).
#include <benchmark/benchmark.h>

#include <vector>

#include "bench_articles.h"
#include "pipeline/copy_detection.h"

namespace {

void BM_CopyFeatures(benchmark::State& state) {
  static const std::vector<qt::ingest::Article> articles = qt::bench::LoadBenchArticles();
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
