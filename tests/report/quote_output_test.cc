#include "report/quote_output.h"

#include <gtest/gtest.h>

namespace qt::report {
namespace {

quotes::Quote By(std::string speaker, std::string role = "") {
  quotes::Quote q;
  q.speaker = std::move(speaker);
  q.role = std::move(role);
  return q;
}

TEST(ShareRolesWithinArticleTest, AQuotationWithoutARoleTakesTheOneMostPrintedWithItsSpeaker) {
  std::vector<quotes::Quote> article = {By("Harriet Vance", "Senator"), By("Tomas Reyes"),
                                        By("Harriet Vance"), By("Harriet Vance", "Sen."),
                                        By("Harriet Vance", "Senator"), By("")};
  ShareRolesWithinArticle(&article);
  EXPECT_EQ(article[1].role, "");  // no role printed with Reyes
  EXPECT_EQ(article[2].role, "Senator");
  EXPECT_EQ(article[3].role, "Sen.");  // a printed role stays
  EXPECT_EQ(article[5].role, "");
}

TEST(ShareRolesWithinArticleTest, TiesDoNotDependOnOrder) {
  std::vector<quotes::Quote> a = {By("Ann Lee", "aide"), By("Ann Lee", "chief of staff"),
                                  By("Ann Lee")};
  std::vector<quotes::Quote> b = {By("Ann Lee", "chief of staff"), By("Ann Lee", "aide"),
                                  By("Ann Lee")};
  ShareRolesWithinArticle(&a);
  ShareRolesWithinArticle(&b);
  EXPECT_EQ(a[2].role, "chief of staff");
  EXPECT_EQ(b[2].role, "chief of staff");
}

}  // namespace
}  // namespace qt::report
