// Quote extraction alone (spans, attribution, resolution) over the PolNeAR
// train articles held in memory, on one core. Reports MB/s of article text.
// QT_BENCH_ARTICLES=FILE reads other articles instead (a generated corpus,
// say, to see what the ingest's analysis threads see).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
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
  const char* other = std::getenv("QT_BENCH_ARTICLES");
  qt::ingest::ReadInput(other != nullptr ? std::string(other)
                                         : std::string(QT_SHARED_DIR) + "/data/polnear/train/articles.jsonl",
                        {}, keep);
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
