#include "store/quote_store.h"

#include <gtest/gtest.h>

#include "store/article_store.h"
#include "test_util.h"

namespace qt::store {
namespace {

class QuoteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Database::Open(dir_ / "t.db", &db_).ok());
    ASSERT_TRUE(ArticleStore::Open(db_.get(), &articles_).ok());
    ASSERT_TRUE(QuoteStore::Open(db_.get(), &quotes_).ok());
  }
  int64_t PutArticle(const std::string& id) {
    PutResult result;
    EXPECT_TRUE(articles_->Put({.id = id, .text = "The harbor closes."}, 0, &result).ok());
    return result.seq;
  }
  qt::testing::ScratchDir dir_;
  std::unique_ptr<Database> db_;
  std::unique_ptr<ArticleStore> articles_;
  std::unique_ptr<QuoteStore> quotes_;
};

TEST_F(QuoteStoreTest, RemoveSaysHowManyQuotationsAnArticleHad) {
  const int64_t seq = PutArticle("a");
  quotes::Quote q{.id = "a#1", .text = "We will reopen the harbor", .kind = "direct"};
  const int64_t first = quotes_->next_qid();
  ASSERT_TRUE(quotes_->Insert(seq, {q, q}, {"we will reopen the harbor", "we will reopen"},
                              {first, first})
                  .ok());
  StoredVariant v;
  ASSERT_TRUE(quotes_->Variant(first + 1, &v).ok());
  EXPECT_EQ(v.qid, first + 1);
  EXPECT_EQ(v.words, "we will reopen");

  size_t removed = 0;
  ASSERT_TRUE(quotes_->Remove(seq, &removed).ok());
  EXPECT_EQ(removed, 2u);
  ASSERT_TRUE(quotes_->Variant(first + 1, &v).ok());
  EXPECT_EQ(v.qid, 0);  // gone: a caller that kept it must forget it
  ASSERT_TRUE(quotes_->Remove(seq, &removed).ok());
  EXPECT_EQ(removed, 0u);
}

}  // namespace
}  // namespace qt::store
