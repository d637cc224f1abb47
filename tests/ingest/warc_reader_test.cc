#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>

#include "ingest/collected_sink.h"
#include "ingest/format_readers.h"
#include "ingest/reader.h"
#include "ingest/record_checks.h"
#include "test_util.h"
#include "text/utf8.h"

namespace qt::ingest {
namespace {

using qt::testing::ScratchDir;
using qt::testing::WriteFile;
using qt::testing::WriteGzip;

// One WARC record, as crawlers write them.
std::string Record(const std::string& type, const std::string& uri, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2025-03-04T10:00:00Z\r\nContent-Type: application/http; msgtype=" + type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

// The line of `file` that byte `at` is on, counting from 1.
size_t LineAt(const std::string& file, size_t at) {
  return 1 + static_cast<size_t>(
                 std::count(file.begin(), file.begin() + static_cast<ptrdiff_t>(at), '\n'));
}

std::string Response(const std::string& status, const std::string& headers,
                     const std::string& body) {
  return "HTTP/1.1 " + status + "\r\n" + headers + "\r\n" + body;
}

const std::string kPage =
    "<html><head><title>Ferry plan</title></head><body><article>"
    "<p>\xE2\x80\x9CWe will find you a ferry,\xE2\x80\x9D Lena Okafor said.</p>"
    "<p>The council agreed.</p></article></body></html>";

TEST(WarcReaderTest, EachHtmlPageFetchedIsAnArticle) {
  ScratchDir dir;
  const std::string response =
      Record("response", "https://www.alder-courier.example/ferry",
             Response("200 OK", "Content-Type: text/html; charset=utf-8\r\n", kPage));
  const std::string warc =
      Record("warcinfo", "", "software: invented\r\n") +
      Record("request", "https://www.alder-courier.example/ferry", "GET /ferry HTTP/1.1\r\n\r\n") +
      response +
      Record("metadata", "https://www.alder-courier.example/ferry", "fetchTimeMs: 12\r\n");
  WriteFile(dir / "crawl.warc", warc);
  Collected c = Read(dir / "crawl.warc");
  EXPECT_TRUE(c.problems.empty()) << c.problems.at(0).ToString();
  ASSERT_EQ(c.articles.size(), 1u);
  const Article& a = c.articles[0];
  EXPECT_EQ(
      a.text,
      "\xE2\x80\x9CWe will find you a ferry,\xE2\x80\x9D Lena Okafor said.\n\nThe council agreed.");
  EXPECT_EQ(a.title, "Ferry plan");
  EXPECT_EQ(a.url, "https://www.alder-courier.example/ferry");
  EXPECT_EQ(a.outlet, "alder-courier.example");  // the host, when the page names no site
  EXPECT_EQ(a.id, DerivedId(a.url, a.text));
  EXPECT_EQ(a.date, "");  // WARC-Date is when it was fetched, not published
  EXPECT_EQ(a.source,
            (dir / "crawl.warc") + ":" + std::to_string(LineAt(warc, warc.find(response))));
}

TEST(WarcReaderTest, ATargetUriThatIsNotUtf8IsRepairedNotPassedOn) {
  ScratchDir dir;
  // A crawler wrote the URL's Latin-1 "é" as its raw byte: every output
  // prints the url as JSON, which holds only UTF-8.
  WriteFile(dir / "crawl.warc", Record("response", "https://www.alder-courier.example/caf\xE9",
                                       Response("200 OK", "Content-Type: text/html\r\n", kPage)));
  Collected c = Read(dir / "crawl.warc");
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].url, "https://www.alder-courier.example/caf\xEF\xBF\xBD");
  EXPECT_TRUE(text::IsValidUtf8(c.articles[0].id));
}

TEST(WarcReaderTest, RedirectsErrorsAndImagesArePassedOverSilently) {
  ScratchDir dir;
  const std::string url = "https://coastline.example/a";
  WriteFile(
      dir / "crawl.warc",
      Record("response", url, Response("301 Moved Permanently", "Location: /b\r\n", "")) +
          Record("response", url, Response("404 Not Found", "Content-Type: text/html\r\n", kPage)) +
          Record("response", url,
                 Response("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n")) +
          Record("revisit", url, Response("200 OK", "", "")));
  Collected c = Read(dir / "crawl.warc");
  EXPECT_TRUE(c.articles.empty());
  EXPECT_TRUE(c.problems.empty());
}

std::string Gzip(const std::string& bytes) {
  std::string out(compressBound(bytes.size()) + 64, '\0');
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

TEST(WarcReaderTest, ChunkedAndCompressedBodiesAreUndone) {
  ScratchDir dir;
  const std::string zipped = Gzip(kPage);
  const std::string half = zipped.substr(0, zipped.size() / 2),
                    rest = zipped.substr(zipped.size() / 2);
  char sizes[2][16];
  std::snprintf(sizes[0], sizeof sizes[0], "%zx", half.size());
  std::snprintf(sizes[1], sizeof sizes[1], "%zx", rest.size());
  const std::string chunked = std::string(sizes[0]) + "\r\n" + half + "\r\n" + sizes[1] +
                              ";ext=1\r\n" + rest + "\r\n0\r\n\r\n";
  WriteFile(dir / "crawl.warc",
            Record("response", "https://metro.example/ferry",
                   Response("200 OK",
                            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                            "Content-Encoding: gzip\r\n",
                            chunked)));
  Collected c = Read(dir / "crawl.warc");
  EXPECT_TRUE(c.problems.empty()) << c.problems.at(0).ToString();
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].title, "Ferry plan");
}

TEST(WarcReaderTest, TheCharsetHttpDeclaresDecodesThePage) {
  ScratchDir dir;
  WriteFile(dir / "crawl.warc",
            Record("response", "https://ledger.example/cafe",
                   Response("200 OK", "Content-Type: text/html; charset=ISO-8859-1\r\n",
                            "<html><body><p>The caf\xE9 reopened.</p></body></html>")));
  Collected c = Read(dir / "crawl.warc");
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text, "The caf\xC3\xA9 reopened.");
}

TEST(WarcReaderTest, ABadRecordIsReportedAtItsLineAndTheRestRead) {
  ScratchDir dir;
  const std::string good = Record("response", "https://ledger.example/one",
                                  Response("200 OK", "Content-Type: text/html\r\n", kPage));
  const std::string no_length =
      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://ledger.example/x\r\n\r\n"
      "HTTP/1.1 200 OK\r\n\r\n<p>lost</p>\r\n\r\n";
  const std::string tail = Record("response", "https://ledger.example/two",
                                  Response("200 OK", "Content-Type: text/html\r\n", kPage));
  const std::string cut = tail.substr(0, tail.size() - 40);
  const std::string warc = good + no_length + tail + cut;
  WriteFile(dir / "crawl.warc", warc);
  Collected c = Read(dir / "crawl.warc");
  ASSERT_EQ(c.articles.size(), 2u);  // one before the bad record, one after it
  ASSERT_EQ(c.problems.size(), 2u);
  EXPECT_EQ(c.problems[0].line, LineAt(warc, good.size()));
  EXPECT_NE(c.problems[0].reason.find("Content-Length"), std::string::npos);
  EXPECT_EQ(c.problems[1].line, LineAt(warc, warc.size() - cut.size()));
  EXPECT_NE(c.problems[1].reason.find("cut short"), std::string::npos);
}

TEST(WarcReaderTest, ARecordOverTheLimitIsSteppedOverAndLinesStillCount) {
  ScratchDir dir;
  std::string big_page = "<html><body>";
  for (int i = 0; i < 300000; ++i) big_page += "<p>line</p>\n";  // 3.6 MB, past several pieces
  const std::string big = Record("response", "https://ledger.example/big",
                                 Response("200 OK", "Content-Type: text/html\r\n", big_page));
  const std::string warc = big + big.substr(0, 200);  // then one cut short
  WriteFile(dir / "crawl.warc", warc);
  Collected c = Read(dir / "crawl.warc", {.max_record_bytes = 1 << 20});
  ASSERT_EQ(c.problems.size(), 2u);
  EXPECT_EQ(c.problems[0].line, 1u);
  EXPECT_NE(c.problems[0].reason.find("record limit"), std::string::npos);
  EXPECT_EQ(c.problems[1].line, LineAt(warc, big.size()));
}

TEST(WarcReaderTest, ATargetUriInAngleBrackets) {
  ScratchDir dir;
  WriteFile(dir / "crawl.warc", Record("response", "<https://ledger.example/one>",
                                       Response("200 OK", "Content-Type: text/html\r\n", kPage)));
  Collected c = Read(dir / "crawl.warc");
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].url, "https://ledger.example/one");
}

TEST(WarcReaderTest, GzippedWarcAsCrawlsAreStored) {
  ScratchDir dir;
  WriteGzip(dir / "crawl.warc.gz",
            Record("response", "https://ledger.example/one",
                   Response("200 OK", "Content-Type: text/html\r\n", kPage)));
  EXPECT_EQ(Read(dir / "crawl.warc.gz").articles.size(), 1u);
  EXPECT_EQ(FormatOf("CC-NEWS-20250304.warc.gz"), Format::kWarc);
}

}  // namespace
}  // namespace qt::ingest
