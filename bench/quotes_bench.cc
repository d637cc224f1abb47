// Quote extraction alone (spans, attribution, resolution) over the PolNeAR
// train articles held in memory, on one core. Reports MB/s of article text.
// QT_BENCH_ARTICLES=FILE reads other articles instead (bench_articles.h).
#include <benchmark/benchmark.h>

#include <vector>

#include "bench_articles.h"
#include "quotes/extractor.h"

namespace {

void BM_ExtractQuotes(benchmark::State& state) {
  static const std::vector<qt::ingest::Article> articles = qt::bench::LoadBenchArticles();
  const qt::quotes::QuoteExtractor extractor;
  size_t bytes = 0, quotes = 0;
  for (const auto& a : articles) bytes += a.text.size();
  for (auto _ : state) {
    quotes = 0;
    for (const auto& a : articles) quotes += extractor.Extract(a.id, a.text).size();
    benchmark::DoNotOptimize(quotes);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes));
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(articles.size() * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["quotes"] = static_cast<double>(quotes);
}
BENCHMARK(BM_ExtractQuotes)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
