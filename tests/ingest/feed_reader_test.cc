#include <gtest/gtest.h>

#include "ingest/collected_sink.h"
#include "ingest/format_readers.h"
#include "ingest/record_checks.h"
#include "test_util.h"

namespace qt::ingest {
namespace {

using qt::testing::ScratchDir;
using qt::testing::WriteFile;

TEST(FeedReaderTest, RssItemsAreArticles) {
  ScratchDir dir;
  WriteFile(dir / "feed.rss", R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>The Alder Courier</title>
  <image><title>Logo</title></image>
  <item>
    <title>Ferry plan &amp; bridge</title>
    <link>https://alder.example/ferry</link>
    <pubDate>Tue, 04 Mar 2025 10:00:00 +0000</pubDate>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>“We will find you a ferry,” Lena Okafor said.</p><p>The council agreed.</p>]]></content:encoded>
  </item>
  <item>
    <title>Bridge shut</title>
    <guid isPermaLink="false">alder-4411</guid>
    <description>&lt;p&gt;The bridge is shut, Tomas Reyes said.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
)");
  Collected c = Read(dir / "feed.rss");
  EXPECT_TRUE(c.problems.empty()) << c.problems.at(0).ToString();
  ASSERT_EQ(c.articles.size(), 2u);
  const Article& a = c.articles[0];
  EXPECT_EQ(a.text, "“We will find you a ferry,” Lena Okafor said.\n\nThe council agreed.");
  EXPECT_EQ(a.title, "Ferry plan & bridge");
  EXPECT_EQ(a.url, "https://alder.example/ferry");
  EXPECT_EQ(a.id, DerivedId("https://alder.example/ferry", a.text));
  EXPECT_EQ(a.date, "2025-03-04T10:00:00Z");
  EXPECT_EQ(a.outlet, "The Alder Courier");
  EXPECT_EQ(a.source, (dir / "feed.rss") + ":6");
  const Article& b = c.articles[1];
  EXPECT_EQ(b.text, "The bridge is shut, Tomas Reyes said.");  // the escaped HTML, read
  EXPECT_EQ(b.id, DerivedId("alder-4411", b.text));            // no link: the guid
  EXPECT_EQ(b.date, "");
}

TEST(FeedReaderTest, AtomEntriesInEachContentType) {
  ScratchDir dir;
  WriteFile(dir / "feed.atom", R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Metro Dispatch</title>
  <entry>
    <title>Inline</title>
    <link rel="self" href="https://metro.example/feed/1"/>
    <link rel="alternate" href="https://metro.example/1"/>
    <updated>2025-03-05T09:00:00Z</updated>
    <published>2025-03-04T08:00:00Z</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp; two &lt;three&gt;.</p><p>Four.</p></div></content>
  </entry>
  <entry>
    <title type="html">&lt;b&gt;Escaped&lt;/b&gt;</title>
    <id>tag:metro.example,2025:2</id>
    <updated>2025-03-06T09:00:00Z</updated>
    <content type="html">&lt;p&gt;Five.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain</title>
    <link href="https://metro.example/3"/>
    <summary>Six &lt;seven&gt; as printed.</summary>
  </entry>
</feed>
)");
  Collected c = Read(dir / "feed.atom");
  EXPECT_TRUE(c.problems.empty()) << c.problems.at(0).ToString();
  ASSERT_EQ(c.articles.size(), 3u);
  EXPECT_EQ(c.articles[0].text, "One & two <three>.\n\nFour.");
  EXPECT_EQ(c.articles[0].url, "https://metro.example/1");  // the alternate, not self
  EXPECT_EQ(c.articles[0].date, "2025-03-04T08:00:00Z");    // published before updated
  EXPECT_EQ(c.articles[0].outlet, "Metro Dispatch");
  EXPECT_EQ(c.articles[1].text, "Five.");
  EXPECT_EQ(c.articles[1].title, "Escaped");
  EXPECT_EQ(c.articles[1].date, "2025-03-06T09:00:00Z");
  EXPECT_EQ(c.articles[2].text, "Six <seven> as printed.");  // Atom's default type is text
}

TEST(FeedReaderTest, RdfItemsWithDublinCoreDates) {
  ScratchDir dir;
  WriteFile(dir / "feed.xml", R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://ledger.example/"><title>Northern Ledger</title></channel>
  <item rdf:about="https://ledger.example/a">
    <title>Vote</title><link>https://ledger.example/a</link>
    <description>The vote is on Friday.</description><dc:date>2025-03-07</dc:date>
  </item>
</rdf:RDF>
)");
  Collected c = Read(dir / "feed.xml");
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].date, "2025-03-07");
  EXPECT_EQ(c.articles[0].outlet, "Northern Ledger");
}

TEST(FeedReaderTest, AnEmptyItemIsReportedAndBrokenXmlStopsAfterWhatWasRead) {
  ScratchDir dir;
  WriteFile(dir / "feed.rss",
            "<rss><channel><title>Coastline Post</title>\n"
            "<item><title>Nothing</title></item>\n"
            "<item><description>The pier reopens.</description></item>\n"
            "<item><description>Broken <b></description></item>\n"
            "<item><description>Never read.</description></item></channel></rss>\n");
  Collected c = Read(dir / "feed.rss");
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "The pier reopens.");
  ASSERT_EQ(c.problems.size(), 2u);
  EXPECT_EQ(c.problems[0].line, 2u);  // the item with no text
  EXPECT_EQ(c.problems[1].line, 4u);
  EXPECT_NE(c.problems[1].reason.find("not well-formed XML"), std::string::npos);
}

TEST(FeedReaderTest, MediaRssBesideAnItemsOwnElementsIsNotRead) {
  ScratchDir dir;
  WriteFile(
      dir / "feed.rss",
      "<rss xmlns:media=\"http://search.yahoo.com/mrss/\" "
      "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><item>"
      "<title>Pier</title><content:encoded>&lt;p&gt;The pier reopens.&lt;/p&gt;</content:encoded>"
      "<media:content url=\"https://coast.example/pier.jpg\" medium=\"image\"/>"
      "<media:title>Photo: the pier</media:title>"
      "<media:description>A photograph.</media:description>"
      "</item></channel></rss>");
  Collected c = Read(dir / "feed.rss");
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "The pier reopens.");
  EXPECT_EQ(c.articles[0].title, "Pier");
}

TEST(FeedReaderTest, ControlCharactersXmlForbidsAreReadAsSpaces) {
  ScratchDir dir;
  WriteFile(dir / "feed.rss",
            "<rss><channel><item><description>The pier\x1b reopens.</description></item>"
            "<item><description>On\x0b Friday.</description></item></channel></rss>");
  Collected c = Read(dir / "feed.rss");
  EXPECT_TRUE(c.problems.empty()) << c.problems.at(0).ToString();
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].text, "The pier reopens.");  // white space, as HTML reads it
}

TEST(FeedReaderTest, XmlThatIsNoFeedIsPassedOverWithAWarning) {
  ScratchDir dir;
  WriteFile(dir / "sitemap.xml",
            "<urlset><url><loc>https://alder.example/ferry</loc></url></urlset>");
  Collected c = Read(dir / "sitemap.xml");
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_FALSE(c.problems[0].rejected);
}

TEST(FeedReaderTest, AnArticleReadFromAFeedAndFromACrawlIsOne) {
  ScratchDir dir;
  const std::string paragraph = "<p>The pier reopens on Friday, Lena Okafor said.</p>";
  WriteFile(dir / "feed.rss",
            "<rss><channel><item><link>https://coast.example/pier</link>"
            "<description><![CDATA[" +
                paragraph + "]]></description></item></channel></rss>");
  const std::string block =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head>"
      "<link rel=\"canonical\" href=\"https://coast.example/pier\"></head><body>" +
      paragraph + "</body></html>";
  WriteFile(dir / "crawl.warc",
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: "
            "https://coast.example/pier?utm_source=feed\r\nContent-Length: " +
                std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n");
  const Collected feed = Read(dir / "feed.rss"), crawl = Read(dir / "crawl.warc");
  ASSERT_EQ(feed.articles.size(), 1u);
  ASSERT_EQ(crawl.articles.size(), 1u);
  EXPECT_EQ(feed.articles[0].id, crawl.articles[0].id);
  EXPECT_EQ(feed.articles[0].text, crawl.articles[0].text);
}

}  // namespace
}  // namespace qt::ingest
