#include "ingest/reader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "ingest/collected_sink.h"
#include "ingest/format_readers.h"
#include "test_util.h"

namespace qt::ingest {
namespace {

using qt::testing::ScratchDir;
using qt::testing::WriteFile;
using qt::testing::WriteGzip;

TEST(TextReaderTest, HeaderGivesDateAndOutletAndTextIsKeptAsRead) {
  ScratchDir dir;
  const std::string text = " date 2024-03-02 (The Alder Courier) The mayor spoke.\n\nMore.\n";
  WriteFile(dir / "story-7.txt", text);
  Collected c = Read(dir / "story-7.txt");
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].id, "story-7");
  EXPECT_EQ(c.articles[0].date, "2024-03-02");
  EXPECT_EQ(c.articles[0].outlet, "The Alder Courier");
  EXPECT_EQ(c.articles[0].text, text);
  EXPECT_TRUE(c.problems.empty());
}

TEST(TextReaderTest, AFileNameThatIsNotUtf8GivesAValidId) {
  ScratchDir dir;
  const std::string name = "caf\xE9-report";  // Latin-1 "é", as old archives name files
  WriteFile(dir / (name + ".txt"), "The mayor spoke.");
  Collected c = Read(dir / (name + ".txt"));
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].id, "caf\xEF\xBF\xBD-report");
  EXPECT_EQ(c.articles[0].text, "The mayor spoke.");
}

TEST(TextReaderTest, HeaderWithoutOutletOrWithoutHeader) {
  Article dated{.text = " date 2024-03-02 The mayor (who was late) spoke."};
  ReadTextHeader(&dated);
  EXPECT_EQ(dated.date, "2024-03-02");
  EXPECT_EQ(dated.outlet, "");
  Article plain{.text = "The mayor spoke on the date 2024-03-02 (Friday)."};
  ReadTextHeader(&plain);
  EXPECT_EQ(plain.date, "");
  EXPECT_EQ(plain.outlet, "");
}

TEST(TextReaderTest, SeedHeaders) {
  const std::string seeds = std::string(QT_SHARED_DIR) + "/seeds/";
  struct Want { const char* file; const char* date; const char* outlet; };
  for (const Want& w : {Want{"000_2be0952cc00b8170.txt", "", ""},
                        Want{"001_0fb97603af2d3694.txt", "2024-09-10", "Headline USA"},
                        Want{"002_b0b9580d89f10579.txt", "2024-09-09", ""}}) {
    Collected c = Read(seeds + w.file);
    ASSERT_EQ(c.articles.size(), 1u) << w.file;
    EXPECT_EQ(c.articles[0].date, w.date) << w.file;
    EXPECT_EQ(c.articles[0].outlet, w.outlet) << w.file;
  }
}

TEST(JsonReaderTest, TextThatIsHtmlIsReadAsAPageBodyIs) {
  ScratchDir dir;
  WriteFile(dir / "cms.jsonl",
            R"({"id": "h1", "text": "<p>Lena Okafor said: &ldquo;We open in May.&rdquo;</p>\n<p>The council &amp; the mayor agreed.</p>"})"
            "\n"
            R"({"id": "h2", "text": "<3 is how fans sign off, said Berg."})"
            "\n"
            R"({"id": "h3", "text": "<p> </p>"})"
            "\n");
  Collected c = Read(dir / "cms.jsonl");
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].text,
            "Lena Okafor said: \xE2\x80\x9CWe open in May.\xE2\x80\x9D\n\nThe council & the mayor agreed.");
  EXPECT_EQ(c.articles[1].text, "<3 is how fans sign off, said Berg.");  // no markup: kept
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].line, 3u);
}

TEST(JsonReaderTest, OwnKeysAndNewsPleaseKeys) {
  ScratchDir dir;
  WriteFile(dir / "a.jsonl",
            R"({"id": "n1", "title": "T", "text": "Body one.", "date": "Sept. 9, 2024", "outlet": "Ledger", "url": "http://x/1"})"
            "\n\n"
            R"({"maintext": "Body two.", "date_publish": "2024-09-10 08:00:00", "source_domain": "post.example", "title": "U", "url": "http://x/2"})"
            "\n"
            R"({"id": 42, "text": "Body three."})"
            "\n");
  Collected c = Read(dir / "a.jsonl");
  ASSERT_EQ(c.articles.size(), 3u);
  EXPECT_EQ(c.articles[0].id, "n1");
  EXPECT_EQ(c.articles[0].date, "2024-09-09");
  EXPECT_EQ(c.articles[0].outlet, "Ledger");
  EXPECT_EQ(c.articles[0].source, dir / "a.jsonl:1");
  EXPECT_EQ(c.articles[1].text, "Body two.");
  EXPECT_EQ(c.articles[1].outlet, "post.example");
  EXPECT_EQ(c.articles[1].date, "2024-09-10T08:00:00");
  EXPECT_EQ(c.articles[1].id.substr(0, 4), "url-");
  EXPECT_EQ(c.articles[1].source, dir / "a.jsonl:3");
  EXPECT_EQ(c.articles[2].id, "42");
}

TEST(JsonReaderTest, DerivedIdIsStable) {
  ScratchDir dir;
  WriteFile(dir / "a.jsonl", R"({"text": "Same body."})" "\n");
  WriteFile(dir / "b.jsonl", R"({"text": "Same body.", "title": "other"})" "\n");
  EXPECT_EQ(Read(dir / "a.jsonl").articles[0].id, Read(dir / "b.jsonl").articles[0].id);
}

TEST(JsonReaderTest, JsonArrayAndSingleObject) {
  ScratchDir dir;
  WriteFile(dir / "arr.json", R"([{"id": "a", "text": "x"}, {"id": "b", "text": "y"}])");
  WriteFile(dir / "one.json", "{\n  \"id\": \"c\",\n  \"text\": \"z\"\n}\n");
  EXPECT_EQ(Read(dir / "arr.json").articles.size(), 2u);
  EXPECT_EQ(Read(dir / "one.json").articles.at(0).id, "c");
}

TEST(JsonReaderTest, BadLinesAreReportedWithTheirLineAndTheRestIsRead) {
  ScratchDir dir;
  WriteFile(dir / "bad.jsonl",
            R"({"id": "ok1", "text": "fine"})" "\n"
            R"({"id": "broken", "text": )" "\n"
            R"({"id": "notext", "title": "no body"})" "\n"
            R"(["not", "an", "object"])" "\n"
            R"({"id": "nul", "text": "a\u0000b"})" "\n"
            "{\"id\": \"latin1\", \"text\": \"caf\xE9\"}\n"
            R"({"id": "ok2", "text": "fine too", "date": "someday"})" "\n");
  Collected c = Read(dir / "bad.jsonl");
  ASSERT_EQ(c.articles.size(), 3u);
  EXPECT_EQ(c.articles[0].id, "ok1");
  EXPECT_EQ(c.articles[1].id, "latin1");
  EXPECT_EQ(c.articles[1].text, "caf\xEF\xBF\xBD");
  EXPECT_EQ(c.articles[2].id, "ok2");
  EXPECT_EQ(c.articles[2].date, "");
  ASSERT_EQ(c.rejected(), 4u);
  EXPECT_EQ(c.problems[0].line, 2u);
  EXPECT_NE(c.problems[0].reason.find("malformed JSON"), std::string::npos);
  EXPECT_EQ(c.problems[1].line, 3u);
  EXPECT_NE(c.problems[1].reason.find("no text"), std::string::npos);
  EXPECT_EQ(c.problems[2].line, 4u);
  EXPECT_EQ(c.problems[3].line, 5u);
  EXPECT_NE(c.problems[3].reason.find("NUL"), std::string::npos);
  EXPECT_EQ(c.problems[4].line, 6u);
  EXPECT_FALSE(c.problems[4].rejected);  // repaired, with a warning
  EXPECT_EQ(c.problems[5].line, 7u);      // unknown date: warning
  EXPECT_FALSE(c.problems[5].rejected);
  EXPECT_EQ(c.problems[0].ToString(), dir / "bad.jsonl:2: malformed JSON: " +
                                          c.problems[0].reason.substr(16));
}

TEST(JsonReaderTest, OverlongLineIsSkippedAndReadingGoesOn) {
  ScratchDir dir;
  const std::string big = R"({"id": "big", "text": ")" + std::string(3 << 20, 'x') + "\"}\n";
  WriteFile(dir / "big.jsonl", R"({"id": "a", "text": "x"})" "\n" + big + R"({"id": "b", "text": "y"})" "\n");
  ReadOptions options;
  options.max_record_bytes = 1 << 20;
  Collected c = Read(dir / "big.jsonl", options);
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[1].id, "b");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].line, 2u);
  EXPECT_NE(c.problems[0].reason.find("longer than"), std::string::npos);
}

TEST(GzipTest, CompressedInputsReadLikePlainOnes) {
  ScratchDir dir;
  WriteGzip(dir / "a.jsonl.gz", R"({"id": "g1", "text": "zipped"})" "\n");
  WriteGzip(dir / "b.txt.gz", "plain zipped text");
  EXPECT_EQ(Read(dir / "a.jsonl.gz").articles.at(0).text, "zipped");
  Collected t = Read(dir / "b.txt.gz");
  EXPECT_EQ(t.articles.at(0).id, "b");
  EXPECT_EQ(t.articles.at(0).text, "plain zipped text");
}

TEST(GzipTest, TruncatedGzipKeepsTheRecordsBeforeTheDamage) {
  ScratchDir dir;
  std::string lines;
  for (int i = 0; i < 2000; ++i) {
    lines += R"({"id": "r)" + std::to_string(i) + R"(", "text": "record number )" +
             std::to_string(i * 7919) + "\"}\n";
  }
  WriteGzip(dir / "full.jsonl.gz", lines);
  const std::string whole = qt::testing::ReadFile(dir / "full.jsonl.gz");
  WriteFile(dir / "cut.jsonl.gz", whole.substr(0, whole.size() / 2));
  Collected c = Read(dir / "cut.jsonl.gz");
  EXPECT_GT(c.articles.size(), 100u);
  EXPECT_LT(c.articles.size(), 2000u);
  ASSERT_FALSE(c.problems.empty());
  EXPECT_NE(c.problems.back().reason.find("gzip"), std::string::npos);
  // zlib's name for the descriptor ("<fd:8>") is no file a user knows.
  EXPECT_EQ(c.problems.back().reason.find("<fd:"), std::string::npos) << c.problems.back().reason;
}

TEST(ByteOrderMarkTest, ALeadingMarkIsNoPartOfTheFirstRecord) {
  ScratchDir dir;
  const std::string bom = "\xEF\xBB\xBF";
  WriteFile(dir / "a.jsonl", bom + R"({"id": "first", "text": "one"})" "\n" +
                                 R"({"id": "second", "text": "two"})" "\n");
  WriteGzip(dir / "b.jsonl.gz", bom + R"({"id": "zipped", "text": "three"})" "\n");
  WriteFile(dir / "c.txt", bom + "Plain text.");
  WriteFile(dir / "d.txt", "Mid" + bom + "text.");  // not at the start: text, kept
  Collected a = Read(dir / "a.jsonl");
  EXPECT_TRUE(a.problems.empty());
  ASSERT_EQ(a.articles.size(), 2u);
  EXPECT_EQ(a.articles[0].id, "first");
  EXPECT_EQ(Read(dir / "b.jsonl.gz").articles.at(0).text, "three");
  EXPECT_EQ(Read(dir / "c.txt").articles.at(0).text, "Plain text.");
  EXPECT_EQ(Read(dir / "d.txt").articles.at(0).text, "Mid" + bom + "text.");
}

TEST(BadInputTest, EmptyNulAndUnreadableFiles) {
  ScratchDir dir;
  WriteFile(dir / "empty.txt", "");
  WriteFile(dir / "nul.txt", std::string("abc\0def", 7));
  WriteFile(dir / "secret.txt", "hidden");
  chmod((dir / "secret.txt").c_str(), 0);
  EXPECT_EQ(Read(dir / "empty.txt").rejected(), 1u);
  EXPECT_NE(Read(dir / "nul.txt").problems.at(0).reason.find("NUL"), std::string::npos);
  if (geteuid() != 0) {  // root reads anything
    EXPECT_NE(Read(dir / "secret.txt").problems.at(0).reason.find("cannot open"), std::string::npos);
  }
  EXPECT_NE(Read(dir / "missing.txt").problems.at(0).reason.find("cannot open"), std::string::npos);
  EXPECT_NE(Read(dir / "a.docx").problems.at(0).reason.find("unknown input format"),
            std::string::npos);
}

TEST(HtmlReaderTest, MainTextAndMetaTags) {
  ScratchDir dir;
  WriteFile(dir / "page.html", R"(<!doctype html><html><head>
<title>Bridge closes | Coastline Post</title>
<meta property="og:title" content="Bridge closes for repairs">
<meta property="og:site_name" content="Coastline Post">
<meta property="article:published_time" content="2024-03-04T09:15:00+01:00">
<link rel="canonical" href="https://coastline.example/bridge">
</head><body>
<nav><p>Home | News | Sport</p></nav>
<article>
  <h1>Bridge closes for repairs</h1>
  <p>The bridge &amp; its ramps closed on Monday.</p>
  <div class="also-read"><p>Other story you may like</p></div>
  <p>ALSO READ| A different story</p>
  <p>&ldquo;It is overdue,&rdquo; the engineer said.<br>Work starts soon.</p>
  <script>var x = "<p>no</p>";</script>
</article>
<footer><p>Copyright Coastline Post</p></footer>
</body></html>)");
  Collected c = Read(dir / "page.html");
  ASSERT_EQ(c.articles.size(), 1u);
  const Article& a = c.articles[0];
  EXPECT_EQ(a.title, "Bridge closes for repairs");
  EXPECT_EQ(a.outlet, "Coastline Post");
  EXPECT_EQ(a.date, "2024-03-04T08:15:00Z");
  EXPECT_EQ(a.url, "https://coastline.example/bridge");
  EXPECT_EQ(a.text,
            "The bridge & its ramps closed on Monday.\n\n"
            "\xE2\x80\x9CIt is overdue,\xE2\x80\x9D the engineer said. Work starts soon.");
}

// Tags nested thousands deep (a broken template, or a page made to stall a
// crawler) are reported, not parsed: parsing takes time with the square of
// the depth, and walking the tree overflowed the stack.
TEST(HtmlReaderTest, APageNestedThousandsDeepIsReportedNotParsed) {
  ScratchDir dir;
  std::string deep = "<html><body>";
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "<p>\"We will win,\" she said.</p>";
  for (int i = 0; i < 5000; ++i) deep += "</div>";
  WriteFile(dir / "deep.html", deep + "</body></html>");
  Collected c = Read(dir / "deep.html");
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].ToString(),
            (dir / "deep.html") + ": HTML nests tags 5000 deep (at most 4096 are read)");

  // A page of unclosed paragraphs, items and breaks nests none of them.
  std::string sloppy = "<html><body><article><ul>";
  for (int i = 0; i < 5000; ++i) sloppy += "<li>item<br><p>\"Yes,\" she said.<img src=x>";
  WriteFile(dir / "sloppy.html", sloppy + "</ul></article></body></html>");
  Collected read = Read(dir / "sloppy.html");
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_TRUE(read.problems.empty());

  // Nor a JSON record whose text is such HTML: reported at its line, the
  // next one read.
  WriteFile(dir / "cms.jsonl", nlohmann::json({{"id", "d"}, {"text", deep}}).dump() + "\n" +
                                   R"({"id": "ok", "text": "<p>Fine.</p>"})"
                                   "\n");
  Collected json = Read(dir / "cms.jsonl");
  ASSERT_EQ(json.articles.size(), 1u);
  EXPECT_EQ(json.articles[0].id, "ok");
  ASSERT_EQ(json.problems.size(), 1u);
  EXPECT_EQ(json.problems[0].line, 1u);
}

TEST(HtmlReaderTest, TheLongestArticleIsTheStoryNotATeaserCard) {
  ScratchDir dir;
  WriteFile(
      dir / "cards.html",
      "<html><body><aside><article><p>Related: ferry fares rise</p></article></aside>"
      "<article><h1>Bridge closes</h1><p>The bridge closed on Monday, Lena Okafor said.</p>"
      "<p>Repairs take a year.</p><section class=\"comments\"><article><p>Great!</p></article>"
      "</section></article></body></html>");
  Collected c = Read(dir / "cards.html");
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].text,
            "The bridge closed on Monday, Lena Okafor said.\n\nRepairs take a year.");
  // A card longer than the story, and its date, are still another story's.
  WriteFile(dir / "long-card.html",
            "<html><body><aside><article><time datetime=\"2020-01-01\"></time>"
            "<p>A much longer teaser about ferry fares rising across the region.</p></article>"
            "</aside><article><time datetime=\"2025-03-03\"></time><p>The bridge closed.</p>"
            "</article></body></html>");
  Collected d = Read(dir / "long-card.html");
  ASSERT_EQ(d.articles.size(), 1u);
  EXPECT_EQ(d.articles[0].text, "The bridge closed.");
  EXPECT_EQ(d.articles[0].date, "2025-03-03");
}

TEST(HtmlReaderTest, APageWithoutParagraphTagsKeepsItsTextBlocks) {
  ScratchDir dir;
  WriteFile(dir / "divs.html",
            "<html><body><nav><div>Home | News</div></nav><article><h1>Bridge opens</h1>"
            "<div class=\"para\">Lena Okafor said: <em>“We open in May.”</em></div>"
            "<div class=\"para\">The council agreed.</div></article></body></html>");
  WriteFile(dir / "breaks.html",
            "<html><body><div id=\"story\">First line<br>goes on here.<br><br>"
            "Second paragraph.<br> <br>Third.</div></body></html>");
  Collected d = Read(dir / "divs.html");
  ASSERT_EQ(d.articles.size(), 1u);
  EXPECT_EQ(d.articles[0].text, "Lena Okafor said: “We open in May.”\n\nThe council agreed.");
  Collected b = Read(dir / "breaks.html");
  ASSERT_EQ(b.articles.size(), 1u);
  EXPECT_EQ(b.articles[0].text, "First line goes on here.\n\nSecond paragraph.\n\nThird.");
}

TEST(HtmlReaderTest, AQElementKeepsTheMarksABrowserDraws) {
  ScratchDir dir;
  WriteFile(dir / "q.html", "<html><body><p>Okafor said <q>we open in May</q> on Monday.</p></body></html>");
  EXPECT_EQ(Read(dir / "q.html").articles.at(0).text,
            "Okafor said \xE2\x80\x9Cwe open in May\xE2\x80\x9D on Monday.");
}

TEST(HtmlReaderTest, APageInALegacyCharsetIsDecoded) {
  ScratchDir dir;
  WriteFile(dir / "latin.html",
            "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xE9</title></head><body>"
            "<p>The caf\xE9 owner said: \xABNous verrons.\xBB</p></body></html>");
  WriteFile(dir / "unknown.html",
            "<html><head><meta charset=\"x-no-such\"></head><body><p>Caf\xE9</p></body></html>");
  Collected c = Read(dir / "latin.html");
  EXPECT_TRUE(c.problems.empty());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].title, "Caf\xC3\xA9");
  EXPECT_EQ(c.articles[0].text, "The caf\xC3\xA9 owner said: \xC2\xABNous verrons.\xC2\xBB");
  // A charset no converter knows: read as UTF-8 and repaired, with warnings.
  Collected u = Read(dir / "unknown.html");
  ASSERT_EQ(u.articles.size(), 1u);
  EXPECT_EQ(u.articles[0].text, "Caf\xEF\xBF\xBD");
  ASSERT_EQ(u.problems.size(), 2u);
  EXPECT_NE(u.problems[0].reason.find("unknown charset \"x-no-such\""), std::string::npos);
}

TEST(TextReaderTest, AWindows1252TextIsDecoded) {
  ScratchDir dir;
  WriteFile(dir / "cp1252.txt", "\x93We\x92ll see,\x94 said the caf\xE9 owner.");
  Collected c = Read(dir / "cp1252.txt");
  EXPECT_TRUE(c.problems.empty());
  EXPECT_EQ(c.articles.at(0).text,
            "\xE2\x80\x9CWe\xE2\x80\x99ll see,\xE2\x80\x9D said the caf\xC3\xA9 owner.");
}

TEST(ExpandInputsTest, ADirectoryWithNothingToReadIsAWarning) {
  ScratchDir dir;
  WriteFile(dir / "feeds/a.csv", "id,text");
  Collected c;
  size_t bytes = 0;
  EXPECT_TRUE(ExpandInputs({dir / "feeds"}, c, &bytes).empty());
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_FALSE(c.problems[0].rejected);
  EXPECT_NE(c.problems[0].reason.find("no input files"), std::string::npos);
}

TEST(ExpandInputsTest, DirectoriesAreWalkedInOrderSkippingHiddenAndUnknown) {
  ScratchDir dir;
  WriteFile(dir / "b/2.txt", "x");
  WriteFile(dir / "a/1.jsonl", "{}");
  WriteFile(dir / "a/notes.md", "x");
  WriteFile(dir / ".git/3.txt", "x");
  Collected c;
  size_t bytes = 0;
  auto files = ExpandInputs({dir.str(), dir / "nope"}, c, &bytes);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0], dir / "a/1.jsonl");
  EXPECT_EQ(files[1], dir / "b/2.txt");
  EXPECT_EQ(bytes, 3u);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].file, dir / "nope");
}

}  // namespace
}  // namespace qt::ingest
