// Quote extraction alone (spans, attribution, resolution) over the PolNeAR
// train articles held in memory, on one core. Reports MB/s of article text.
#include <benchmark/benchmark.h>

#include <vector>

#include "ingest/reader.h"
#include "quotes/extractor.h"

namespace {

std::vector<qt::ingest::Article> LoadArticles() {
  struct Keep : qt::ingest::ArticleSink {
    std::vector<qt::ingest::Article> articles;
    void OnArticle(qt::ingest::Article&& a) override { articles.push_back(std::move(a)); }
    void OnProblem(const qt::ingest::Problem&) override {}
  } keep;
  qt::ingest::ReadInput(std::string(QT_SHARED_DIR) + "/data/polnear/train/articles.jsonl", {}, keep);
  return std::move(keep.articles);
}

void BM_ExtractQuotes(benchmark::State& state) {
  static const std::vector<qt::ingest::Article> articles = LoadArticles();
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
