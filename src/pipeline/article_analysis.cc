#include "pipeline/article_analysis.h"

#include <vector>

namespace qt::pipeline {

Status ArticleAnalysis::Open(store::Database* db, store::ArticleStore* articles,
                             std::unique_ptr<ArticleAnalysis>* analysis) {
  std::unique_ptr<store::QuoteStore> quotes;
  if (Status s = store::QuoteStore::Open(db, &quotes); !s.ok()) return s;
  analysis->reset(new ArticleAnalysis(articles, std::move(quotes)));
  return Status::Ok();
}

Status ArticleAnalysis::Analyse(int64_t seq, const ingest::Article& article) {
  if (Status s = quotes_->Replace(seq, extractor_.Extract(article.id, article.text)); !s.ok()) {
    return s;
  }
  return articles_->MarkAnalysed(seq, kAnalysisVersion);
}

Status ArticleAnalysis::CatchUp(store::Database& db, size_t batch_size, size_t* count) {
  *count = 0;
  for (;;) {
    // Read a batch first, then write: SQLite must not write to the rows a
    // statement is still reading.
    std::vector<store::StoredArticle> batch;
    Status read = articles_->ForEachBehind(kAnalysisVersion, [&](const store::StoredArticle& a) {
      batch.push_back(a);
      return batch.size() < batch_size;
    });
    if (!read.ok()) return read;
    if (batch.empty()) return Status::Ok();
    if (Status s = db.Begin(); !s.ok()) return s;
    for (const store::StoredArticle& a : batch) {
      if (Status s = Analyse(a.seq, a.article); !s.ok()) {
        db.Rollback();
        return s;
      }
    }
    if (Status s = db.Commit(); !s.ok()) return s;
    *count += batch.size();
  }
}

}  // namespace qt::pipeline
