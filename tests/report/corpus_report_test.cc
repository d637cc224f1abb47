#include "report/corpus_report.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace qt::report
