#include "match/role_index.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "match/name_variants.h"
#include "text/char_class.h"
#include "text/utf8.h"

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

// Whether `word` opens with a capital letter.
bool OpensWithCapital(std::string_view word) {
  size_t i = 0;
  return !word.empty() && text::IsUpper(text::DecodeUtf8(word, &i));
}

// "White House", "Tomas Reyes": a name, which needs no other; not "the
// Quillon chief" or "Meta CEO", descriptions ending in a lower-case noun or
// an acronym.
bool IsName(std::string_view speaker) {
  const size_t space = speaker.rfind(' ');
  const std::string_view last =
      space == std::string_view::npos ? speaker : speaker.substr(space + 1);
  const bool acronym =
      std::none_of(last.begin(), last.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return OpensWithCapital(last) && !acronym;
}

// A capitalized word that names no body: a party's, whose roles many
// people hold at once, or a title's modifier capitalized where a sentence
// opens ("Former Republican presidential candidate Ada Lindqvist").
bool NamesNoBody(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "Republican", "Democratic", "Democrat", "GOP",      "Independent", "Former",      "Then",
      "Acting",     "Retired",    "Longtime", "Outgoing", "Incoming",    "Presidential"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// "Quillon chief", "Meta CEO", "White House press secretary": a role that
// names its body, which a title alone ("Judge", "Sen."), a lower-case noun
// ("official", "source") or a party ("Republican presidential candidate")
// does not.
bool NamesItsBody(std::string_view role) {
  if (role.find(' ') == std::string_view::npos) return false;
  for (size_t start = 0; start < role.size();) {
    const size_t end = std::min(role.find(' ', start), role.size());
    const std::string_view word = role.substr(start, end - start);
    if (OpensWithCapital(word) && !NamesNoBody(word)) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

void RoleIndex::Add(const std::string& role, const std::string& speaker, int64_t count) {
  const std::string key = Key(role);
  if (role.empty() || speaker.empty() || key == Key(speaker) || IsAnyone(key)) return;
  // Only a name ("Ravi Mendes", not "trade group" or "Gary Johnson's doctor")
  // for a role that names its body ("Quillon CEO", not "official", "source"
  // or "Judge", which are someone else in each article).
  if (!IsName(speaker) || !NamesItsBody(role)) return;
  Names& names = by_role_[key];
  names.counts[speaker] += count;
  names.total += count;
}

std::string RoleIndex::NameFor(const std::string& speaker) const {
  const std::string key = Key(speaker);
  if (IsAnyone(key) || IsName(speaker)) return "";
  const auto it = by_role_.find(key);
  return it == by_role_.end() ? "" : ClearNameOf(it->second);
}

void RoleIndex::ForEachNamed(
    const std::function<void(const std::string&, const std::string&)>& fn) const {
  for (const auto& [key, names] : by_role_) {
    if (const std::string name = ClearNameOf(names); !name.empty()) fn(key, name);
  }
}

std::string RoleIndex::ClearNameOf(const Names& names) {
  for (const auto& [name, count] : names.counts) {
    if (3 * count >= 2 * names.total) return name;
  }
  // "Tomas Reyes" and "Tomas R. Reyes" printed under one role are one person.
  const std::vector<std::pair<std::string, int64_t>> printed(names.counts.begin(),
                                                             names.counts.end());
  const std::unordered_map<std::string, std::string> person_of = JoinNameVariants(printed);
  std::unordered_map<std::string, int64_t> by_person;
  for (const auto& [name, count] : printed) {
    const auto it = person_of.find(name);
    by_person[it == person_of.end() ? name : it->second] += count;
  }
  for (const auto& [person, count] : by_person) {
    if (3 * count >= 2 * names.total) return person;
  }
  return "";
}

}  // namespace qt::match
