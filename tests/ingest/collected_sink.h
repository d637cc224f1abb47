// A sink that keeps what a reader reports, for the reader tests.
#pragma once

#include <string>
#include <vector>

#include "ingest/article.h"
#include "ingest/reader.h"

namespace qt::ingest {

struct Collected : ArticleSink {
  std::vector<Article> articles;
  std::vector<Problem> problems;
  void OnArticle(Article&& a) override { articles.push_back(std::move(a)); }
  void OnProblem(const Problem& p) override { problems.push_back(p); }
  size_t rejected() const {
    size_t n = 0;
    for (const Problem& p : problems) n += p.rejected;
    return n;
  }
};

inline Collected Read(const std::string& path, ReadOptions options = {}) {
  Collected c;
  ReadInput(path, options, c);
  return c;
}

}  // namespace qt::ingest
