#include "serve/snapshot.h"

#include "report/quote_listing.h"

namespace qt::serve {

Status Snapshot::Refresh(int64_t* version) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!watch_) {
    if (Status s = store::Database::Open(path_, &watch_); !s.ok()) return s;
  }
  store::Statement pragma;
  if (Status s = pragma.Prepare(*watch_, "PRAGMA data_version"); !s.ok()) return s;
  if (!pragma.Step()) return pragma.status();
  *version = pragma.Int(0);
  if (*version != version_) {
    version_ = *version;
    roles_.reset();
    view_.reset();
    answers_.clear();
    order_.clear();
    bytes_ = 0;
  }
  return Status::Ok();
}

Status Snapshot::Roles(int64_t version, std::shared_ptr<const match::RoleIndex>* roles) {
  return Load(version, &roles_, roles, [](store::Database& db, match::RoleIndex* r) {
    return report::LoadRoleIndex(db, r);
  });
}

Status Snapshot::View(int64_t version, std::shared_ptr<const report::CorpusView>* view) {
  return Load(version, &view_, view, report::CorpusView::Load);
}

// `*out` is what `*kept` holds, read by `load` if it holds nothing yet.
template <typename T, typename LoadFn>
Status Snapshot::Load(int64_t version, std::shared_ptr<const T>* kept,
                      std::shared_ptr<const T>* out, LoadFn load) {
  std::lock_guard<std::mutex> loading(load_mutex_);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (*kept && version == version_) {
      *out = *kept;
      return Status::Ok();
    }
  }
  if (!loader_) {
    if (Status s = Open(&loader_); !s.ok()) return s;
  }
  auto fresh = std::make_shared<T>();
  if (Status s = load(*loader_, fresh.get()); !s.ok()) return s;
  *out = fresh;
  std::lock_guard<std::mutex> lock(mutex_);
  if (version == version_) *kept = std::move(fresh);
  return Status::Ok();
}

std::optional<ApiResponse> Snapshot::Answer(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = answers_.find(key);
  if (it == answers_.end()) return std::nullopt;
  return it->second;
}

void Snapshot::Keep(int64_t version, const std::string& key, const ApiResponse& answer) {
  constexpr size_t kMaxBytes = 64 << 20;
  std::lock_guard<std::mutex> lock(mutex_);
  if (version != version_ || answer.body.size() > kMaxBytes || answers_.count(key)) return;
  answers_.emplace(key, answer);
  order_.push_back(key);
  bytes_ += answer.body.size();
  while (bytes_ > kMaxBytes) {
    const auto oldest = answers_.find(order_.front());
    bytes_ -= oldest->second.body.size();
    answers_.erase(oldest);
    order_.pop_front();
  }
}

Status Snapshot::Open(std::unique_ptr<store::Database>* db) {
  if (interrupted_) return Status::Error("the server is stopping");
  if (Status s = store::Database::Open(path_, db); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(open_mutex_);
  open_.insert((*db)->handle());
  if (interrupted_) sqlite3_interrupt((*db)->handle());
  return Status::Ok();
}

void Snapshot::Close(std::unique_ptr<store::Database>* db) {
  if (!*db) return;
  {
    std::lock_guard<std::mutex> lock(open_mutex_);
    open_.erase((*db)->handle());
  }
  db->reset();
}

void Snapshot::Interrupt() {
  interrupted_ = true;
  std::lock_guard<std::mutex> lock(open_mutex_);
  for (sqlite3* handle : open_) sqlite3_interrupt(handle);
}

}  // namespace qt::serve
