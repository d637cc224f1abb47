#include "report/html_report.h"

#include <gtest/gtest.h>

namespace qt::report {
namespace {

TEST(HtmlReportTest, TextFromArticlesIsEscaped) {
  EXPECT_EQ(HtmlEscaped("<script>\"Tom's\" & co</script>"),
            "&lt;script&gt;&quot;Tom&#39;s&quot; &amp; co&lt;/script&gt;");
}

TEST(HtmlReportTest, AWordDiffMarksDroppedAndAddedWords) {
  EXPECT_EQ(DiffHtml("one of the most [-badass-] {+b*****+} things"),
            "one of the most <del>badass</del> <ins>b*****</ins> things");
  EXPECT_EQ(DiffHtml("[-<b>-] a {+&+}"), "<del>&lt;b&gt;</del> a <ins>&amp;</ins>");
  EXPECT_EQ(DiffHtml("no markers [- here"), "no markers [- here");  // unclosed: printed as is
  EXPECT_EQ(DiffHtml(""), "");
}

}  // namespace
}  // namespace qt::report
