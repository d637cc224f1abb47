// The set-up the store tests share: a database in a scratch directory with
// its article store open.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>

#include "store/article_store.h"
#include "store/database.h"
#include "test_util.h"

namespace qt::store {

class DatabaseFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Database::Open(dir_ / "t.db", &db_).ok());
    ASSERT_TRUE(ArticleStore::Open(db_.get(), &articles_).ok());
  }
  // Stores a one-sentence article; returns its row.
  int64_t PutArticle(const std::string& id) {
    PutResult result;
    EXPECT_TRUE(articles_->Put({.id = id, .text = "The harbor closes."}, 0, &result).ok());
    return result.seq;
  }

  qt::testing::ScratchDir dir_;
  std::unique_ptr<Database> db_;
  std::unique_ptr<ArticleStore> articles_;
};

}  // namespace qt::store
