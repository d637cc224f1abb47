#include "store/wal_checkpointer.h"

namespace qt::store {

Status WalCheckpointer::Start(const std::string& path,
                              std::unique_ptr<WalCheckpointer>* checkpointer) {
  sqlite3* db = nullptr;
  if (const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                                     nullptr);
      rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::Error(path + ": cannot open a connection to checkpoint: " + msg);
  }
  // A connection knows the log only once it has read the database; until
  // then a checkpoint through it copies nothing.
  int log = -1, copied = -1;
  if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) !=
          SQLITE_OK ||
      sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &copied) !=
          SQLITE_OK ||
      log < 0) {
    std::string msg = log < 0 ? "not in WAL mode" : sqlite3_errmsg(db);
    sqlite3_close(db);
    return Status::Error(path + ": cannot checkpoint: " + msg);
  }
  checkpointer->reset(new WalCheckpointer(db));
  return Status::Ok();
}

WalCheckpointer::WalCheckpointer(sqlite3* db) : db_(db), thread_([this] { Run(); }) {}

WalCheckpointer::~WalCheckpointer() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
  sqlite3_close(db_);
}

void WalCheckpointer::Poke() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    asked_ = true;
  }
  cv_.notify_all();
}

void WalCheckpointer::WaitIdle() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [this] { return !asked_ && !running_; });
}

int WalCheckpointer::completed() const {
  std::lock_guard<std::mutex> lock(mu_);
  return completed_;
}

void WalCheckpointer::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    cv_.wait(lock, [this] { return asked_ || stop_; });
    if (stop_) return;
    asked_ = false;
    running_ = true;
    lock.unlock();
    // SQLITE_BUSY (another checkpoint runs: the writer's own) is no failure:
    // the next commit asks again.
    int log = 0, copied = 0;
    const int rc =
        sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &copied);
    lock.lock();
    running_ = false;
    if (rc == SQLITE_OK && log >= 0 && copied == log) ++completed_;
    cv_.notify_all();
  }
}

}  // namespace qt::store
