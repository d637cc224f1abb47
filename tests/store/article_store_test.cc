#include "store/article_store.h"

#include <gtest/gtest.h>

#include "database_fixture.h"

namespace qt::store {
namespace {

class ArticleStoreTest : public DatabaseFixture {
 protected:
  PutOutcome Put(const ingest::Article& a, int* revision) {
    PutResult result;
    EXPECT_TRUE(articles_->Put(a, 0, &result).ok());
    *revision = result.revision;
    return result.outcome;
  }
};

TEST_F(ArticleStoreTest, SameArticleTwiceIsStoredOnce) {
  ingest::Article a{.id = "x", .text = "Text.", .date = "2024-01-02", .outlet = "Ledger"};
  int revision = 0;
  EXPECT_EQ(Put(a, &revision), PutOutcome::kAdded);
  EXPECT_EQ(revision, 1);
  EXPECT_EQ(Put(a, &revision), PutOutcome::kUnchanged);
  CorpusStats stats;
  ASSERT_TRUE(articles_->Stats(&stats).ok());
  EXPECT_EQ(stats.articles, 1);
  EXPECT_EQ(stats.revisions, 1);
}

TEST_F(ArticleStoreTest, ChangedTextIsANewRevisionAndTheLatestIsCurrent) {
  int revision = 0;
  Put({.id = "x", .text = "First text."}, &revision);
  EXPECT_EQ(Put({.id = "x", .text = "Corrected text."}, &revision), PutOutcome::kRevised);
  EXPECT_EQ(revision, 2);
  EXPECT_EQ(Put({.id = "x", .text = "Corrected text."}, &revision), PutOutcome::kUnchanged);
  std::vector<StoredArticle> rows;
  ASSERT_TRUE(articles_->ForEach([&](const StoredArticle& a) {
                      rows.push_back(a);
                      return true;
                    }).ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].revision, 2);
  EXPECT_EQ(rows[0].article.text, "Corrected text.");
}

TEST_F(ArticleStoreTest, HeadersCarryTheOpeningOfUntitledTextsOnly) {
  int revision = 0;
  Put({.id = "titled", .text = "Body of a titled article.", .title = "A title"}, &revision);
  Put({.id = "untitled", .text = std::string(700, 'x')}, &revision);
  std::vector<StoredArticle> rows;
  ASSERT_TRUE(articles_
                  ->ForEachHeader([&](const StoredArticle& a) {
                    rows.push_back(a);
                    return true;
                  })
                  .ok());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].article.title, "A title");
  EXPECT_EQ(rows[0].article.text, "");
  EXPECT_EQ(rows[1].article.text, std::string(600, 'x'));
}

TEST_F(ArticleStoreTest, FindReadsTheCurrentRevisionById) {
  int revision = 0;
  Put({.id = "x", .text = "First text.", .outlet = "Ledger"}, &revision);
  Put({.id = "x", .text = "Corrected text.", .outlet = "Ledger"}, &revision);
  Put({.id = "y", .text = "Another text."}, &revision);
  StoredArticle found;
  bool exists = false;
  ASSERT_TRUE(articles_->Find("x", &found, &exists).ok());
  ASSERT_TRUE(exists);
  EXPECT_EQ(found.revision, 2);
  EXPECT_EQ(found.article.text, "Corrected text.");
  EXPECT_EQ(found.article.outlet, "Ledger");
  ASSERT_TRUE(articles_->Find("z", &found, &exists).ok());
  EXPECT_FALSE(exists);
  EXPECT_EQ(found.article.id, "x");  // untouched
}

TEST_F(ArticleStoreTest, StatsCountOutletsAndDates) {
  int revision = 0;
  Put({.id = "a", .text = "1", .date = "2024-01-02", .outlet = "Ledger"}, &revision);
  Put({.id = "b", .text = "2", .date = "2024-01-05", .outlet = "Ledger"}, &revision);
  Put({.id = "c", .text = "3", .outlet = "Post"}, &revision);
  CorpusStats stats;
  ASSERT_TRUE(articles_->Stats(&stats).ok());
  EXPECT_EQ(stats.articles, 3);
  EXPECT_EQ(stats.dated, 2);
  EXPECT_EQ(stats.first_date, "2024-01-02");
  EXPECT_EQ(stats.last_date, "2024-01-05");
  ASSERT_EQ(stats.outlets.size(), 2u);
  EXPECT_EQ(stats.outlets[0].outlet, "Ledger");
  EXPECT_EQ(stats.outlets[0].articles, 2);
}

TEST(DatabaseTest, ReopeningKeepsDataAndSchema) {
  qt::testing::ScratchDir dir;
  {
    std::unique_ptr<Database> db;
    ASSERT_TRUE(Database::Open(dir / "t.db", &db).ok());
    std::unique_ptr<ArticleStore> store;
    ASSERT_TRUE(ArticleStore::Open(db.get(), &store).ok());
    PutResult result;
    ASSERT_TRUE(store->Put({.id = "k", .text = "kept"}, 0, &result).ok());
  }
  std::unique_ptr<Database> db;
  ASSERT_TRUE(Database::Open(dir / "t.db", &db).ok());
  std::unique_ptr<ArticleStore> store;
  ASSERT_TRUE(ArticleStore::Open(db.get(), &store).ok());
  CorpusStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.articles, 1);
}

TEST(DatabaseTest, NotADatabaseIsAClearError) {
  qt::testing::ScratchDir dir;
  qt::testing::WriteFile(dir / "junk.db", std::string(4096, 'j'));
  std::unique_ptr<Database> db;
  Status s = Database::Open(dir / "junk.db", &db);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("junk.db"), std::string::npos);
}

}  // namespace
}  // namespace qt::store
