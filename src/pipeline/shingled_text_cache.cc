#include "pipeline/shingled_text_cache.h"

#include <utility>

namespace qt::pipeline {

ShingledTextCache::Held ShingledTextCache::Find(int64_t row) {
  const auto it = entries_.find(row);
  if (it == entries_.end()) return {};
  uses_.splice(uses_.begin(), uses_, it->second.use);
  return it->second.held;
}

void ShingledTextCache::Put(int64_t row, Text text, Positions positions) {
  if (capacity_ == 0) return;
  if (const auto it = entries_.find(row); it != entries_.end()) {
    it->second.held.text = std::move(text);
    if (positions) it->second.held.positions = std::move(positions);
    uses_.splice(uses_.begin(), uses_, it->second.use);
    return;
  }
  if (entries_.size() == capacity_) {
    entries_.erase(uses_.back());
    uses_.pop_back();
  }
  uses_.push_front(row);
  entries_.emplace(row, Entry{{std::move(text), std::move(positions)}, uses_.begin()});
}

}  // namespace qt::pipeline
