// CSV for spreadsheets (RFC 4180): what the reading commands print with
// `--format csv`, for newsrooms that work in Excel, LibreOffice or Sheets.
//
// Hard cases:
// - A field holding a comma, a double quote or a line break is quoted, its
//   quotes doubled; quotations often hold all three.
// - A field that begins with = + - or @ would be run as a formula by a
//   spreadsheet (CSV injection: a quotation is text anyone could have
//   printed). It is prefixed with an apostrophe, which spreadsheets show as
//   text and do not print; a reader of the raw file sees the apostrophe.
#pragma once

#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>

namespace qt::report {

// `field` as one CSV field.
inline std::string CsvField(std::string_view field) {
  std::string out;
  if (!field.empty() && std::string_view("=+-@").find(field.front()) != std::string_view::npos) {
    out += '\'';
  }
  out += field;
  if (out.find_first_of(",\"\r\n") == std::string::npos) return out;
  std::string quoted = "\"";
  for (char c : out) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

// One line of `fields`, ended with CRLF as RFC 4180 has it.
inline void WriteCsvRow(std::initializer_list<std::string_view> fields, std::ostream& out) {
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out << ',';
    out << CsvField(f);
    first = false;
  }
  out << "\r\n";
}

}  // namespace qt::report
