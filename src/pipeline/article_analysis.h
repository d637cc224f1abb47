// ArticleAnalysis: the analysis an article row gets once it is stored (its
// quotations; later stages add theirs), and the bookkeeping that keeps every
// row's analysis at the current version.
#pragma once

#include <cstdint>
#include <memory>

#include "base/status.h"
#include "ingest/article.h"
#include "quotes/extractor.h"
#include "store/article_store.h"
#include "store/quote_store.h"

namespace qt::pipeline {

// Bump when the analysis changes what it stores: rows analysed by an older
// version are analysed again by the next ingest.
inline constexpr int kAnalysisVersion = 2;

class ArticleAnalysis {
 public:
  // `articles` must outlive the analysis.
  static Status Open(store::Database* db, store::ArticleStore* articles,
                     std::unique_ptr<ArticleAnalysis>* analysis);

  // Analyses one stored row and records it as current; inside the caller's
  // transaction.
  Status Analyse(int64_t seq, const ingest::Article& article);

  // Analyses every row whose analysis is behind kAnalysisVersion (rows of a
  // database written by an older quotetrace), in transactions of
  // `batch_size`; *count receives how many.
  Status CatchUp(store::Database& db, size_t batch_size, size_t* count);

 private:
  ArticleAnalysis(store::ArticleStore* articles, std::unique_ptr<store::QuoteStore> quotes)
      : articles_(articles), quotes_(std::move(quotes)) {}
  store::ArticleStore* articles_;
  std::unique_ptr<store::QuoteStore> quotes_;
  quotes::QuoteExtractor extractor_;
};

}  // namespace qt::pipeline
