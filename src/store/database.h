// Database: an embedded SQLite database opened in WAL mode, and Statement,
// a prepared statement on it.
//
// WAL with synchronous=NORMAL keeps every committed transaction through a
// crash of the process (kill -9): after one, the database opens and holds
// exactly what was committed. Callers group writes in transactions
// (Begin/Commit); the schema is created or upgraded by Open.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <initializer_list>
#include <utility>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "store/wal_checkpointer.h"

namespace qt::store {

class Database {
 public:
  // Opens (creating if needed) the database at `path` and brings its schema
  // up to date.
  static Status Open(const std::string& path, std::unique_ptr<Database>* db);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Status Exec(const std::string& sql);
  Status Begin() { return Exec("BEGIN IMMEDIATE"); }
  // A transaction that only reads: one snapshot throughout, and other
  // connections may write meanwhile. Ended by Commit.
  Status BeginRead() { return Exec("BEGIN"); }
  Status Commit();
  Status Rollback() { return Exec("ROLLBACK"); }

  // With `on`, commits leave the checkpoints (copying the log back into
  // the database file, then syncing it) to a thread of their own
  // (store/wal_checkpointer.h) until the call with false. For a writer of
  // many transactions. Nothing changes for a database in memory; an error
  // leaves the checkpoints to the commits, as before.
  Status CheckpointInBackground(bool on);

  // How long a statement waits for another connection's write lock
  // before it fails as busy: 10 s from Open.
  void SetBusyTimeout(int milliseconds) { sqlite3_busy_timeout(db_, milliseconds); }
  // True for a database in memory, which no other connection can open.
  bool InMemory() const;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Migrate();
  sqlite3* db_;
  std::string path_;
  std::unique_ptr<WalCheckpointer> checkpointer_;  // while CheckpointInBackground is on
};

class Statement {
 public:
  Statement() = default;
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Status Prepare(const Database& db, std::string_view sql);

  // Parameters are numbered from 1, as in SQLite. Text is bound without a
  // copy: it must outlive the next Step().
  void Bind(int index, std::string_view text);
  void Bind(int index, int64_t value);
  void BindNull(int index);
  void BindReal(int index, double value);
  // Binds bytes as a BLOB, copied.
  void BindBlob(int index, const void* data, size_t size);
  // Binds NULL for an empty string: optional article fields are NULL in SQL.
  void BindOptional(int index, std::string_view text);

  // Runs one step: true while a row is available. A failure is kept in
  // status() until Reset() and ends the rows.
  bool Step();
  // Runs a statement that returns no rows, then resets it.
  Status Run();
  void Reset();

  int64_t Int(int column) const;
  std::string_view Text(int column) const;  // "" for NULL
  bool IsNull(int column) const;
  std::string_view Blob(int column) const;  // empty for NULL

  const Status& status() const { return status_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
  Status status_;
};

// Prepares each statement with its SQL; stops at the first failure.
Status PrepareAll(const Database& db,
                  std::initializer_list<std::pair<Statement*, std::string_view>> statements);

}  // namespace qt::store
