#include "pipeline/shingled_text_cache.h"

#include <utility>

namespace qt::pipeline {

ShingledTextCache::Text ShingledTextCache::Find(int64_t row) {
  const auto it = entries_.find(row);
  if (it == entries_.end()) return nullptr;
  uses_.splice(uses_.begin(), uses_, it->second.use);
  return it->second.text;
}

void ShingledTextCache::Put(int64_t row, Text text) {
  if (capacity_ == 0) return;
  if (const auto it = entries_.find(row); it != entries_.end()) {
    it->second.text = std::move(text);
    uses_.splice(uses_.begin(), uses_, it->second.use);
    return;
  }
  if (entries_.size() == capacity_) {
    entries_.erase(uses_.back());
    uses_.pop_back();
  }
  uses_.push_front(row);
  entries_.emplace(row, Entry{std::move(text), uses_.begin()});
}

}  // namespace qt::pipeline
