#include "store/quote_store.h"

#include <gtest/gtest.h>

#include "database_fixture.h"

namespace qt::store {
namespace {

class QuoteStoreTest : public DatabaseFixture {
 protected:
  void SetUp() override {
    DatabaseFixture::SetUp();
    ASSERT_TRUE(QuoteStore::Open(db_.get(), &quotes_).ok());
  }
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
