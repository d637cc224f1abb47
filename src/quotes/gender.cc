#include "quotes/gender.h"

#include <unordered_map>

namespace qt::quotes {

// Generated from data/genders.tsv by CMake.
extern const char kGendersTsv[];

namespace {

struct GenderWords {
  std::unordered_map<std::string, Gender> roles, names;
};

// Reads lines "role|name <TAB> f|m <TAB> word <TAB> word …"; '#' starts a
// comment line. The file is part of the build; GenderTest checks it reads.
GenderWords ReadGenders(std::string_view tsv) {
  GenderWords words;
  while (!tsv.empty()) {
    const size_t end = std::min(tsv.find('\n'), tsv.size());
    std::string_view line = tsv.substr(0, end);
    tsv.remove_prefix(std::min(end + 1, tsv.size()));
    if (line.empty() || line[0] == '#') continue;
    auto& map = line.starts_with("role\t") ? words.roles : words.names;
    line.remove_prefix(std::min(line.find('\t') + 1, line.size()));
    const Gender gender = line.starts_with("f\t") ? Gender::kFemale : Gender::kMale;
    line.remove_prefix(std::min<size_t>(2, line.size()));
    while (!line.empty()) {
      const size_t tab = std::min(line.find('\t'), line.size());
      if (tab > 0) map.emplace(std::string(line.substr(0, tab)), gender);
      line.remove_prefix(std::min(tab + 1, line.size()));
    }
  }
  return words;
}

const GenderWords& Words() {
  static const auto* words = new GenderWords(ReadGenders(kGendersTsv));
  return *words;
}

Gender Lookup(const std::unordered_map<std::string, Gender>& map, std::string_view lower) {
  const auto it = map.find(std::string(lower));
  return it == map.end() ? Gender::kUnknown : it->second;
}

// "Campaign spokesman Ada Lind": news prints the "-man" titles of women
// too, so they say less than a first name; "Mrs.", "spokeswoman" or
// "husband" say more.
bool IsGenericTitle(std::string_view lower) {
  return lower.size() > 4 && lower.ends_with("man") && !lower.ends_with("woman");
}

}  // namespace

Gender GenderOfRoleWord(std::string_view lower) { return Lookup(Words().roles, lower); }
Gender GenderOfFirstName(std::string_view lower) { return Lookup(Words().names, lower); }

Gender GenderOfName(const std::vector<std::string>& role_words, std::string_view name) {
  Gender generic = Gender::kUnknown;
  for (const std::string& w : role_words) {
    const Gender g = GenderOfRoleWord(w);
    if (g == Gender::kUnknown) continue;
    if (!IsGenericTitle(w)) return g;
    if (generic == Gender::kUnknown) generic = g;
  }
  std::string first(name.substr(0, name.find(' ')));
  for (char& c : first) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  const Gender g = GenderOfFirstName(first);
  return g != Gender::kUnknown ? g : generic;
}

Gender GenderOfDescription(const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (const Gender g = GenderOfRoleWord(w); g != Gender::kUnknown) return g;
  }
  return Gender::kUnknown;
}

Gender GenderOfPronoun(std::string_view pronoun) {
  if (pronoun == "she" || pronoun == "her") return Gender::kFemale;
  if (pronoun == "he" || pronoun == "him" || pronoun == "his") return Gender::kMale;
  return Gender::kUnknown;
}

Gender GenderOfHonorific(std::string_view word) {
  if (word.ends_with('.')) word.remove_suffix(1);
  if (word == "Mr" || word == "Sir" || word == "MR") return Gender::kMale;
  if (word == "Mrs" || word == "Ms" || word == "Miss" || word == "MRS" || word == "MS") {
    return Gender::kFemale;
  }
  return Gender::kUnknown;
}

}  // namespace qt::quotes
