// Snapshot: what the serve API keeps of one version of the database, and
// the connections its readers open.
//
// Until the database changes (SQLite's data_version, asked at each request
// by Refresh) it keeps what is dear to read again: the stories and the
// names of role descriptions (both read from every stored row: seconds at
// 100,000 articles), and answers (64 MiB of them at most, the oldest
// dropped first). What was read at one version is kept only while the
// database is still at it.
//
// Thread-safe. Two connections of its own: one asks for the version (a
// moment, under one mutex), the other reads the stories and the role names
// (seconds, under another), so that a load does not hold up the requests
// that need neither.
#pragma once

#include <sqlite3.h>

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include "base/status.h"
#include "match/role_index.h"
#include "report/cluster_report.h"
#include "serve/api.h"
#include "store/database.h"

namespace qt::serve {

class Snapshot {
 public:
  explicit Snapshot(std::string path) : path_(std::move(path)) {}

  // The database's version now; what was kept of an earlier one is dropped.
  Status Refresh(int64_t* version);

  // What is kept, read first if nothing is; `version` is Refresh's.
  Status Roles(int64_t version, std::shared_ptr<const match::RoleIndex>* roles);
  Status View(int64_t version, std::shared_ptr<const report::CorpusView>* view);

  std::optional<ApiResponse> Answer(const std::string& key);
  // Keeps `answer`, read at `version`, unless the database has moved on.
  void Keep(int64_t version, const std::string& key, const ApiResponse& answer);

  // Opens a connection for a reader, or fails once Interrupt() was called.
  // Each connection opened is interrupted by Interrupt() until Close().
  Status Open(std::unique_ptr<store::Database>* db);
  void Close(std::unique_ptr<store::Database>* db);

  // Ends every read in progress soon (SQLite's interrupt), and every later
  // one at once.
  void Interrupt();

 private:
  template <typename T, typename LoadFn>
  Status Load(int64_t version, std::shared_ptr<const T>* kept, std::shared_ptr<const T>* out,
              LoadFn load);

  const std::string path_;
  std::atomic<bool> interrupted_{false};
  std::mutex open_mutex_;
  std::set<sqlite3*> open_;  // the connections Interrupt() interrupts
  std::mutex mutex_, load_mutex_;
  std::unique_ptr<store::Database> watch_, loader_;
  int64_t version_ = -1;
  std::shared_ptr<const match::RoleIndex> roles_;
  std::shared_ptr<const report::CorpusView> view_;
  std::map<std::string, ApiResponse> answers_;
  std::deque<std::string> order_;  // the answers' keys, oldest first
  size_t bytes_ = 0;
};

}  // namespace qt::serve
