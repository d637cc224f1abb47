#include "serve/api.h"

#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "ingest_util.h"
#include "test_util.h"

namespace qt::serve {
namespace {

using nlohmann::json;
using qt::testing::ScratchDir;
using qt::testing::WriteFile;

// Two outlets print Okafor's promise; one article has a name with bytes
// beyond ASCII and a nested quotation.
constexpr const char* kArticles =
    R"({"id": "ferry-1", "outlet": "Alder Courier", "date": "2025-03-03", "title": "Ferry promised", "text": "Mayor Lena Okafor said on Monday that the town would run a ferry. \u201cWe will find you a ferry by Friday,\u201d Okafor said. \u201cNo one will be left on the wrong side of the river,\u201d she added."})"
    "\n"
    R"({"id": "ferry-2", "outlet": "Northern Ledger", "date": "2025-03-04", "text": "The mayor of Port Alder, Lena Okafor, spoke to residents on Tuesday. \u201cWe will find you a ferry by Friday,\u201d Okafor told them."})"
    "\n"
    R"({"id": "caf\u00e9", "outlet": "Northern Ledger", "date": "2025-03-05", "text": "Tom\u00e1s Reyes, who runs the caf\u00e9 by the bridge, was doubtful. \u201cShe told us, \u2018The ferry will come,\u2019 and we are still waiting,\u201d Reyes said."})"
    "\n";

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_ / "in.jsonl", kArticles);
    std::unique_ptr<store::Database> db;
    ASSERT_TRUE(store::Database::Open(dir_ / "t.db", &db).ok());
    std::string errors;
    ASSERT_EQ(qt::testing::IngestFiles(*db, {dir_ / "in.jsonl"}, &errors).added, 3u) << errors;
    api_ = std::make_unique<Api>(dir_ / "t.db");
  }

  // The answer to GET `path` with `params`; its status in `*status`.
  json Get(const std::string& path, std::multimap<std::string, std::string> params = {},
           int* status = nullptr) {
    const ApiResponse r = api_->Get({path, std::move(params)});
    if (status != nullptr) *status = r.status;
    return json::parse(r.body);
  }

  ScratchDir dir_;
  std::unique_ptr<Api> api_;
};

TEST_F(ApiTest, SummaryCountsTheCorpus) {
  const json s = Get("/api/summary");
  EXPECT_EQ(s["articles"], 3);
  EXPECT_EQ(s["outlets"].size(), 2u);
  EXPECT_EQ(s["first"], "2025-03-03");
  EXPECT_GE(s["quotations"]["direct"].get<int>(), 4);
}

TEST_F(ApiTest, QuotesAreFilteredAndPaged) {
  const json okafor = Get("/api/quotes", {{"speaker", "okafor"}, {"says", "ferry"}});
  ASSERT_EQ(okafor["quotes"].size(), 2u);
  for (const json& q : okafor["quotes"]) EXPECT_EQ(q["speaker"], "Lena Okafor");
  EXPECT_EQ(okafor["more"], false);

  const json first = Get("/api/quotes", {{"limit", "1"}});
  ASSERT_EQ(first["quotes"].size(), 1u);
  EXPECT_EQ(first["more"], true);
  const json second = Get("/api/quotes", {{"limit", "1"}, {"offset", "1"}});
  ASSERT_EQ(second["quotes"].size(), 1u);
  EXPECT_NE(second["quotes"][0]["id"], first["quotes"][0]["id"]);
  EXPECT_EQ(second["offset"], 1);

  const json ledger = Get("/api/quotes", {{"outlet", "ledger"}, {"since", "2025-03-05"}});
  for (const json& q : ledger["quotes"]) EXPECT_EQ(q["doc"], "café");
  EXPECT_FALSE(ledger["quotes"].empty());
}

TEST_F(ApiTest, QuotesAsCsvForASpreadsheet) {
  const ApiResponse r = api_->Get({"/api/quotes", {{"outlet", "ledger"}, {"format", "csv"}}});
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.csv);
  EXPECT_TRUE(r.body.starts_with("doc,outlet,date,id,"));
  size_t rows = 0;
  for (size_t i = r.body.find("\r\n"); i != std::string::npos; i = r.body.find("\r\n", i + 2)) {
    ++rows;
  }
  EXPECT_EQ(rows, Get("/api/quotes", {{"outlet", "ledger"}})["quotes"].size() + 1);
  int status = 0;
  Get("/api/quotes", {{"format", "xml"}}, &status);
  EXPECT_EQ(status, 400);
}

TEST_F(ApiTest, ArticleHasItsTextAndQuotationsByByteOffsets) {
  const json a = Get("/api/articles/café");
  EXPECT_EQ(a["outlet"], "Northern Ledger");
  const std::string text = a["text"];
  ASSERT_EQ(a["quotes"].size(), 2u);  // Reyes's, and the one nested in it
  for (const json& q : a["quotes"]) {
    const size_t start = q["start"], end = q["end"];
    EXPECT_EQ(text.substr(start, end - start), q["text"].get<std::string>());
  }
  EXPECT_EQ(a["quotes"][1]["nested_in"], a["quotes"][0]["id"]);
}

TEST_F(ApiTest, ClustersStoriesSpeakersAndCopiesAnswer) {
  const json clusters = Get("/api/clusters");
  ASSERT_EQ(clusters["clusters"].size(), 1u);
  EXPECT_EQ(clusters["clusters"][0]["articles"], 2);
  EXPECT_EQ(clusters["clusters"][0]["first"]["doc"], "ferry-1");
  EXPECT_TRUE(Get("/api/clusters", {{"says", "wrong side"}})["clusters"].empty());

  const json stories = Get("/api/stories", {{"doc", "ferry-2"}});
  ASSERT_EQ(stories["stories"].size(), 1u);
  const json& articles = stories["stories"][0]["articles"];
  EXPECT_NE(std::find(articles.begin(), articles.end(), "ferry-2"), articles.end());
  const json& timeline = stories["stories"][0]["timeline"];
  ASSERT_EQ(timeline.size(), articles.size());
  EXPECT_EQ(timeline[0]["doc"], articles[0]);
  EXPECT_EQ(timeline[0]["title"], "Ferry promised");  // ferry-1, the first
  EXPECT_EQ(timeline[0]["outlet"], "Alder Courier");

  const json speakers = Get("/api/speakers", {{"top", "1"}});
  ASSERT_EQ(speakers["speakers"].size(), 1u);
  EXPECT_EQ(speakers["speakers"][0]["speaker"], "Lena Okafor");

  EXPECT_TRUE(Get("/api/disputes")["disputes"].is_array());

  const json copies = Get("/api/copies");
  EXPECT_TRUE(copies["copy_groups"].is_array());
  EXPECT_TRUE(copies["passages"].is_array());
}

// Answers, the stories and the names of roles are kept between requests,
// until the database changes.
TEST_F(ApiTest, AnswersFollowTheDatabaseAsItGrows) {
  EXPECT_TRUE(Get("/api/stories", {{"doc", "late"}})["stories"].empty());
  EXPECT_EQ(Get("/api/summary")["articles"], 3);
  EXPECT_TRUE(Get("/api/quotes", {{"doc", "late"}})["quotes"].empty());
  WriteFile(
      dir_ / "late.jsonl",
      R"({"id": "late", "outlet": "Alder Courier", "date": "2025-03-06", "text": "Mayor Lena Okafor said the ferry to Port Alder would sail on Friday. \u201cI keep my word,\u201d she said."})"
      "\n");
  std::unique_ptr<store::Database> db;
  ASSERT_TRUE(store::Database::Open(dir_ / "t.db", &db).ok());
  qt::testing::IngestFiles(*db, {dir_ / "late.jsonl"});
  EXPECT_EQ(Get("/api/stories", {{"doc", "late"}})["stories"].size(), 1u);
  EXPECT_EQ(Get("/api/summary")["articles"], 4);
  EXPECT_EQ(Get("/api/quotes", {{"doc", "late"}})["quotes"].size(), 1u);
}

// Requests run side by side while an ingest writes: every answer is whole,
// and those after the ingest see it.
TEST_F(ApiTest, RequestsRunWhileAnIngestWrites) {
  std::string batch;
  for (int i = 0; i < 40; ++i) {
    batch +=
        R"({"id": "more-)" + std::to_string(i) +
        R"(", "outlet": "Ledger", "date": "2025-03-07", "text": "Lena Okafor said the ferry would sail. \u201cWe sail at nine,\u201d she said."})"
        "\n";
  }
  WriteFile(dir_ / "more.jsonl", batch);
  std::atomic<bool> done{false};
  std::atomic<int> failures{0};
  std::vector<std::thread> readers;
  for (const char* path : {"/api/quotes", "/api/stories", "/api/summary", "/api/disputes"}) {
    readers.emplace_back([&, path] {
      while (!done) {
        const ApiResponse r = api_->Get({path, {}});
        if (r.status != 200 || !json::accept(r.body)) ++failures;
      }
    });
  }
  {
    std::unique_ptr<store::Database> db;
    ASSERT_TRUE(store::Database::Open(dir_ / "t.db", &db).ok());
    std::ostringstream errors;
    pipeline::IngestOptions options;
    options.batch_size = 5;
    options.errors = &errors;
    pipeline::IngestCounts counts;
    EXPECT_TRUE(pipeline::RunIngest(*db, {dir_ / "more.jsonl"}, options, &counts).ok());
  }
  done = true;
  for (std::thread& t : readers) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(Get("/api/summary")["articles"], 43);
}

TEST_F(ApiTest, WarmThenInterruptedAnswersNoMore) {
  api_->Warm();
  EXPECT_EQ(Get("/api/speakers", {{"top", "1"}})["speakers"].size(), 1u);
  api_->Interrupt();
  int status = 0;
  const json e = Get("/api/speakers", {{"top", "2"}}, &status);
  EXPECT_EQ(status, 500);
  EXPECT_EQ(e["error"], "the server is stopping");
}

TEST_F(ApiTest, BadRequestsSayWhatIsWrong) {
  struct Bad {
    std::string path;
    std::multimap<std::string, std::string> params;
    int status;
    std::string error;  // "": any
  };
  const Bad bad[] = {
      {"/api/quotes", {{"spaeker", "okafor"}}, 400, "unknown parameter \"spaeker\""},
      {"/api/quotes", {{"since", "someday"}}, 400, "since \"someday\" is not a date"},
      {"/api/quotes", {{"says", "..."}}, 400, ""},
      {"/api/quotes", {{"limit", "ten"}}, 400, "limit \"ten\" is not a number"},
      {"/api/quotes", {{"kind", "speech"}}, 400, ""},
      {"/api/quotes", {{"says", "ferry"}, {"says", "river"}}, 400, "says is given more than once"},
      {"/api/stories", {{"story", "first"}}, 400, ""},
      {"/api/disputes", {{"stroy", "1"}}, 400, ""},
      {"/api/articles/nowhere", {}, 404, "no article \"nowhere\""},
      {"/api/quotations", {}, 404, ""},
      // "%FF%FE" in a URL: bytes that are no text (they were read past the
      // end of the value before).
      {"/api/quotes", {{"says", "ferry \xFF\xFE"}}, 400, "a parameter is not UTF-8 text"},
      {"/api/clusters", {{"speaker", "\xC3"}}, 400, "a parameter is not UTF-8 text"},
      {"/api/articles/caf\xE9", {}, 400, "the path is not UTF-8 text"},
  };
  for (const Bad& b : bad) {
    int status = 0;
    const json e = Get(b.path, b.params, &status);
    EXPECT_EQ(status, b.status) << b.path;
    if (!b.error.empty()) {
      EXPECT_EQ(e["error"], b.error) << b.path;
    }
  }
}

}  // namespace
}  // namespace qt::serve
