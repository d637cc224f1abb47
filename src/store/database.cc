#include "store/database.h"

#include <iterator>

#include "store/schema.h"

namespace qt::store {

Status Database::Open(const std::string& path, std::unique_ptr<Database>* db) {
  sqlite3* handle = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &handle,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
    sqlite3_close(handle);
    return Status::Error(path + ": cannot open database: " + msg);
  }
  sqlite3_busy_timeout(handle, 10000);
  std::unique_ptr<Database> opened(new Database(handle, path));
  // A 64 MB page cache: the writer reads back candidates' rows (quote
  // variants, copy candidates' texts) all over a large file, and each page
  // missed is a system call, dear on a virtual machine.
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                             "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY",
                             "PRAGMA cache_size=-65536"}) {
    if (Status s = opened->Exec(pragma); !s.ok()) return s;
  }
  if (Status s = opened->Migrate(); !s.ok()) return s;
  *db = std::move(opened);
  return Status::Ok();
}

Database::~Database() {
  checkpointer_.reset();  // its connection closes first: the last one cleans the log up
  sqlite3_close(db_);
}

Status Database::Commit() {
  Status s = Exec("COMMIT");
  if (s.ok() && checkpointer_) checkpointer_->Poke();
  return s;
}

namespace {
// Log pages at which a commit checkpoints: SQLite's default, and while the
// checkpoints run in the background a backstop (256 MiB) reached only when
// they fall behind.
constexpr int kAutoCheckpointPages = 1000;
constexpr int kBackstopCheckpointPages = 65536;

std::string AutoCheckpointAt(int pages) {
  return "PRAGMA wal_autocheckpoint=" + std::to_string(pages);
}
}  // namespace

bool Database::InMemory() const {
  const char* file = sqlite3_db_filename(db_, "main");
  return file == nullptr || *file == '\0';
}

Status Database::CheckpointInBackground(bool on) {
  if (InMemory()) return Status::Ok();
  if (!on) {
    checkpointer_.reset();
    return Exec(AutoCheckpointAt(kAutoCheckpointPages));
  }
  if (checkpointer_) return Status::Ok();
  if (Status s = WalCheckpointer::Start(path_, &checkpointer_); !s.ok()) return s;
  return Exec(AutoCheckpointAt(kBackstopCheckpointPages));
}

Status Database::Exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string msg = path_ + ": " + (error ? error : "unknown SQLite error");
    sqlite3_free(error);
    return Status::Error(msg);
  }
  return Status::Ok();
}

// Each entry of kMigrations upgrades the schema by one version; user_version
// records how many have been applied, so an old database is brought forward.
Status Database::Migrate() {
  Statement version;
  if (Status s = version.Prepare(*this, "PRAGMA user_version"); !s.ok()) return s;
  version.Step();
  const int64_t current = version.Int(0);
  version.Reset();  // a statement left running would lock the tables a migration drops
  const int64_t latest = static_cast<int64_t>(std::size(kMigrations));
  if (current > latest) {
    return Status::Error(path_ + ": database schema version " + std::to_string(current) +
                         " is newer than this quotetrace (" + std::to_string(latest) + ")");
  }
  for (int64_t v = current; v < latest; ++v) {
    const std::string sql = std::string("BEGIN;") + kMigrations[v] +
                            ";PRAGMA user_version=" + std::to_string(v + 1) + ";COMMIT;";
    if (Status s = Exec(sql); !s.ok()) {
      Exec("ROLLBACK");
      return s;
    }
  }
  return Status::Ok();
}

Status PrepareAll(const Database& db,
                  std::initializer_list<std::pair<Statement*, std::string_view>> statements) {
  for (const auto& [statement, sql] : statements) {
    if (Status s = statement->Prepare(db, sql); !s.ok()) return s;
  }
  return Status::Ok();
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Status Statement::Prepare(const Database& db, std::string_view sql) {
  sqlite3_finalize(stmt_);
  db_ = db.handle();
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &stmt_, nullptr) != SQLITE_OK) {
    return Status::Error(std::string("SQL error: ") + sqlite3_errmsg(db_));
  }
  return Status::Ok();
}

void Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}
void Statement::Bind(int index, int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
void Statement::BindNull(int index) { sqlite3_bind_null(stmt_, index); }
void Statement::BindReal(int index, double value) { sqlite3_bind_double(stmt_, index, value); }
void Statement::BindBlob(int index, const void* data, size_t size) {
  if (size == 0) {
    sqlite3_bind_zeroblob(stmt_, index, 0);  // empty, not NULL
  } else {
    sqlite3_bind_blob64(stmt_, index, data, size, SQLITE_TRANSIENT);
  }
}
void Statement::BindOptional(int index, std::string_view text) {
  if (text.empty()) {
    BindNull(index);
  } else {
    Bind(index, text);
  }
}

bool Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = Status::Error(std::string("SQL error: ") + sqlite3_errmsg(db_));
  return false;
}

Status Statement::Run() {
  Step();
  Status result = status_;
  Reset();
  return result;
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  status_ = Status::Ok();
}

int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string_view Statement::Text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (p == nullptr) return {};
  return {p, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::string_view Statement::Blob(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  if (p == nullptr) return {};
  return {static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

}  // namespace qt::store
