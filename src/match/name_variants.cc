#include "match/name_variants.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <vector>

#include "text/char_class.h"
#include "text/utf8.h"

namespace qt::match {
namespace {

// A surname alone joins the person with this share of the quotations of the
// full names ending in it, quoted at least kMinQuotations times.
constexpr int64_t kShareTenths = 9;
constexpr int64_t kMinQuotations = 3;

struct NameParts {
  std::string first, middle, last, suffix;  // lower case, without periods
  size_t words = 0;                         // without the suffix
};

// Lower case without periods: "J.D." → "jd".
std::string KeyWord(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c != '.') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool IsSuffix(std::string_view key) {
  return key == "jr" || key == "sr" || key == "ii" || key == "iii" || key == "iv";
}

bool OpensWithCapital(std::string_view word) {
  size_t i = 0;
  return !word.empty() && text::IsUpper(text::DecodeUtf8(word, &i));
}

// "Trump", not "spokesperson" nor "NATO": a name's last word.
bool IsSurname(std::string_view word) {
  size_t i = 0;
  if (!OpensWithCapital(word)) return false;
  while (i < word.size()) {
    if (text::IsLower(text::DecodeUtf8(word, &i))) return true;
  }
  return false;
}

// The parts of a person's name; false when `name` names no person.
bool PartsOf(const std::string& name, NameParts* parts) {
  std::vector<std::string_view> words;
  for (size_t start = 0; start < name.size();) {
    const size_t end = std::min(name.find(' ', start), name.size());
    if (end > start) words.push_back(std::string_view(name).substr(start, end - start));
    start = end + 1;
  }
  if (words.size() >= 2 && IsSuffix(KeyWord(words.back()))) {
    parts->suffix = KeyWord(words.back());
    words.pop_back();
  }
  if (words.empty() || !OpensWithCapital(words.front()) || !IsSurname(words.back())) return false;
  parts->words = words.size();
  parts->first = KeyWord(words.front());
  parts->last = KeyWord(words.back());
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    parts->middle += (parts->middle.empty() ? "" : " ") + KeyWord(words[i]);
  }
  return true;
}

struct Person {
  const std::string* name;
  int64_t quotations;
};

// The spellings of one first and last name (and suffix).
struct Spellings {
  std::vector<Person> spellings;
  std::set<std::string> middles;
  std::string last;
  bool suffixed = false;
};

// The spelling printed with most quotations; ties to the shorter, then to
// the later in byte order, where lower case follows capitals ("Kellyanne",
// not "KellyAnne").
const Person& MostQuoted(const std::vector<Person>& people) {
  const auto better = [](const Person& a, const Person& b) {
    if (a.quotations != b.quotations) return a.quotations > b.quotations;
    if (a.name->size() != b.name->size()) return a.name->size() < b.name->size();
    return *a.name > *b.name;
  };
  const Person* best = &people.front();
  for (const Person& p : people) {
    if (better(p, *best)) best = &p;
  }
  return *best;
}

}  // namespace

std::unordered_map<std::string, std::string> JoinNameVariants(
    const std::vector<std::pair<std::string, int64_t>>& quotations_by_name) {
  std::unordered_map<std::string, std::string> joins;
  std::unordered_map<std::string, Spellings> full_names;             // by first, last and suffix
  std::vector<std::pair<const std::string*, std::string>> surnames;  // name, its key
  for (const auto& [name, n] : quotations_by_name) {
    NameParts parts;
    if (!PartsOf(name, &parts)) continue;
    if (parts.words == 1) {
      if (parts.suffix.empty()) surnames.emplace_back(&name, parts.last);
      continue;
    }
    Spellings& s = full_names[parts.first + '\0' + parts.last + '\0' + parts.suffix];
    s.spellings.push_back({&name, n});
    if (!parts.middle.empty()) s.middles.insert(parts.middle);
    s.last = parts.last;
    s.suffixed = !parts.suffix.empty();
  }
  // Persons, by the last word of their name, for the surnames alone.
  std::unordered_map<std::string, std::vector<Person>> persons_by_last;
  for (const auto& [_, s] : full_names) {
    if (s.middles.size() > 1) {  // George W. and George H.W. Bush: each their own
      if (!s.suffixed) {
        for (const Person& p : s.spellings) persons_by_last[s.last].push_back(p);
      }
      continue;
    }
    const Person& person = MostQuoted(s.spellings);
    int64_t total = 0;
    for (const Person& p : s.spellings) {
      total += p.quotations;
      if (p.name != person.name) joins[*p.name] = *person.name;
    }
    if (!s.suffixed) persons_by_last[s.last].push_back({person.name, total});
  }
  for (const auto& [name, last] : surnames) {
    const auto candidates = persons_by_last.find(last);
    if (candidates == persons_by_last.end()) continue;
    int64_t total = 0;
    for (const Person& p : candidates->second) total += p.quotations;
    const Person& best = MostQuoted(candidates->second);
    if (best.quotations >= kMinQuotations && 10 * best.quotations >= kShareTenths * total) {
      joins[*name] = *best.name;
    }
  }
  return joins;
}

std::string SurnameOf(const std::string& name) {
  NameParts parts;
  return PartsOf(name, &parts) ? parts.last : std::string();
}

}  // namespace qt::match
