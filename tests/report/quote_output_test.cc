#include "report/quote_output.h"

#include <gtest/gtest.h>

#include <sstream>

#include "report/csv_row.h"

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

TEST(CsvTest, FieldsAreQuotedOnlyWhenTheyMustBe) {
  EXPECT_EQ(CsvField("plain words"), "plain words");
  EXPECT_EQ(CsvField("no way, he said"), "\"no way, he said\"");
  EXPECT_EQ(CsvField("the \"deal\""), "\"the \"\"deal\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField(""), "");
}

TEST(CsvTest, AFieldThatASpreadsheetWouldRunIsText) {
  EXPECT_EQ(CsvField("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(CsvField("+1 for the ferry"), "'+1 for the ferry");
  EXPECT_EQ(CsvField("@reyes"), "'@reyes");
  EXPECT_EQ(CsvField("-and then"), "'-and then");
  EXPECT_EQ(CsvField("a - b"), "a - b");  // only at the start
}

TEST(CsvTest, AQuotationIsOneRowWithTheJsonFields) {
  quotes::Quote q = By("Lena Okafor", "Mayor");
  q.doc = "ferry-1";
  q.id = "ferry-1#2";
  q.start = 40;
  q.end = 75;
  q.kind = "direct";
  q.cue = "said";
  q.cluster = 7;
  q.text = "We will find you a ferry, by Friday";
  std::ostringstream out;
  WriteQuoteCsvHeader(out);
  WriteQuoteCsv(q, out);
  EXPECT_EQ(out.str(),
            "doc,outlet,date,id,start,end,kind,speaker,role,cue,to,via,nested_in,cluster,dispute,"
            "text\r\n"
            "ferry-1,,,ferry-1#2,40,75,direct,Lena Okafor,Mayor,said,,,,7,,"
            "\"We will find you a ferry, by Friday\"\r\n");
}

}  // namespace
}  // namespace qt::report
