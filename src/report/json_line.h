// What the JSON Lines writers of the reading commands share.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

namespace qt::report {

// `s`, or null when it is empty: an unknown value prints as null.
inline nlohmann::ordered_json OrNull(const std::string& s) {
  return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
}

// `j` on one line. Text that is not valid UTF-8 (none is stored, but a
// reader's repair is the only guard) prints U+FFFD rather than throwing.
inline void WriteJsonLine(const nlohmann::ordered_json& j, std::ostream& out) {
  out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace qt::report
