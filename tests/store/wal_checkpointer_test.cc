#include "store/wal_checkpointer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "store/database.h"
#include "test_util.h"

namespace qt::store {
namespace {

class WalCheckpointerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Database::Open(dir_ / "t.db", &db_).ok());
    ASSERT_TRUE(db_->Exec("CREATE TABLE pages (n INTEGER PRIMARY KEY, bytes BLOB)").ok());
  }
  // One transaction of about a megabyte.
  void CommitAMegabyte(int n) {
    ASSERT_TRUE(db_->Begin().ok());
    ASSERT_TRUE(db_->Exec("INSERT INTO pages VALUES (" + std::to_string(n) +
                          ", randomblob(1000000))")
                    .ok());
    ASSERT_TRUE(db_->Commit().ok());
  }
  uintmax_t LogBytes() const {
    std::error_code error;
    const uintmax_t size = std::filesystem::file_size(dir_ / "t.db-wal", error);
    return error ? 0 : size;
  }
  std::string Setting(const std::string& pragma) {
    Statement q;
    EXPECT_TRUE(q.Prepare(*db_, "PRAGMA " + pragma).ok());
    return q.Step() ? std::string(q.Text(0)) : "<none>";
  }
  qt::testing::ScratchDir dir_;
  std::unique_ptr<Database> db_;
};

// With the commits' own checkpoints off, the log would hold all 30
// transactions; copied back after each, it restarts and holds about one.
TEST_F(WalCheckpointerTest, TheLogIsCopiedBackAndStartsAgain) {
  ASSERT_TRUE(db_->Exec("PRAGMA wal_autocheckpoint=0").ok());
  std::unique_ptr<WalCheckpointer> checkpointer;
  ASSERT_TRUE(WalCheckpointer::Start(dir_ / "t.db", &checkpointer).ok());
  for (int n = 1; n <= 30; ++n) {
    CommitAMegabyte(n);
    checkpointer->Poke();
    checkpointer->WaitIdle();
  }
  EXPECT_EQ(checkpointer->completed(), 30);
  EXPECT_LT(LogBytes(), uintmax_t{4} << 20);
  checkpointer.reset();
  EXPECT_EQ(Setting("integrity_check"), "ok");
  EXPECT_EQ(Setting("main.page_count") != "0", true);
}

TEST_F(WalCheckpointerTest, CannotStartOnAMissingDirectory) {
  std::unique_ptr<WalCheckpointer> checkpointer;
  const Status s = WalCheckpointer::Start(dir_ / "no/such/dir/t.db", &checkpointer);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no/such/dir/t.db"), std::string::npos) << s.message();
}

// While on, the commits leave their checkpoints to the thread (their own
// start only past 256 MiB of log); off, they take them back.
TEST_F(WalCheckpointerTest, TheDatabaseHandsItsCheckpointsOverAndBack) {
  ASSERT_TRUE(db_->CheckpointInBackground(true).ok());
  EXPECT_EQ(Setting("wal_autocheckpoint"), "65536");
  for (int n = 1; n <= 5; ++n) CommitAMegabyte(n);
  ASSERT_TRUE(db_->CheckpointInBackground(false).ok());
  EXPECT_EQ(Setting("wal_autocheckpoint"), "1000");
  EXPECT_EQ(Setting("integrity_check"), "ok");
  Statement count;
  ASSERT_TRUE(count.Prepare(*db_, "SELECT count(*) FROM pages").ok());
  ASSERT_TRUE(count.Step());
  EXPECT_EQ(count.Int(0), 5);
}

TEST(WalCheckpointerInMemoryTest, ADatabaseInMemoryHasNoCheckpoints) {
  std::unique_ptr<Database> db;
  ASSERT_TRUE(Database::Open(":memory:", &db).ok());
  EXPECT_TRUE(db->CheckpointInBackground(true).ok());
  ASSERT_TRUE(db->Exec("CREATE TABLE t (x)").ok());
  ASSERT_TRUE(db->Begin().ok());
  ASSERT_TRUE(db->Exec("INSERT INTO t VALUES (1)").ok());
  EXPECT_TRUE(db->Commit().ok());
  EXPECT_TRUE(db->CheckpointInBackground(false).ok());
}

}  // namespace
}  // namespace qt::store
