#include "store/copy_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "database_fixture.h"
#include "match/posting_table.h"
#include "store/schema.h"

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

// A row that prints a paragraph twice shares two passages with a row that
// prints it once, and both start at the same byte of that row.
TEST_F(CopyStoreTest, PassagesStartingAtOneByteOfARowAreKeptApart) {
  const int64_t twice = PutArticle("twice");
  ASSERT_TRUE(copies_->AddPassage({seq_, 0, 90, twice, 0, 90}).ok());
  ASSERT_TRUE(copies_->AddPassage({seq_, 0, 90, twice, 400, 490}).ok());
  ASSERT_TRUE(copies_->AddPassage({seq_, 0, 90, twice, 400, 490}).ok());  // again: no new row
  std::vector<int64_t> b_starts;
  ASSERT_TRUE(
      copies_->ForEachPassage([&](const PassageRecord& p) { b_starts.push_back(p.span.b_start); })
          .ok());
  EXPECT_EQ(b_starts, (std::vector<int64_t>{0, 400}));
}

// Two rows that shared a passage join one group when a copy of both comes:
// the passage is not read, as it would not have been looked for had the
// copy come first.
TEST_F(CopyStoreTest, APassageWithinOneCopyGroupIsNotRead) {
  const int64_t b = PutArticle("b"), copy = PutArticle("copy");
  ASSERT_TRUE(copies_->AddPassage({seq_, 0, 90, b, 10, 100}).ok());
  const auto passages = [&] {
    size_t n = 0;
    EXPECT_TRUE(copies_->ForEachPassage([&](const PassageRecord&) { ++n; }).ok());
    return n;
  };
  EXPECT_EQ(passages(), 1u);
  int64_t merged = 0;
  ASSERT_TRUE(copies_->Join(copy, {seq_, b}, &merged).ok());
  EXPECT_EQ(merged, seq_);
  EXPECT_EQ(passages(), 0u);
}

// A database of schema 12 keyed passages by where they start in `a` only;
// opened now, it keeps them under the new key.
TEST(CopyStoreMigrationTest, PassagesOfSchema12AreKept) {
  qt::testing::ScratchDir dir;
  const std::string path = dir / "old.db";
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
  for (size_t v = 0; v < 12; ++v) {
    ASSERT_EQ(sqlite3_exec(raw, kMigrations[v], nullptr, nullptr, nullptr), SQLITE_OK) << v;
  }
  ASSERT_EQ(sqlite3_exec(
                raw, "PRAGMA user_version = 12; INSERT INTO passages VALUES (1, 0, 90, 2, 5, 95)",
                nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(raw);
  std::unique_ptr<Database> db;
  ASSERT_TRUE(Database::Open(path, &db).ok());
  Statement q;
  ASSERT_TRUE(q.Prepare(*db,
                        "SELECT (SELECT group_concat(b_start) FROM passages), "
                        "(SELECT user_version FROM pragma_user_version)")
                  .ok());
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.Text(0), "5");
  EXPECT_EQ(q.Int(1), static_cast<int64_t>(std::size(kMigrations)));
}

}  // namespace
}  // namespace qt::store
