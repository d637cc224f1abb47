#include "report/corpus_report.h"

#include <gtest/gtest.h>

#include <sstream>

namespace qt::report {
namespace {

TEST(CorpusReportTest, QuotationCountsReadAsASentence) {
  store::QuoteStats q;
  q.quotes = 46;
  q.direct = 35;
  q.partial = 10;
  q.attributed = 45;
  q.scare = 0;
  q.title = 1;
  EXPECT_EQ(QuotationCounts(q),
            "46 quotations: 35 direct, 10 partial (45 with a speaker); 0 scare quotes, 1 title");
  q.quotes = 1;
  q.scare = 1;
  q.title = 2;
  EXPECT_EQ(QuotationCounts(q),
            "1 quotation: 35 direct, 10 partial (45 with a speaker); 1 scare quote, 2 titles");
}

// A feed's dates carry times; the range reads in days, as the outlets'
// table does.
TEST(CorpusReportTest, TheDateRangeReadsInDays) {
  CorpusSummary summary;
  summary.path = "news.db";
  summary.articles.articles = summary.articles.revisions = summary.articles.dated = 2;
  summary.articles.first_date = "2025-03-03";
  summary.articles.last_date = "2025-06-03T07:30:00Z";
  summary.articles.outlets = {{"Harbor Gazette", 2, "2025-03-03", "2025-06-03T07:30:00Z"}};
  std::ostringstream out;
  WriteCorpusText(summary, out);
  EXPECT_NE(out.str().find("news.db: 2 articles, 1 outlet, dated 2025-03-03 to 2025-06-03 (0 "
                           "undated)"),
            std::string::npos)
      << out.str();
}

}  // namespace
}  // namespace qt::report
