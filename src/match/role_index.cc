#include "match/role_index.h"

#include <cctype>

namespace qt::match {
namespace {

// Lower case, and without a leading article: "The Quillon chief" → "quillon chief".
std::string Key(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (out.starts_with(article)) return out.substr(article.size());
  }
  return out;
}

// "another user", "one of the organizers", "a second official": someone
// other than, or one among, people named elsewhere; no role of one person.
bool IsAnyone(std::string_view key) {
  for (std::string_view start : {"another ", "one ", "other ", "second ", "some "}) {
    if (key.starts_with(start)) return true;
  }
  return false;
}

}  // namespace

void RoleIndex::Add(const std::string& role, const std::string& speaker, int64_t count) {
  const std::string key = Key(role);
  if (role.empty() || speaker.empty() || key == Key(speaker) || IsAnyone(key)) return;
  Names& names = by_role_[key];
  names.counts[speaker] += count;
  names.total += count;
}

std::string RoleIndex::NameFor(const std::string& speaker) const {
  const std::string key = Key(speaker);
  if (IsAnyone(key)) return "";
  const auto it = by_role_.find(key);
  if (it == by_role_.end()) return "";
  for (const auto& [name, count] : it->second.counts) {
    if (3 * count >= 2 * it->second.total) return name;
  }
  return "";
}

}  // namespace qt::match
