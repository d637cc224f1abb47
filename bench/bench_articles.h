// The articles the one-core benchmarks read, held in memory: PolNeAR train
// (QT_SHARED_DIR), or QT_BENCH_ARTICLES=FILE instead (a generated corpus,
// say, to see what the ingest's analysis threads see).
#pragma once

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "ingest/reader.h"

namespace qt::bench {

inline std::vector<ingest::Article> LoadBenchArticles() {
  struct Keep : ingest::ArticleSink {
    std::vector<ingest::Article> articles;
    void OnArticle(ingest::Article&& a) override { articles.push_back(std::move(a)); }
    void OnProblem(const ingest::Problem&) override {}
  } keep;
  const char* other = std::getenv("QT_BENCH_ARTICLES");
  ingest::ReadInput(other != nullptr
                        ? std::string(other)
                        : std::string(QT_SHARED_DIR) + "/data/polnear/train/articles.jsonl",
                    {}, keep);
  return std::move(keep.articles);
}

}  // namespace qt::bench
