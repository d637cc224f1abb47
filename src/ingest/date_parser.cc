#include "ingest/date_parser.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace qt::ingest {
namespace {

struct Token {
  enum Kind { kNumber, kWord, kPunct } kind;
  std::string_view text;
  int value = 0;  // kNumber only
};

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = s[i];
    size_t j = i + 1;
    if (std::isdigit(c)) {
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])) && j - i < 9) ++j;
      Token t{Token::kNumber, s.substr(i, j - i)};
      for (char d : t.text) t.value = t.value * 10 + (d - '0');
      out.push_back(t);
    } else if (std::isalpha(c)) {
      while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
      out.push_back({Token::kWord, s.substr(i, j - i)});
    } else if (!std::isspace(c)) {
      out.push_back({Token::kPunct, s.substr(i, 1)});
    }
    i = j;
  }
  return out;
}

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(word[i])) != lower[i]) return false;
  }
  return true;
}

// 1..12 for an English month name or abbreviation ("Sept", "sep", "September").
int MonthOf(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  for (size_t m = 0; m < kNames.size(); ++m) {
    const std::string_view name = kNames[m];
    if (word.size() > name.size()) continue;
    if (EqualsLower(word, name.substr(0, word.size())) &&
        (word.size() == 3 || word.size() == name.size() || EqualsLower(word, "sept"))) {
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

// Offset from UTC in minutes for a zone name, or nullopt when unknown.
std::optional<int> ZoneOffset(std::string_view word) {
  struct Zone {
    std::string_view name;
    int minutes;
  };
  // Abbreviations that name one offset; "IST" (India, Ireland, Israel) does not.
  static constexpr std::array<Zone, 26> kZones = {{
      {"z", 0},      {"utc", 0},    {"gmt", 0},    {"ut", 0},     {"est", -300}, {"edt", -240},
      {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
      {"wet", 0},    {"west", 60},  {"bst", 60},   {"cet", 60},   {"cest", 120}, {"eet", 120},
      {"eest", 180}, {"msk", 180},  {"hkt", 480},  {"sgt", 480},  {"jst", 540},  {"kst", 540},
      {"aest", 600}, {"aedt", 660}}};
  for (const Zone& z : kZones) {
    if (EqualsLower(word, z.name)) return z.minutes;
  }
  return std::nullopt;
}

struct DateTime {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  std::optional<int> zone_minutes;
};

// The years a date may have: a news article's date outside them is a typo
// or a number that is no date.
bool InYears(int y) { return y >= 1800 && y <= 2200; }

bool ValidDate(int y, int m, int d) {
  if (!InYears(y)) return false;
  return std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m),
                                     std::chrono::day(d))
      .ok();
}

bool IsPunct(const std::vector<Token>& t, size_t i, char c) {
  return i < t.size() && t[i].kind == Token::kPunct && t[i].text[0] == c;
}
bool IsNumber(const std::vector<Token>& t, size_t i, size_t min_len, size_t max_len) {
  return i < t.size() && t[i].kind == Token::kNumber && t[i].text.size() >= min_len &&
         t[i].text.size() <= max_len;
}

// "ET", "CT", "MT", "PT", as American papers print times: standard or
// daylight time, whichever the date's local time was in (from 2:00 on the
// second Sunday of March to 2:00 on the first Sunday of November).
std::optional<int> UsZoneOffset(std::string_view word, const DateTime& dt) {
  static constexpr std::array<std::pair<std::string_view, int>, 4> kStandard = {
      {{"et", -300}, {"ct", -360}, {"mt", -420}, {"pt", -480}}};
  for (const auto& [name, minutes] : kStandard) {
    if (!EqualsLower(word, name)) continue;
    using namespace std::chrono;
    const year y{dt.year};
    const sys_days begins{year_month_weekday{y / March / Sunday[2]}};
    const sys_days ends{year_month_weekday{y / November / Sunday[1]}};
    const sys_days day{year_month_day{y, month(static_cast<unsigned>(dt.month)),
                                      std::chrono::day(static_cast<unsigned>(dt.day))}};
    const bool daylight = (day > begins || (day == begins && dt.hour >= 2)) &&
                          (day < ends || (day == ends && dt.hour < 2));
    return minutes + (daylight ? 60 : 0);
  }
  return std::nullopt;
}

// Reads "HH:MM[:SS[.fff]] [am|pm|a.m.|p.m.] [zone]" starting at t[i].
void ReadTime(const std::vector<Token>& t, size_t i, DateTime* dt) {
  if (i < t.size() && t[i].kind == Token::kWord &&
      (EqualsLower(t[i].text, "t") || EqualsLower(t[i].text, "at"))) {
    ++i;
  }
  if (!IsNumber(t, i, 1, 2) || !IsPunct(t, i + 1, ':') || !IsNumber(t, i + 2, 2, 2)) return;
  int hour = t[i].value, minute = t[i + 2].value, second = 0;
  i += 3;
  if (IsPunct(t, i, ':') && IsNumber(t, i + 1, 2, 2)) {
    second = t[i + 1].value;
    i += 2;
    if (IsPunct(t, i, '.') && IsNumber(t, i + 1, 1, 9)) i += 2;  // fraction: dropped
  }
  // "a.m." tokenises as a . m . ; "pm" as one word.
  if (i < t.size() && t[i].kind == Token::kWord) {
    const std::string_view w = t[i].text;
    const bool am = EqualsLower(w, "am") || EqualsLower(w, "a");
    const bool pm = EqualsLower(w, "pm") || EqualsLower(w, "p");
    if (am || pm) {
      if (hour == 12) hour = 0;
      if (pm) hour += 12;
      i += (w.size() == 1) ? 4 : 1;
    }
  }
  if (hour > 23 || minute > 59 || second > 60) return;
  dt->has_time = true;
  dt->hour = hour;
  dt->minute = minute;
  dt->second = second == 60 ? 59 : second;
  if (i < t.size() && t[i].kind == Token::kWord) {
    dt->zone_minutes = ZoneOffset(t[i].text);
    if (!dt->zone_minutes) dt->zone_minutes = UsZoneOffset(t[i].text, *dt);
  } else if (i + 1 < t.size() && (IsPunct(t, i, '+') || IsPunct(t, i, '-')) &&
             t[i + 1].kind == Token::kNumber) {
    const int sign = t[i].text[0] == '-' ? -1 : 1;
    int hh = 0, mm = 0;
    if (t[i + 1].text.size() == 4) {
      hh = t[i + 1].value / 100;
      mm = t[i + 1].value % 100;
    } else if (t[i + 1].text.size() <= 2) {
      hh = t[i + 1].value;
      if (IsPunct(t, i + 2, ':') && IsNumber(t, i + 3, 2, 2)) mm = t[i + 3].value;
    } else {
      return;
    }
    if (hh <= 14 && mm < 60) dt->zone_minutes = sign * (hh * 60 + mm);
  }
}

// "2024-09-10", "2024/09/10", then an optional time.
bool ParseIso(const std::vector<Token>& t, DateTime* dt) {
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    if (!IsNumber(t, i, 4, 4)) continue;
    const bool dash = IsPunct(t, i + 1, '-') && IsPunct(t, i + 3, '-');
    const bool slash = IsPunct(t, i + 1, '/') && IsPunct(t, i + 3, '/');
    if (!(dash || slash) || !IsNumber(t, i + 2, 1, 2) || !IsNumber(t, i + 4, 1, 2)) continue;
    if (!ValidDate(t[i].value, t[i + 2].value, t[i + 4].value)) continue;
    dt->year = t[i].value;
    dt->month = t[i + 2].value;
    dt->day = t[i + 4].value;
    ReadTime(t, i + 5, dt);
    return true;
  }
  return false;
}

// "Sept. 9, 2024", "9 September 2024", "Tue, 10 Sep 2024 14:05:00 +0000".
bool ParseWithMonthName(const std::vector<Token>& t, DateTime* dt) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != Token::kWord) continue;
    const int month = MonthOf(t[i].text);
    if (month == 0) continue;
    size_t after = i + 1;
    if (IsPunct(t, after, '.')) ++after;
    int day = 0;
    size_t year_at;
    if (IsNumber(t, after, 1, 2)) {  // Month D[,] YYYY
      day = t[after].value;
      year_at = after + 1;
      if (year_at < t.size() && t[year_at].kind == Token::kWord &&
          (EqualsLower(t[year_at].text, "st") || EqualsLower(t[year_at].text, "nd") ||
           EqualsLower(t[year_at].text, "rd") || EqualsLower(t[year_at].text, "th"))) {
        ++year_at;
      }
      if (IsPunct(t, year_at, ',')) ++year_at;
    } else if (i > 0 && IsNumber(t, i - 1, 1, 2)) {  // D Month YYYY
      day = t[i - 1].value;
      year_at = after;
      if (IsPunct(t, year_at, ',')) ++year_at;
    } else {
      continue;
    }
    if (!IsNumber(t, year_at, 4, 4) || !ValidDate(t[year_at].value, month, day)) continue;
    dt->year = t[year_at].value;
    dt->month = month;
    dt->day = day;
    size_t k = year_at + 1;
    if (IsPunct(t, k, ',')) ++k;
    ReadTime(t, k, dt);
    return true;
  }
  return false;
}

// nullopt when the date, converted to UTC, leaves the years ParseDate
// accepts, so that every date it writes reads back as itself ("2200-12-31
// 23:00 -0500" is in 2201; a Unix time may be in 2286).
std::optional<std::string> Format(const DateTime& dt) {
  char buf[32];
  if (!dt.has_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", dt.year, dt.month, dt.day);
    return buf;
  }
  if (!dt.zone_minutes) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", dt.year, dt.month, dt.day,
                  dt.hour, dt.minute, dt.second);
    return buf;
  }
  using namespace std::chrono;
  const sys_days day{year_month_day{year(dt.year), month(dt.month), std::chrono::day(dt.day)}};
  const sys_seconds local = day + hours(dt.hour) + minutes(dt.minute) + seconds(dt.second);
  const sys_seconds utc = local - minutes(*dt.zone_minutes);
  const sys_days utc_day = floor<days>(utc);
  const year_month_day ymd{utc_day};
  if (!InYears(static_cast<int>(ymd.year()))) return std::nullopt;
  const hh_mm_ss hms{utc - utc_day};
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf;
}

// Unix time, as feeds and APIs give it: seconds (10 digits: from 2001 on)
// or milliseconds (13 digits) since 1970, in UTC. Other runs of digits are
// no dates ("20240910" would be a year of eight digits).
bool ParseUnixTime(std::string_view s, DateTime* dt) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if ((s.size() != 10 && s.size() != 13) ||
      !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  using namespace std::chrono;
  const sys_seconds t{seconds(std::stoll(std::string(s.substr(0, 10))))};
  const sys_days day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss hms{t - day};
  dt->year = static_cast<int>(ymd.year());
  dt->month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  dt->day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  dt->has_time = true;
  dt->hour = static_cast<int>(hms.hours().count());
  dt->minute = static_cast<int>(hms.minutes().count());
  dt->second = static_cast<int>(hms.seconds().count());
  dt->zone_minutes = 0;
  return true;
}

}  // namespace

std::optional<std::string> ParseDate(std::string_view s) {
  DateTime dt;
  if (ParseUnixTime(s, &dt)) return Format(dt);
  const std::vector<Token> tokens = Tokenize(s);
  if (ParseIso(tokens, &dt) || ParseWithMonthName(tokens, &dt)) return Format(dt);
  return std::nullopt;
}

}  // namespace qt::ingest
