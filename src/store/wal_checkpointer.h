// WalCheckpointer: copies a WAL database's log back into the database file
// on a thread of its own, so that the thread that commits never waits for it.
//
// Why: SQLite checkpoints on the committing thread whenever a commit leaves
// the log over its auto-checkpoint size, and a checkpoint ends by syncing
// the database file. Onto a database of a million articles each sync took
// about 0.1 s, once per 1,000-article commit, on the ingest's one writer
// thread, which bounds a large ingest.
//
// The checkpoints are PASSIVE: they copy what is committed and never block
// the writer, which keeps appending meanwhile. When the log has been copied
// whole, the writer's next transaction starts it again from the beginning,
// so it stays about a transaction long. Should the checkpointer fall
// behind, the writer's own auto-checkpoint (Database::CheckpointInBackground
// raises its threshold, not removes it) still bounds the log.
#pragma once

#include <sqlite3.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "base/status.h"

namespace qt::store {

class WalCheckpointer {
 public:
  // Starts checkpointing the WAL database at `path` through a connection of
  // its own.
  static Status Start(const std::string& path, std::unique_ptr<WalCheckpointer>* checkpointer);
  // Finishes the checkpoint running, if any, and stops.
  ~WalCheckpointer();
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

  // Asks for a checkpoint (after a commit); returns at once. Asks made while
  // one runs are answered by one more.
  void Poke();
  // Returns once no checkpoint is asked for or running.
  void WaitIdle();
  // Checkpoints that copied the log whole so far.
  int completed() const;

 private:
  explicit WalCheckpointer(sqlite3* db);
  void Run();

  sqlite3* db_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  bool asked_ = false, running_ = false, stop_ = false;
  int completed_ = 0;
  std::thread thread_;
};

}  // namespace qt::store
