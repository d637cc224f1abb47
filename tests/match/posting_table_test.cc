// The posting table: lookups, the cap, growth, and saving, with and without
// frozen postings under the ones in memory.
#include "match/posting_table.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "base/binary_file.h"
#include "base/mapped_file.h"
#include "test_util.h"

namespace qt::match {
namespace {

TEST(PostingTableTest, FindsRowsAndCapsBoilerplateKeys) {
  PostingTable table(3);
  for (uint32_t row = 1; row <= 5000; ++row) table.Add(row * 7919ULL, row);
  for (uint32_t row = 1; row <= 10; ++row) table.Add(42, row);
  std::vector<uint32_t> rows;
  bool full = false;
  table.Find(7919ULL * 1234, &rows, &full);
  EXPECT_EQ(rows, std::vector<uint32_t>{1234});
  EXPECT_FALSE(full);
  table.Find(42, &rows, &full);
  EXPECT_EQ(rows.size(), 3u);
  EXPECT_TRUE(full);
  table.Find(99, &rows, &full);
  EXPECT_TRUE(rows.empty());
}

using Expected = std::map<uint64_t, std::vector<uint32_t>>;

// The cap of the tables checked against a reference map.
constexpr size_t kCap = 64;

// Adds rows [first, last] under random keys, one posting in four under one
// of 40 heavy keys, to the table and to a reference map capped alike.
void AddRows(uint32_t first, uint32_t last, std::mt19937_64* random, PostingTable* table,
             Expected* expected) {
  for (uint32_t row = first; row <= last; ++row) {
    const uint64_t key = (*random)() % 4 == 0 ? (*random)() % 40 : (*random)() % 5000 + 1000;
    table->Add(key, row);
    if ((*expected)[key].size() < kCap) (*expected)[key].push_back(row);
  }
}

void ExpectSame(const PostingTable& table, const Expected& expected) {
  std::vector<uint32_t> rows;
  bool full = false;
  size_t postings = 0;
  for (const auto& [key, want] : expected) {
    table.Find(key, &rows, &full);
    ASSERT_EQ(rows, want) << "key " << key;
    EXPECT_EQ(full, want.size() == kCap);
    postings += want.size();
  }
  EXPECT_EQ(table.postings(), postings);
}

// Saves `table` into `dir`, its postings frozen or not, and loads it back
// into *loaded with the frozen file there, if any.
void SaveAndLoad(const PostingTable& table, const qt::testing::ScratchDir& dir, bool freeze,
                 std::unique_ptr<PostingTable>* loaded) {
  BinaryWriter out(dir / "table");
  if (freeze) {
    BinaryWriter frozen(dir / "frozen");
    table.Save(&out, &frozen);
    ASSERT_TRUE(frozen.Commit().ok());
  } else {
    table.Save(&out, nullptr);
  }
  ASSERT_TRUE(out.Commit().ok());
  // No frozen file: nothing was ever frozen.
  std::shared_ptr<const MappedFile> file;
  std::unique_ptr<MappedReader> frozen;
  if (MappedFile::Open(dir / "frozen", &file).ok()) frozen = std::make_unique<MappedReader>(file);
  BinaryReader in(dir / "table");
  auto next = std::make_unique<PostingTable>(kCap);
  ASSERT_TRUE(next->Load(&in, frozen.get()));
  *loaded = std::move(next);
}

// Against a reference map: many keys, a few with hundreds of postings,
// through every growth of the table and a save and load. A key's rows come
// back in the order they were added, capped.
// A table checked against a reference map, with a folder for its files.
class PostingTableAgainstMap : public ::testing::Test {
 protected:
  qt::testing::ScratchDir dir;
  PostingTable table{kCap};
  Expected expected;
};

TEST_F(PostingTableAgainstMap, KeepsEachKeysRowsInOrderThroughGrowth) {
  std::mt19937_64 random(7);
  AddRows(1, 200000, &random, &table, &expected);
  std::unique_ptr<PostingTable> loaded;
  SaveAndLoad(table, dir, /*freeze=*/false, &loaded);
  ExpectSame(table, expected);
  ExpectSame(*loaded, expected);
}

// Tags crowded near the top of the tag space land on the last homes: their
// run fills the spill area, the table grows until it spreads them, and
// each tag's rows stay in order.
TEST(PostingTableTest, PostingsCrowdedAtTheLastHomesGrowTheTableInOrder) {
  PostingTable table(kCap);
  std::map<uint32_t, std::vector<uint32_t>> expected;
  for (uint32_t row = 1; row <= 12000; ++row) {
    const uint32_t tag = 0xFC000000u + (row % 5000) * 8191u;
    table.AddTag(tag, row);
    expected[tag].push_back(row);
  }
  std::vector<uint32_t> rows;
  bool full = false;
  for (const auto& [tag, want] : expected) {
    table.FindTag(tag, &rows, &full);
    ASSERT_EQ(rows, want) << "tag " << tag;
  }
  EXPECT_EQ(table.postings(), 12000u);
}

// Frozen postings under the ones added since: a key's rows come back frozen
// first, the cap counts both, and saving the new ones alone or freezing
// everything again both read back the same.
TEST_F(PostingTableAgainstMap, FrozenPostingsComeFirstThroughSavesAndFreezes) {
  std::mt19937_64 random(11);
  AddRows(1, 60000, &random, &table, &expected);
  std::unique_ptr<PostingTable> first, second, third;
  SaveAndLoad(table, dir, /*freeze=*/true, &first);
  ExpectSame(*first, expected);
  EXPECT_EQ(first->frozen_postings(), first->postings());
  AddRows(60001, 80000, &random, first.get(), &expected);
  ExpectSame(*first, expected);
  SaveAndLoad(*first, dir, /*freeze=*/false, &second);  // the frozen file as it was
  ExpectSame(*second, expected);
  EXPECT_LT(second->frozen_postings(), second->postings());
  AddRows(80001, 100000, &random, second.get(), &expected);
  SaveAndLoad(*second, dir, /*freeze=*/true, &third);
  ExpectSame(*third, expected);
  EXPECT_EQ(third->frozen_postings(), third->postings());
}

TEST(PostingTableTest, ReadsBackWhatItSaved) {
  qt::testing::ScratchDir dir;
  PostingTable table(3);
  for (uint32_t row = 1; row <= 5000; ++row) table.Add(row * 7919ULL, row);
  BinaryWriter out(dir / "table");
  table.Save(&out, nullptr);
  ASSERT_TRUE(out.Commit().ok());
  BinaryReader in(dir / "table");
  PostingTable loaded(3);
  ASSERT_TRUE(loaded.Load(&in, nullptr));
  EXPECT_EQ(loaded.postings(), 5000u);
  std::vector<uint32_t> rows;
  bool full = false;
  loaded.Find(7919ULL * 1234, &rows, &full);
  EXPECT_EQ(rows, std::vector<uint32_t>{1234});
  BinaryReader again(dir / "table");
  PostingTable other_cap(4);  // saved with another cap: not read
  EXPECT_FALSE(other_cap.Load(&again, nullptr));
  EXPECT_EQ(other_cap.postings(), 0u);
  BinaryReader missing(dir / "none");
  EXPECT_FALSE(missing.ok());
  EXPECT_FALSE(loaded.Load(&missing, nullptr));
}

// Frozen postings cut short are not read; nor is a table after them.
TEST(PostingTableTest, FrozenPostingsCutShortAreNotRead) {
  qt::testing::ScratchDir dir;
  PostingTable table(3);
  for (uint32_t row = 1; row <= 5000; ++row) table.Add(row * 7919ULL, row);
  BinaryWriter out(dir / "table"), frozen(dir / "frozen");
  table.Save(&out, &frozen);
  ASSERT_TRUE(out.Commit().ok() && frozen.Commit().ok());
  std::string bytes = qt::testing::ReadFile(dir / "frozen");
  bytes.resize(bytes.size() - 8);
  qt::testing::WriteFile(dir / "frozen", bytes);
  std::shared_ptr<const MappedFile> file;
  ASSERT_TRUE(MappedFile::Open(dir / "frozen", &file).ok());
  MappedReader short_frozen(file);
  BinaryReader in(dir / "table");
  PostingTable loaded(3);
  EXPECT_FALSE(loaded.Load(&in, &short_frozen));
  EXPECT_EQ(loaded.postings(), 0u);
  std::shared_ptr<const MappedFile> none;
  EXPECT_FALSE(MappedFile::Open(dir / "none", &none).ok());
}

}  // namespace
}  // namespace qt::match
