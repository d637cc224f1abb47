// Dates as newspapers and feeds print them, normalised to ISO 8601.
//
// Accepted: ISO 8601 dates and date-times ("2024-09-10", "2024-09-10T14:05Z",
// "2024-09-10 14:05:00+02:00", "2024/09/10"), RFC 2822 ("Tue, 10 Sep 2024
// 14:05:00 +0000", "... GMT", "... EDT") and the usual newspaper forms
// ("Sept. 9, 2024", "September 9, 2024", "9 September 2024", "Monday, Sep 9
// 2024 at 10:30 a.m.") and Unix time in seconds or milliseconds
// ("1725977100", "1725977100000"). Text around the date is tolerated. Years
// run from 1800 to 2200 (in UTC, when a zone is given): others are typos or
// numbers that are no dates.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qt::ingest {

// Returns "YYYY-MM-DD" when only a date is given, "YYYY-MM-DDTHH:MM:SSZ" when
// a time with a zone is given (converted to UTC, so dates sort as strings),
// "YYYY-MM-DDTHH:MM:SS" for a time without a zone; nullopt when `s` holds no
// valid calendar date.
std::optional<std::string> ParseDate(std::string_view s);

}  // namespace qt::ingest
