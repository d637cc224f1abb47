#include "store/copy_store.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "database_fixture.h"
#include "match/posting_table.h"

namespace qt::store {
namespace {

class CopyStoreTest : public DatabaseFixture {
 protected:
  void SetUp() override {
    DatabaseFixture::SetUp();
    ASSERT_TRUE(CopyStore::Open(db_.get(), &copies_).ok());
    seq_ = PutArticle("a");
  }
  // Each stored row's anchor tags, as an index rebuild reads them.
  std::vector<std::vector<uint32_t>> StoredTags() {
    std::vector<std::vector<uint32_t>> out;
    const auto collect = [&](int64_t, const match::Signature&, const std::vector<uint32_t>& tags) {
      out.push_back(tags);
    };
    EXPECT_TRUE(copies_->ForEachSignature(collect).ok());
    return out;
  }
  std::unique_ptr<CopyStore> copies_;
  int64_t seq_ = 0;
};

TEST_F(CopyStoreTest, AnchorTagsReadBackAsStored) {
  ASSERT_TRUE(copies_->PutSignature(seq_, 40, match::Signature{}, {9, 4, 4000000000u}).ok());
  EXPECT_EQ(StoredTags(), (std::vector<std::vector<uint32_t>>{{9, 4, 4000000000u}}));
}

// A database written before schema 8 holds 64-bit anchors and no tags: the
// index rebuilt from it holds what it held before.
TEST_F(CopyStoreTest, AnchorsStoredBeforeTheTagsAreTaggedWhenRead) {
  ASSERT_TRUE(copies_->PutSignature(seq_, 40, match::Signature{}, {}).ok());
  const std::vector<uint64_t> anchors = {17, 1ull << 40, 0xfedcba9876543210ull};
  Statement legacy;
  ASSERT_TRUE(legacy
                  .Prepare(*db_, "UPDATE article_signatures SET anchors = ?1, anchor_tags = NULL "
                                 "WHERE seq = ?2")
                  .ok());
  legacy.BindBlob(1, anchors.data(), anchors.size() * sizeof(uint64_t));
  legacy.Bind(2, seq_);
  ASSERT_TRUE(legacy.Run().ok());
  std::vector<uint32_t> expected;
  for (uint64_t a : anchors) expected.push_back(match::PostingTable::TagOf(a));
  EXPECT_EQ(StoredTags(), (std::vector<std::vector<uint32_t>>{expected}));
}

}  // namespace
}  // namespace qt::store
