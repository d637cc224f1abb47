// End-to-end tests: the built quotetrace binary on real inputs.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "test_util.h"

namespace {

using qt::testing::ReadFile;
using qt::testing::ScratchDir;
using qt::testing::WriteFile;
using qt::testing::WriteGzip;

struct Outcome {
  int code;
  std::string out, err;
};

Outcome Quotetrace(const ScratchDir& dir, const std::string& args) {
  const std::string cmd = std::string(QT_BINARY) + " " + args + " >" + (dir / "stdout") + " 2>" +
                          (dir / "stderr") + " </dev/null";
  const int status = std::system(cmd.c_str());
  return {WEXITSTATUS(status), ReadFile(dir / "stdout"), ReadFile(dir / "stderr")};
}

// Runs one SQL query returning a single text value.
std::string Query(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  std::string value = "<error>";
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(stmt, 0);
    value = t ? reinterpret_cast<const char*>(t) : "";
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

const std::string kShared = QT_SHARED_DIR;

// Each line of `jsonl`, parsed.
std::vector<nlohmann::json> JsonLines(const std::string& jsonl) {
  std::vector<nlohmann::json> out;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}

// The text of a quotation of ../shared/seeds/gold.json, by its gold id.
std::string GoldText(const std::string& id) {
  const auto gold = nlohmann::json::parse(ReadFile(kShared + "/seeds/gold.json"));
  for (const auto& q : gold["quotes"]) {
    if (q["id"] == id) return q["text"];
  }
  return "<no gold quote " + id + ">";
}
// The user's three articles (not gold.json, which lies beside them).
const std::string kSeedFiles = kShared + "/seeds/000_2be0952cc00b8170.txt " + kShared +
                               "/seeds/001_0fb97603af2d3694.txt " + kShared +
                               "/seeds/002_b0b9580d89f10579.txt";

TEST(CliTest, SeedsAreStoredOnceWithTheirDatesAndOutlet) {
  ScratchDir dir;
  const std::string db = dir / "q.db";
  const std::string seeds = kSeedFiles;
  Outcome first = Quotetrace(dir, "ingest -q --db " + db + " " + seeds);
  EXPECT_EQ(first.code, 0) << first.err;
  EXPECT_NE(first.out.find("added 3, unchanged 0"), std::string::npos) << first.out;
  EXPECT_EQ(Query(db, "SELECT group_concat(id || '|' || coalesce(date,'') || '|' || "
                      "coalesce(outlet,''), ';') FROM (SELECT * FROM articles ORDER BY id)"),
            "000_2be0952cc00b8170||;001_0fb97603af2d3694|2024-09-10|Headline USA;"
            "002_b0b9580d89f10579|2024-09-09|");
  Outcome second = Quotetrace(dir, "ingest -q --db " + db + " " + kShared + "/seeds");
  EXPECT_NE(second.out.find("added 0, unchanged 3"), std::string::npos) << second.out;
  EXPECT_EQ(Query(db, "SELECT count(*) FROM articles"), "3");
}

TEST(CliTest, PolnearTrainStores840Articles) {
  ScratchDir dir;
  Outcome r = Quotetrace(dir, "ingest -q --db " + (dir / "q.db") + " " + kShared +
                              "/data/polnear/train/articles.jsonl");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(Query(dir / "q.db", "SELECT count(*) FROM current_articles"), "840");
}

TEST(CliTest, ExampleCorpusIngestsCleanlyAndReports) {
  ScratchDir dir;
  Outcome r = Quotetrace(dir, "ingest -q --db " + (dir / "q.db") + " " + QT_SOURCE_DIR "/examples/corpus");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_GE(std::stoi(Query(dir / "q.db", "SELECT count(*) FROM articles")), 12);
  EXPECT_GE(std::stoi(Query(dir / "q.db", "SELECT count(DISTINCT outlet) FROM articles")), 4);
  Outcome report = Quotetrace(dir, "report --db " + (dir / "q.db"));
  EXPECT_EQ(report.code, 0) << report.err;
  EXPECT_NE(report.out.find("articles"), std::string::npos);
  // The wire story is first reported by the wire; the mayor's promise, as the
  // union tells it, is printed by five outlets and first seen in the Courier.
  EXPECT_NE(report.out.find("first: 2025-03-03 The Alder Courier"), std::string::npos) << report.out;
  // The comma that led into the reporter's tag is not part of the quotation
  // as the report prints it; a dispute names who contests.
  EXPECT_NE(report.out.find("“We will find you a ferry by Friday”\n    Lena Okafor — in 5 articles"),
            std::string::npos)
      << report.out;
  EXPECT_NE(report.out.find("“The mayor made no promise about a ferry date” — Dana Whitfield"),
            std::string::npos)
      << report.out;
}

TEST(CliTest, ExitCodesAndUsage) {
  ScratchDir dir;
  EXPECT_EQ(Quotetrace(dir, "").code, 2);
  EXPECT_EQ(Quotetrace(dir, "ingest --no-such-flag x").code, 2);
  Outcome help = Quotetrace(dir, "ingest --help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("INPUT"), std::string::npos);
  Outcome version = Quotetrace(dir, "--version");
  EXPECT_EQ(version.code, 0);
  EXPECT_NE(version.out.find("quotetrace"), std::string::npos);
  WriteFile(dir / "in/bad.jsonl", "{nope\n");
  WriteFile(dir / "in/good.txt", "Fine.");
  Outcome partial = Quotetrace(dir, "ingest -q --db " + (dir / "q.db") + " " + (dir / "in"));
  EXPECT_EQ(partial.code, 1);
  EXPECT_NE(partial.err.find(dir / "in/bad.jsonl:1: malformed JSON"), std::string::npos);
  EXPECT_NE(partial.out.find("added 1"), std::string::npos);
}

TEST(CliTest, ReadingCommandsRefuseAMissingDatabase) {
  ScratchDir dir;
  for (const std::string command : {"quotes", "stories", "copies", "report"}) {
    Outcome missing = Quotetrace(dir, command + " --db " + (dir / "typo.db"));
    EXPECT_EQ(missing.code, 3) << command;
    EXPECT_NE(missing.err.find(dir / "typo.db: no such database"), std::string::npos) << command;
    EXPECT_FALSE(std::filesystem::exists(dir / "typo.db")) << command;
  }
}

TEST(CliTest, StdinIsJsonLines) {
  ScratchDir dir;
  WriteFile(dir / "in.jsonl", R"({"id": "s1", "text": "From stdin."})" "\n");
  const std::string cmd = std::string(QT_BINARY) + " ingest -q --db " + (dir / "q.db") + " - <" +
                          (dir / "in.jsonl") + " >/dev/null";
  EXPECT_EQ(WEXITSTATUS(std::system(cmd.c_str())), 0);
  EXPECT_EQ(Query(dir / "q.db", "SELECT id FROM articles"), "s1");
}

TEST(CliTest, A200MegabyteLineIsRejectedAndTheRestStored) {
  ScratchDir dir;
  {
    std::FILE* f = std::fopen((dir / "huge.jsonl").c_str(), "wb");
    std::fputs(R"({"id": "before", "text": "Before."})" "\n", f);
    std::fputs(R"({"id": "huge", "text": ")", f);
    const std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 200; ++i) std::fwrite(chunk.data(), 1, chunk.size(), f);
    std::fputs("\"}\n", f);
    std::fputs(R"({"id": "after", "text": "After."})" "\n", f);
    std::fclose(f);
  }
  Outcome r = Quotetrace(dir, "ingest -q --db " + (dir / "q.db") + " " + (dir / "huge.jsonl"));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find(dir / "huge.jsonl:2: line is longer than"), std::string::npos) << r.err;
  EXPECT_EQ(Query(dir / "q.db", "SELECT group_concat(id) FROM (SELECT id FROM articles ORDER BY seq)"),
            "before,after");
}

TEST(CliTest, ADirectoryOf100000SmallFiles) {
  ScratchDir dir;
  for (int i = 0; i < 100000; ++i) {
    WriteFile(dir / ("in/" + std::to_string(i % 100) + "/" + std::to_string(i) + ".txt"),
              "Small article number " + std::to_string(i) + ".");
  }
  Outcome r = Quotetrace(dir, "ingest -q --db " + (dir / "q.db") + " " + (dir / "in"));
  EXPECT_EQ(r.code, 0) << r.err.substr(0, 500);
  EXPECT_EQ(Query(dir / "q.db", "SELECT count(*) FROM articles"), "100000");
}

// A kill -9 in the middle of an ingest leaves a valid database; running the
// same ingest again completes it, with no duplicates.
TEST(CliTest, KilledIngestIsCompletedByARerun) {
  ScratchDir dir;
  const int kArticles = 200000;
  {
    std::FILE* f = std::fopen((dir / "many.jsonl").c_str(), "wb");
    for (int i = 0; i < kArticles; ++i) {
      std::fprintf(f, "{\"id\": \"a%d\", \"text\": \"Article %d says the bridge will reopen.\"}\n",
                   i, i);
    }
    std::fclose(f);
  }
  const std::string db = dir / "q.db";
  const pid_t child = fork();
  if (child == 0) {
    execl(QT_BINARY, QT_BINARY, "ingest", "-q", "--db", db.c_str(), (dir / "many.jsonl").c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until some batches are committed, then kill without warning.
  for (int i = 0; i < 2000; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const std::string n = Query(db, "SELECT count(*) FROM articles");
    if (n != "<error>" && std::stoi(n) > 0) break;
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest finished before it could be killed";

  EXPECT_EQ(Query(db, "PRAGMA integrity_check"), "ok");
  const int stored = std::stoi(Query(db, "SELECT count(*) FROM articles"));
  EXPECT_GT(stored, 0);
  EXPECT_LT(stored, kArticles);

  Outcome rerun = Quotetrace(dir, "ingest -q --db " + db + " " + (dir / "many.jsonl"));
  EXPECT_EQ(rerun.code, 0) << rerun.err;
  EXPECT_NE(rerun.out.find("unchanged " + std::to_string(stored)), std::string::npos) << rerun.out;
  EXPECT_EQ(Query(db, "SELECT count(*) FROM articles"), std::to_string(kArticles));
  EXPECT_EQ(Query(db, "SELECT count(DISTINCT id) FROM articles"), std::to_string(kArticles));
}

}  // namespace

namespace {

// The last line `score.py TASK` prints, e.g. "quotes: F1 1.000 (P …) speaker
// accuracy 0.968 at 80% overlap".
std::string ScoreLastLine(const ScratchDir& dir, const std::string& task, const std::string& gold,
                          const std::string& pred) {
  const std::string cmd = "python3 " + kShared + "/eval/score.py " + task + " --gold " + gold +
                          " --pred " + pred + " 2>&1 | tail -1 >" + (dir / "score");
  std::system(cmd.c_str());
  return ReadFile(dir / "score");
}

double Figure(const std::string& line, const std::string& label) {
  const size_t at = line.find(label);
  return at == std::string::npos ? -1 : std::stod(line.substr(at + label.size()));
}

// The user's own example, scored by the project's scorer: every quotation
// found, each with its resolved speaker.
TEST(CliTest, SeedQuotesScoreAgainstTheGold) {
  ScratchDir dir;
  const std::string seeds = kSeedFiles;
  Outcome ingest = Quotetrace(dir, "ingest -q --db " + (dir / "q.db") + " " + seeds);
  ASSERT_EQ(ingest.code, 0) << ingest.err;
  Outcome quotes = Quotetrace(dir, "quotes --db " + (dir / "q.db"));
  ASSERT_EQ(quotes.code, 0) << quotes.err;
  WriteFile(dir / "pred.jsonl", quotes.out);
  const std::string line = ScoreLastLine(dir, "quotes", kShared + "/seeds/gold.json", dir / "pred.jsonl");
  EXPECT_DOUBLE_EQ(Figure(line, "F1 "), 1.0) << line;
  EXPECT_DOUBLE_EQ(Figure(line, "speaker accuracy "), 1.0) << line;
}

// PolNeAR dev, the check set, scored by the project's scorer, holds the
// figures docs/accuracy.md reports (F1 0.874, speaker accuracy 0.927) to
// within 0.005: a change that loses more says so here.
TEST(CliTest, PolnearDevKeepsItsScores) {
  ScratchDir dir;
  const std::string data = kShared + "/data/polnear/dev";
  Outcome quotes = Quotetrace(dir, "quotes " + data + "/articles.jsonl");
  ASSERT_EQ(quotes.code, 0) << quotes.err;
  WriteFile(dir / "pred.jsonl", quotes.out);
  const std::string line =
      ScoreLastLine(dir, "quotes", data + "/gold_quotes.jsonl", dir / "pred.jsonl");
  EXPECT_GE(Figure(line, "F1 "), 0.869) << line;
  EXPECT_GE(Figure(line, "speaker accuracy "), 0.922) << line;
}

// What the scorer leaves out: to whom each quotation was said, which one
// reports it, and whether it is a fragment, as the gold says for every
// quotation that is not optional.
TEST(CliTest, SeedAddresseesNestingAndFragmentsAgreeWithTheGold) {
  ScratchDir dir;
  Outcome quotes = Quotetrace(dir, "quotes " + kSeedFiles);
  ASSERT_EQ(quotes.code, 0) << quotes.err;
  std::vector<nlohmann::json> found;
  std::istringstream in(quotes.out);
  for (std::string line; std::getline(in, line);) found.push_back(nlohmann::json::parse(line));
  const auto same_span = [&](const nlohmann::json& g) -> const nlohmann::json* {
    for (const auto& q : found) {
      if (q["doc"] == g["doc"] && q["start"] == g["start"] && q["end"] == g["end"]) return &q;
    }
    return nullptr;
  };
  const auto gold = nlohmann::json::parse(ReadFile(kShared + "/seeds/gold.json"))["quotes"];
  std::map<std::string, std::string> id_of;  // gold id → ours
  for (const auto& g : gold) {
    if (const nlohmann::json* q = same_span(g)) id_of[g["id"]] = (*q)["id"];
  }
  const auto text = [](const nlohmann::json& v) { return v.is_null() ? "" : v.get<std::string>(); };
  for (const auto& g : gold) {
    if (g["optional"]) continue;
    const nlohmann::json* q = same_span(g);
    ASSERT_NE(q, nullptr) << g["id"];
    EXPECT_EQ(text((*q)["to"]), text(g["to"])) << g["id"];
    EXPECT_EQ(text((*q)["nested_in"]), g["nested_in"].is_null() ? "" : id_of[g["nested_in"]]) << g["id"];
    EXPECT_EQ((*q)["kind"] == "partial", g["partial"].get<bool>()) << g["id"];
  }
}

TEST(CliTest, QuotesFromFilesEqualQuotesStoredAtIngest) {
  ScratchDir dir;
  const std::string corpus = QT_SOURCE_DIR "/examples/corpus";
  Quotetrace(dir, "ingest -q --db " + (dir / "q.db") + " " + corpus);
  const std::string stored = Quotetrace(dir, "quotes --db " + (dir / "q.db")).out;
  const std::string direct = Quotetrace(dir, "quotes " + corpus).out;
  EXPECT_FALSE(stored.empty());
  EXPECT_EQ(stored, direct);
  Outcome table = Quotetrace(dir, "quotes --format table --db " + (dir / "q.db"));
  EXPECT_NE(table.out.find("Lena Okafor"), std::string::npos) << table.out;
}

TEST(CliTest, AWebArchiveIsIngestedPageByPage) {
  ScratchDir dir;
  const auto record = [](const std::string& url, const std::string& page) {
    const std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page;
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url +
           "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  };
  const std::string page =
      "<html><head><meta property=\"article:published_time\" content=\"2025-05-02\"></head>"
      "<body><p>\u201cThe ferry runs on Friday,\u201d Lena Okafor said.</p></body></html>";
  WriteGzip(dir / "crawl.warc.gz",
            record("https://alder.example/ferry", page) + "WARC/1.0\r\nWARC-Ty");
  const std::string db = dir / "q.db";
  Outcome ingest = Quotetrace(dir, "ingest -q --db " + db + " " + (dir / "crawl.warc.gz"));
  EXPECT_EQ(ingest.code, 1);  // the cut record
  EXPECT_NE(ingest.out.find("added 1,"), std::string::npos) << ingest.out;
  EXPECT_NE(ingest.err.find("crawl.warc.gz:11: WARC record"), std::string::npos) << ingest.err;
  const auto quotes = JsonLines(Quotetrace(dir, "quotes --db " + db).out);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0]["speaker"], "Lena Okafor");
  EXPECT_EQ(Query(db, "SELECT outlet || ' ' || date FROM articles"), "alder.example 2025-05-02");
  const std::string text = Query(db, "SELECT text FROM articles");
  EXPECT_EQ(text.substr(quotes[0]["start"].get<size_t>(),
                        quotes[0]["end"].get<size_t>() - quotes[0]["start"].get<size_t>()),
            quotes[0]["text"]);
}

TEST(CliTest, QuotesFiltersPickOneSpeakerWordsOrArticles) {
  ScratchDir dir;
  const std::string db = dir / "q.db";
  Quotetrace(dir, "ingest -q --db " + db + " " + kSeedFiles);
  const auto lines = [&](const std::string& args) {
    return JsonLines(Quotetrace(dir, "quotes --db " + db + " " + args).out);
  };
  const auto all = lines("");
  const auto spokesperson = lines("--speaker spokesperson");
  ASSERT_EQ(spokesperson.size(), 3u);  // the denial, printed by each outlet
  for (const auto& q : spokesperson) EXPECT_EQ(q["speaker"], "Meta spokesperson");
  // The censored printing is found by the word it hides.
  size_t censored = 0;
  for (const auto& q : lines("--says badass")) {
    censored += q["text"].get<std::string>().find("b*****") != std::string::npos;
  }
  EXPECT_GE(censored, 1u);
  const auto one = lines("--doc 001_0fb97603af2d3694");
  size_t in_one = 0;
  for (const auto& q : all) in_one += q["doc"] == "001_0fb97603af2d3694";
  EXPECT_EQ(one.size(), in_one);
  EXPECT_GT(one.size(), 0u);
  EXPECT_LT(one.size(), all.size());
  // A filtered quotation prints as it does unfiltered (its chain included).
  for (const auto& q : all) {
    if (q["id"] == one.front()["id"]) {
      EXPECT_EQ(q, one.front());
    }
  }
  Outcome empty = Quotetrace(dir, "quotes --db " + db + " --says '...'");
  EXPECT_EQ(empty.code, 2);
  EXPECT_NE(empty.err.find("no words"), std::string::npos) << empty.err;
}

// What `quotes --db DB A` prints, for each A of `asked`.
std::vector<std::string> QuotesPrinted(const ScratchDir& dir, const std::string& db,
                                       const std::vector<std::string>& asked) {
  std::vector<std::string> out;
  for (const std::string& a : asked)
    out.push_back(Quotetrace(dir, "quotes --db " + db + " " + a).out);
  return out;
}

// Leaves nothing indexed for search: every search then reads every quotation.
void ForgetSearchIndex(const std::string& db) {
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(handle, "UPDATE quote_search_state SET through_qid = 0", nullptr, nullptr,
                         nullptr),
            SQLITE_OK);
  sqlite3_close(handle);
}

// A search reads the articles the search index finds (store/search_index.h):
// it must print exactly what reading every quotation prints.
TEST(CliTest, ASearchPrintsWhatReadingEveryQuotationPrints) {
  ScratchDir dir;
  const std::string db = dir / "q.db";
  Quotetrace(dir, "ingest -q --db " + db + " " QT_SOURCE_DIR "/examples/corpus " + kSeedFiles);
  EXPECT_NE(Query(db, "SELECT through_qid FROM quote_search_state"), "0");
  const std::vector<std::string> asked = {"--says 'ferry by Friday'",
                                          "--says 'nobody pushed me'",
                                          "--says badass",
                                          "--says 'b*****'",
                                          "--says 'not true'",
                                          "--says 'Vote For A Democrat'",
                                          "--says 'no such words here'"};
  const std::vector<std::string> indexed = QuotesPrinted(dir, db, asked);
  EXPECT_FALSE(indexed[0].empty());
  EXPECT_FALSE(indexed[2].empty());
  EXPECT_TRUE(indexed.back().empty());
  ForgetSearchIndex(db);
  EXPECT_EQ(QuotesPrinted(dir, db, asked), indexed);
}

// A speaker is looked for as printed and, where the corpus names a
// description ("the Harbor Fund chief" is Kalani Berg elsewhere), as that
// description: the index must find both.
TEST(CliTest, ASpeakerSearchPrintsWhatReadingEveryQuotationPrints) {
  ScratchDir dir;
  WriteFile(
      dir / "fund.jsonl",
      "{\"id\": \"fund-1\", \"text\": \"\u201cWe will close the fund by June,\u201d Harbor "
      "Fund chief Kalani Berg said on Monday.\\n\\n\u201cThe savers will be paid first,\u201d "
      "Harbor Fund chief Kalani Berg added.\"}\n"
      "{\"id\": \"fund-2\", \"text\": \"The Harbor Fund chief stayed silent for a week. "
      "\u201cNobody will lose a cent,\u201d the Harbor Fund chief said on Tuesday.\"}\n"
      "{\"id\": \"ferry-1\", \"text\": \"\u201cThe ferry runs on Friday,\u201d Lena Okafor "
      "said.\"}\n"
      "{\"id\": \"ferry-2\", \"text\": \"\u201cThe bridge stays shut,\u201d Tomas Reyes said.\"}\n"
      "{\"id\": \"ferry-3\", \"text\": \"\u201cWe need the bridge back,\u201d Ada Lindqvist "
      "said.\"}\n");
  const std::string db = dir / "q.db";
  Quotetrace(dir, "ingest -q --db " + db + " " + (dir / "fund.jsonl"));
  const std::vector<std::string> asked = {"--speaker berg", "--speaker 'Kalani Berg'",
                                          "--speaker okafor --says ferry",
                                          "--speaker 'harbor fund chief'", "--speaker nobody"};
  const std::vector<std::string> indexed = QuotesPrinted(dir, db, asked);
  const auto berg = JsonLines(indexed[0]);
  ASSERT_EQ(berg.size(), 3u);
  EXPECT_EQ(berg[2]["doc"], "fund-2");
  EXPECT_EQ(berg[2]["speaker"], "Kalani Berg");
  EXPECT_EQ(JsonLines(indexed[2]).size(), 1u);
  ForgetSearchIndex(db);
  EXPECT_EQ(QuotesPrinted(dir, db, asked), indexed);
}

// `quotes --speaker` finds a person by every spelling `speakers` counts as
// them: a middle initial, and a surname alone in an article that never
// prints the full name.
TEST(CliTest, ASpeakerSearchFindsEverySpellingOfThePerson) {
  ScratchDir dir;
  WriteFile(dir / "harbor.jsonl",
            "{\"id\": \"h1\", \"text\": \"\u201cThe cranes are old,\u201d Tomas J. Reyes "
            "said.\"}\n"
            "{\"id\": \"h2\", \"text\": \"\u201cWe will strike,\u201d Tomas Reyes said.\\n\\n"
            "\u201cNot before May,\u201d Reyes added.\"}\n"
            "{\"id\": \"h3\", \"text\": \"The harbor was quiet. \u201cWe wait,\u201d Reyes "
            "said.\"}\n"
            "{\"id\": \"h4\", \"text\": \"\u201cThe ferry runs,\u201d Lena Okafor said.\"}\n");
  const std::string db = dir / "q.db";
  Quotetrace(dir, "ingest -q --db " + db + " " + (dir / "harbor.jsonl"));
  const auto speakers = JsonLines(Quotetrace(dir, "speakers --db " + db).out);
  ASSERT_FALSE(speakers.empty());
  ASSERT_EQ(speakers[0]["speaker"], "Tomas Reyes");
  ASSERT_EQ(speakers[0]["quotes"], 4);
  const std::vector<std::string> asked = {"--speaker 'Tomas Reyes'", "--speaker 'Tomas J. Reyes'",
                                          "--speaker reyes", "--speaker okafor"};
  const std::vector<std::string> indexed = QuotesPrinted(dir, db, asked);
  EXPECT_EQ(JsonLines(indexed[0]).size(), 4u) << indexed[0];
  EXPECT_EQ(JsonLines(indexed[1]).size(), 4u) << indexed[1];
  EXPECT_EQ(JsonLines(indexed[2]).size(), 4u) << indexed[2];
  EXPECT_EQ(JsonLines(indexed[3]).size(), 1u) << indexed[3];
  ForgetSearchIndex(db);
  EXPECT_EQ(QuotesPrinted(dir, db, asked), indexed);
}

TEST(CliTest, ClustersListEachUtteranceWithItsWordingsAndFirstPrinting) {
  ScratchDir dir;
  const std::string db = dir / "q.db";
  Quotetrace(dir, "ingest -q --db " + db + " " + kSeedFiles);
  const auto lines = [&](const std::string& command) {
    return JsonLines(Quotetrace(dir, command + " --db " + db).out);
  };
  std::map<std::string, int64_t> cluster_of;  // quotation id → its cluster, as `quotes` prints it
  for (const auto& q : lines("quotes")) {
    if (!q["cluster"].is_null()) cluster_of[q["id"]] = q["cluster"];
  }
  const auto clusters = lines("clusters");
  ASSERT_GE(clusters.size(), 3u);
  const nlohmann::json* censored = nullptr;
  for (const auto& c : clusters) {
    EXPECT_GE(c["articles"].get<int>(), 2);
    EXPECT_TRUE(c["wordings"][0]["diff"].is_null());
    EXPECT_EQ(c["wordings"][0]["text"], c["text"]);
    size_t printings = 0;
    for (const auto& w : c["wordings"]) {
      for (const auto& p : w["printings"]) {
        ++printings;
        EXPECT_EQ(cluster_of[p["quote"]], c["cluster"]) << p["quote"];
      }
      if (w["diff"].is_string() &&
          w["diff"].get<std::string>().find("{+b*****+}") != std::string::npos) {
        censored = &c;
      }
    }
    EXPECT_EQ(printings, c["printings"].get<size_t>());
  }
  ASSERT_NE(censored, nullptr);  // "badass" printed as "b*****" by one outlet
  // The earliest dated article is first, never the undated one.
  EXPECT_EQ((*censored)["first"]["doc"], "002_b0b9580d89f10579");
  EXPECT_EQ(lines("clusters --top 1").size(), 1u);
  const auto asked = lines("clusters --says badass");
  ASSERT_EQ(asked.size(), 1u);
  EXPECT_EQ(asked[0]["cluster"], (*censored)["cluster"]);
}

}  // namespace

namespace {

// Clusters as sets of quote ids, independent of their numbering.
std::set<std::set<std::string>> Partition(const std::string& jsonl) {
  std::map<std::string, std::set<std::string>> by_cluster;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) {
    const size_t id = line.find("\"id\":\"") + 6;
    const size_t cluster = line.find("\"cluster\":");
    const std::string c = line.substr(cluster + 10, line.find(',', cluster) - cluster - 10);
    if (c != "null") by_cluster[c].insert(line.substr(id, line.find('"', id) - id));
  }
  std::set<std::set<std::string>> out;
  for (auto& [_, ids] : by_cluster) out.insert(ids);
  return out;
}

TEST(CliTest, SeedQuoteClustersScoreAgainstTheGold) {
  ScratchDir dir;
  Outcome quotes = Quotetrace(dir, "quotes " + kSeedFiles);
  ASSERT_EQ(quotes.code, 0) << quotes.err;
  WriteFile(dir / "pred.jsonl", quotes.out);
  const std::string line =
      ScoreLastLine(dir, "clusters", kShared + "/seeds/gold.json", dir / "pred.jsonl");
  EXPECT_DOUBLE_EQ(Figure(line, "pairwise F1 "), 1.0) << line;
}

// A second batch after a first gives the clusters of both at once.
TEST(CliTest, TheThreeSeedsAreOneStory) {
  ScratchDir dir;
  Outcome stories = Quotetrace(dir, "stories " + kSeedFiles);
  ASSERT_EQ(stories.code, 0) << stories.err;
  std::istringstream lines(stories.out);
  std::set<std::string> ids;
  int n = 0;
  for (std::string line; std::getline(lines, line); ++n) ids.insert(line.substr(line.find("\"story\"")));
  EXPECT_EQ(n, 3);
  EXPECT_EQ(ids.size(), 1u) << stories.out;
}

// Stories of the two labelled sets, scored by the project's scorer, hold
// the figures docs/accuracy.md reports (ECB+ 0.903, UCI 0.753) to within
// 0.005: a change that loses more says so here.
TEST(CliTest, StoriesOfTheLabelledSetsKeepTheirScores) {
  ScratchDir dir;
  for (const auto& [set, floor] : {std::pair<std::string, double>{"ecbplus", 0.898},
                                   std::pair<std::string, double>{"uci-headlines", 0.748}}) {
    const std::string data = kShared + "/data/stories/" + set;
    Outcome stories = Quotetrace(dir, "stories " + data + "/articles.jsonl");
    ASSERT_EQ(stories.code, 0) << stories.err;
    WriteFile(dir / "pred.jsonl", stories.out);
    const std::string line =
        ScoreLastLine(dir, "stories", data + "/gold_stories.jsonl", dir / "pred.jsonl");
    EXPECT_GE(Figure(line, "BCubed F1 "), floor) << set << ": " << line;
  }
}

// The spokesperson's denial contests the reported call and Zuckerberg's
// words in it (the gold's meta-denial against trump-zuck-call and
// zuck-no-way), not what Zuckerberg told Bloomberg himself.
TEST(CliTest, TheSeedDenialContestsTheReportedCall) {
  ScratchDir dir;
  Quotetrace(dir, "ingest -q --db " + (dir / "q.db") + " " + kSeedFiles);
  const std::string report = Quotetrace(dir, "report --db " + (dir / "q.db")).out;
  const size_t disputes = report.find("Disputes:");
  ASSERT_NE(disputes, std::string::npos) << report;
  const std::string section = report.substr(disputes);
  // The expected quotations are read from the gold, not written here: the
  // articles are real news and stay in ../shared.
  const std::string denial = GoldText("000-07"), call = GoldText("000-04"),
                    no_way = GoldText("000-05"), interview = GoldText("000-11");
  EXPECT_NE(section.find("“" + denial.substr(0, 20)), std::string::npos) << section;
  EXPECT_NE(section.find("contests “" + call.substr(0, 20)), std::string::npos) << section;
  EXPECT_NE(section.find("contests “" + no_way.substr(0, 20)), std::string::npos) << section;
  EXPECT_EQ(section.find(interview.substr(0, 20)), std::string::npos) << section;
}

// `disputes` names the gold's denial by its clusters: our cluster of each
// gold cluster is the one of the quotation found at the gold's span.
TEST(CliTest, DisputesListTheGoldDenialAndTheClustersItContests) {
  ScratchDir dir;
  const std::string db = dir / "q.db";
  Quotetrace(dir, "ingest -q --db " + db + " " + kSeedFiles);
  std::map<std::string, std::set<int64_t>> ours;  // gold cluster → our clusters
  const auto quotes = JsonLines(Quotetrace(dir, "quotes --db " + db).out);
  const auto gold = nlohmann::json::parse(ReadFile(kShared + "/seeds/gold.json"));
  for (const auto& g : gold["quotes"]) {
    for (const auto& q : quotes) {
      if (q["doc"] == g["doc"] && q["start"] == g["start"] && !q["cluster"].is_null()) {
        ours[g["cluster"]].insert(q["cluster"].get<int64_t>());
      }
    }
  }
  ASSERT_EQ(ours["meta-denial"].size(), 1u);
  const int64_t denial = *ours["meta-denial"].begin();
  std::set<int64_t> expected;
  for (const auto& d : gold["disputes"]) {
    for (const auto& c : d["disputes"]) expected.insert(ours[c].begin(), ours[c].end());
  }

  const Outcome r = Quotetrace(dir, "disputes --db " + db);
  ASSERT_EQ(r.code, 0) << r.err;
  const auto disputes = JsonLines(r.out);
  ASSERT_EQ(disputes.size(), 1u) << r.out;
  const auto& d = disputes[0];
  EXPECT_EQ(d["cluster"], denial);
  EXPECT_EQ(d["speaker"], "Meta spokesperson");
  EXPECT_EQ(d["articles"].size(), 3u);
  std::set<int64_t> contested;
  for (const auto& c : d["contested"]) contested.insert(c["cluster"].get<int64_t>());
  EXPECT_EQ(contested, expected) << r.out;
  // Where each article says it is a denial: bytes of the article as stored
  // (a seed's file), holding the cue and the quotation.
  ASSERT_FALSE(d["contexts"].empty()) << r.out;
  for (const auto& c : d["contexts"]) {
    const std::string article =
        ReadFile(kShared + "/seeds/" + c["doc"].get<std::string>() + ".txt");
    const auto start = c["start"].get<size_t>(), end = c["end"].get<size_t>();
    ASSERT_LE(end, article.size());
    const std::string text = c["text"];
    EXPECT_EQ(article.substr(start, end - start), text);
    EXPECT_NE(text.find(c["cue"].get<std::string>()), std::string::npos) << text;
    EXPECT_NE(text.find(d["text"].get<std::string>()), std::string::npos) << text;
  }

  // Only the denials an article prints, or a story holds.
  EXPECT_EQ(
      JsonLines(Quotetrace(dir, "disputes --db " + db + " --doc 001_0fb97603af2d3694").out).size(),
      1u);
  EXPECT_TRUE(Quotetrace(dir, "disputes --db " + db + " --doc no-such-article").out.empty());
  const std::string table = Quotetrace(dir, "disputes --format table --db " + db).out;
  EXPECT_NE(table.find("contests “"), std::string::npos) << table;
  EXPECT_NE(table.find("as printed ("), std::string::npos) << table;
}

TEST(CliTest, QuotationsAndSpeakersAsCsv) {
  ScratchDir dir;
  const std::string db = dir / "q.db";
  Quotetrace(dir, "ingest -q --db " + db + " " + kSeedFiles);
  const size_t quotes = JsonLines(Quotetrace(dir, "quotes --db " + db).out).size();
  const Outcome csv = Quotetrace(dir, "quotes --format csv --db " + db);
  ASSERT_EQ(csv.code, 0) << csv.err;
  EXPECT_TRUE(csv.out.starts_with("doc,outlet,date,id,start,end,kind,speaker,"));
  const auto rows = [](const std::string& s) {
    size_t n = 0;
    for (size_t i = s.find("\r\n"); i != std::string::npos; i = s.find("\r\n", i + 2)) ++n;
    return n;
  };
  EXPECT_EQ(rows(csv.out), quotes + 1);  // a header, then a row per quotation
  const Outcome speakers = Quotetrace(dir, "speakers --format csv --db " + db);
  EXPECT_NE(speakers.out.find("\r\nMark Zuckerberg,"), std::string::npos) << speakers.out;
}

TEST(CliTest, StorySummaryNamesTheFirstReporterAndTheDispute) {
  ScratchDir dir;
  Outcome summary = Quotetrace(dir, "stories --summary " + kSeedFiles);
  ASSERT_EQ(summary.code, 0) << summary.err;
  EXPECT_EQ(std::count(summary.out.begin(), summary.out.end(), '\n'), 1) << summary.out;
  // 002 is dated 2024-09-09, 001 the day after, 000 undated: never first.
  EXPECT_NE(summary.out.find("\"first\":{\"doc\":\"002_b0b9580d89f10579\",\"date\":\"2024-09-09\""),
            std::string::npos)
      << summary.out;
  // The title is 002's opening words, past its " date …" header.
  const std::string article = ReadFile(kShared + "/seeds/002_b0b9580d89f10579.txt");
  const std::string opening = article.substr(article.find("2024-09-09 ") + 11, 24);
  EXPECT_NE(summary.out.find("\"title\":\"" + opening), std::string::npos) << summary.out;
  EXPECT_EQ(summary.out.find("\"disputes\":[]"), std::string::npos) << summary.out;
}

TEST(CliTest, StoriesOfChosenArticlesOrStories) {
  ScratchDir dir;
  const std::string db = dir / "q.db";
  Quotetrace(dir, "ingest -q --db " + db + " " QT_SOURCE_DIR "/examples/corpus");
  std::map<std::string, int64_t> story_of;
  for (const auto& line : JsonLines(Quotetrace(dir, "stories --db " + db).out))
    story_of[line["doc"]] = line["story"];
  const int64_t bridge = story_of.at("bridge-closes");
  const auto chosen = JsonLines(Quotetrace(dir, "stories --db " + db + " --doc bridge-closes").out);
  EXPECT_EQ(chosen.size(),
            static_cast<size_t>(std::count_if(story_of.begin(), story_of.end(),
                                              [&](const auto& s) { return s.second == bridge; })));
  for (const auto& line : chosen) EXPECT_EQ(line["story"], bridge);
  const auto by_id = JsonLines(
      Quotetrace(dir, "stories --summary --db " + db + " --story " + std::to_string(bridge)).out);
  ASSERT_EQ(by_id.size(), 1u);
  EXPECT_EQ(by_id[0]["articles"].size(), chosen.size());
}

TEST(CliTest, AnHtmlReportMarksTheCensoredWording) {
  ScratchDir dir;
  const std::string db = dir / "q.db";
  Quotetrace(dir, "ingest -q --db " + db + " " + kSeedFiles);
  Outcome html = Quotetrace(dir, "report --format html --top 20 --db " + db);
  ASSERT_EQ(html.code, 0) << html.err;
  EXPECT_TRUE(html.out.starts_with("<!doctype html>"));
  EXPECT_NE(html.out.find("<del>badass</del> <ins>b*****</ins>"), std::string::npos);
  EXPECT_NE(html.out.find("<h2>Disputes</h2>"), std::string::npos);
  EXPECT_EQ(html.out.find("<script"), std::string::npos);
  EXPECT_TRUE(html.out.ends_with("</body></html>\n"));
}

TEST(CliTest, SpeakersCountWhatQuotesPrints) {
  ScratchDir dir;
  const std::string db = dir / "q.db";
  Quotetrace(dir, "ingest -q --db " + db + " " QT_SOURCE_DIR "/examples/corpus");
  std::map<std::string, size_t>
      printed;  // speaker → attributed quotations, as `quotes` prints them
  std::map<std::string, size_t> in_ledger;
  for (const auto& q : JsonLines(Quotetrace(dir, "quotes --db " + db).out)) {
    if (q["speaker"].is_null() || (q["kind"] != "direct" && q["kind"] != "partial")) continue;
    ++printed[q["speaker"]];
    if (q["outlet"] == "Northern Ledger") ++in_ledger[q["speaker"]];
  }
  // Every printed speaker is counted once, alone or as a spelling of a person.
  const auto speakers = JsonLines(Quotetrace(dir, "speakers --db " + db).out);
  size_t spellings = 0;
  for (size_t i = 0; i < speakers.size(); ++i) {
    size_t quotes = 0;
    if (speakers[i]["printed_as"].empty()) {
      quotes = printed[speakers[i]["speaker"]];
      ++spellings;
    }
    for (const auto& spelling : speakers[i]["printed_as"]) {
      EXPECT_EQ(spelling["quotes"].get<size_t>(), printed[spelling["name"]]) << speakers[i];
      quotes += printed[spelling["name"]];
      ++spellings;
    }
    EXPECT_EQ(speakers[i]["quotes"].get<size_t>(), quotes) << speakers[i];
    if (i > 0) {
      EXPECT_GE(speakers[i - 1]["quotes"], speakers[i]["quotes"]);  // most quoted first
    }
  }
  EXPECT_EQ(spellings, printed.size());
  const auto ledger = JsonLines(Quotetrace(dir, "speakers --outlet ledger --db " + db).out);
  ASSERT_EQ(ledger.size(), in_ledger.size());
  for (const auto& s : ledger) {
    EXPECT_EQ(s["quotes"].get<size_t>(), in_ledger[s["speaker"]]);
    EXPECT_EQ(s["outlets"].size(), 1u);
  }
}

TEST(CliTest, ChainsRunFromSpeakerToOutlet) {
  ScratchDir dir;
  Outcome quotes = Quotetrace(dir, "quotes " + kShared + "/seeds/001_0fb97603af2d3694.txt");
  ASSERT_EQ(quotes.code, 0) << quotes.err;
  EXPECT_NE(quotes.out.find("\"chain\":[\"Mark Zuckerberg\",\"to Donald Trump\",\"reported by Business "
                            "Insider\",\"printed by Headline USA\"]"),
            std::string::npos)
      << quotes.out;
  EXPECT_NE(quotes.out.find("\"chain\":[\"Mark Zuckerberg\",\"Donald Trump\",\"printed by Headline USA\"]"),
            std::string::npos);
}

TEST(CliTest, ClustersDoNotDependOnBatches) {
  ScratchDir dir;
  const std::string a = kShared + "/seeds/000_2be0952cc00b8170.txt";
  const std::string b = kShared + "/seeds/001_0fb97603af2d3694.txt";
  const std::string c = kShared + "/seeds/002_b0b9580d89f10579.txt";
  const std::string corpus = QT_SOURCE_DIR "/examples/corpus";
  Quotetrace(dir, "ingest -q --db " + (dir / "all.db") + " " + a + " " + b + " " + c + " " + corpus);
  // Transactions of seven articles, too, change nothing.
  Quotetrace(dir, "ingest -q --batch-size 7 --db " + (dir / "batches.db") + " " + c + " " + corpus);
  Quotetrace(dir, "ingest -q --db " + (dir / "batches.db") + " " + b);
  Quotetrace(dir, "ingest -q --db " + (dir / "batches.db") + " " + a);
  const auto all = Partition(Quotetrace(dir, "quotes --db " + (dir / "all.db")).out);
  const auto batches = Partition(Quotetrace(dir, "quotes --db " + (dir / "batches.db")).out);
  EXPECT_GT(all.size(), 10u);
  EXPECT_EQ(all, batches);
}

// Stories: a later batch of later articles continues the saved state, and
// ends where one run over all of them ends.
TEST(CliTest, StoriesOfBatchesInDateOrderEqualOneRun) {
  ScratchDir dir;
  const char* kArticles[][3] = {
      {"b1", "2025-03-03T09:00:00Z", "Port Alder closes the Harbor Bridge after inspectors find cracked supports."},
      {"r1", "2025-03-03T11:00:00Z", "Riverton Rovers coach Ada Lindqvist resigns after eleven matches without a win."},
      {"b2", "2025-03-03T15:00:00Z", "Harbor Bridge in Port Alder shut over cracked supports, Mayor Okafor says."},
      {"r2", "2025-03-04T08:00:00Z", "Lindqvist quits as Rovers coach; the club chairman thanks her."},
      {"b3", "2025-03-04T12:00:00Z", "Dock workers want a ferry while the Harbor Bridge in Port Alder stays closed."},
      {"r3", "2025-03-05T10:00:00Z", "Rovers begin the search for a coach to replace Ada Lindqvist."},
      {"b4", "2025-03-05T16:00:00Z", "City Hall denies promising Port Alder dock workers a ferry over the Harbor Bridge closure."},
  };
  std::string early, late, all;
  for (size_t i = 0; i < std::size(kArticles); ++i) {
    const std::string line = std::string("{\"id\": \"") + kArticles[i][0] + "\", \"date\": \"" +
                             kArticles[i][1] + "\", \"text\": \"" + kArticles[i][2] + "\"}\n";
    (i < 3 ? early : late) += line;
    all += line;
  }
  WriteFile(dir / "early.jsonl", early);
  WriteFile(dir / "late.jsonl", late);
  WriteFile(dir / "all.jsonl", all);
  Quotetrace(dir, "ingest -q --db " + (dir / "one.db") + " " + (dir / "all.jsonl"));
  Quotetrace(dir, "ingest -q --db " + (dir / "two.db") + " " + (dir / "early.jsonl"));
  Quotetrace(dir, "ingest -q --db " + (dir / "two.db") + " " + (dir / "late.jsonl"));
  const auto stories = [&](const std::string& db) {
    std::map<std::string, std::set<std::string>> by_story;
    std::istringstream lines(Quotetrace(dir, "stories --db " + (dir / db)).out);
    for (std::string line; std::getline(lines, line);) {
      const size_t doc = line.find("\"doc\":\"") + 7;
      by_story[line.substr(line.find("\"story\""))].insert(line.substr(doc, line.find('"', doc) - doc));
    }
    std::set<std::set<std::string>> out;
    for (auto& [_, docs] : by_story) out.insert(docs);
    return out;
  };
  const auto one = stories("one.db");
  EXPECT_EQ(one, (std::set<std::set<std::string>>{{"b1", "b2", "b3", "b4"}, {"r1", "r2", "r3"}}));
  EXPECT_EQ(one, stories("two.db"));
}

}  // namespace

namespace {

// The example corpus prints one wire story under three mastheads: one copy
// group whose source is the earliest dated member, and a wire brief that
// lifts a paragraph. The seeds are three outlets' own articles: no copies,
// but the long quotations they share are passages.
TEST(CliTest, CopiesOfTheExampleCorpusAndPassagesOfTheSeeds) {
  ScratchDir dir;
  Outcome copies = Quotetrace(dir, "copies " QT_SOURCE_DIR "/examples/corpus " + kSeedFiles);
  ASSERT_EQ(copies.code, 0) << copies.err;
  std::istringstream lines(copies.out);
  int groups = 0, passages = 0, seed_passages = 0;
  for (std::string line; std::getline(lines, line);) {
    const auto j = nlohmann::json::parse(line);
    if (j["type"] == "copy_group") {
      ++groups;
      EXPECT_EQ(j["source"], "bridge-closes");
      EXPECT_EQ(j["articles"].size(), 3u);
    } else {
      ASSERT_EQ(j["type"], "passage");
      ++passages;
      const std::string a = j["a"], b = j["b"];
      if (a.starts_with("00") && b.starts_with("00")) ++seed_passages;
      const size_t a_len = j["a_end"].get<size_t>() - j["a_start"].get<size_t>();
      EXPECT_GE(a_len, 100u);
      EXPECT_EQ(j["text"].get<std::string>().size(), a_len);
    }
  }
  EXPECT_EQ(groups, 1);
  EXPECT_GE(seed_passages, 3);
  EXPECT_GT(passages, seed_passages);  // the wire's lifted denial in the example corpus
  Outcome table = Quotetrace(dir, "copies --format table " QT_SOURCE_DIR "/examples/corpus");
  EXPECT_NE(table.out.find("source   2025-03-03 The Alder Courier"), std::string::npos) << table.out;
  // One article's: its group and its passages, nothing else.
  const auto one =
      JsonLines(Quotetrace(dir, "copies --doc 001_0fb97603af2d3694 " + kSeedFiles).out);
  ASSERT_FALSE(one.empty());
  for (const auto& j : one) {
    ASSERT_EQ(j["type"], "passage");
    EXPECT_TRUE(j["a"] == "001_0fb97603af2d3694" || j["b"] == "001_0fb97603af2d3694") << j;
  }
  EXPECT_LT(one.size(), static_cast<size_t>(passages));
}

}  // namespace

namespace {

// `quotetrace serve` running as a child process on a free port.
class Server {
 public:
  Server(const std::string& db) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      execl(QT_BINARY, QT_BINARY, "serve", "-q", "--port", "0", "--db", db.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    // "quotetrace: serving DB at http://127.0.0.1:PORT/ (Ctrl-C stops)"
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    const size_t colon = line.rfind(':'), slash = line.rfind('/');
    if (colon != std::string::npos && slash > colon) {
      port_ = std::stoi(line.substr(colon + 1, slash - colon - 1));
    }
  }
  ~Server() {
    if (pid_ > 0 && !stopped_) Stop();
  }
  int port() const { return port_; }

  // SIGTERM; the exit code.
  int Stop() {
    stopped_ = true;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  bool stopped_ = false;
};

TEST(CliTest, ServeAnswersTheApiAndThePageUntilStopped) {
  ScratchDir dir;
  const std::string db = dir / "q.db";
  Quotetrace(dir, "ingest -q --db " + db + " " + kSeedFiles);
  Server server(db);
  ASSERT_GT(server.port(), 0);
  httplib::Client client("127.0.0.1", server.port());

  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<title>quotetrace</title>"), std::string::npos);

  // The API prints what the command line prints.
  auto quotes = client.Get("/api/quotes?says=no+way&kind=partial");
  ASSERT_TRUE(quotes);
  EXPECT_EQ(quotes->status, 200);
  EXPECT_EQ(quotes->get_header_value("Content-Type"), "application/json; charset=utf-8");
  const nlohmann::json answer = nlohmann::json::parse(quotes->body);
  const Outcome cli = Quotetrace(dir, "quotes --db " + db + " --says 'no way' --kind partial");
  const std::vector<nlohmann::json> lines = JsonLines(cli.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(answer["quotes"], nlohmann::json(lines));

  auto missing = client.Get("/api/articles/no-such-article");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  auto post = client.Post("/api/quotes", "", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 404);
  EXPECT_NE(post->body.find("\"error\""), std::string::npos);

  // A second server on the port fails (under a timeout: were it to serve
  // as well, it would run until stopped).
  const std::string second = std::string("timeout 20 ") + QT_BINARY + " serve --port " +
                             std::to_string(server.port()) + " --db " + db + " 2>" +
                             (dir / "busy.err") + " >/dev/null";
  EXPECT_EQ(WEXITSTATUS(std::system(second.c_str())), 3);
  const std::string busy = ReadFile(dir / "busy.err");
  EXPECT_NE(busy.find("cannot listen on 127.0.0.1:"), std::string::npos) << busy;

  EXPECT_EQ(server.Stop(), 0);
}

TEST(CliTest, ServeRefusesAMissingDatabase) {
  ScratchDir dir;
  const Outcome r = Quotetrace(dir, "serve --port 0 --db " + (dir / "typo.db"));
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("no such database"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "typo.db"));
}

}  // namespace
