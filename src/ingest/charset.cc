#include "ingest/charset.h"

#include <unicode/ucnv.h>

#include <algorithm>

#include "text/char_class.h"
#include "text/utf8.h"

namespace qt::ingest {
namespace {

bool IsUtf8Label(std::string_view label) { return label == "utf-8" || label == "utf8"; }

// A lead byte followed by its continuation bytes, forming one well-formed
// UTF-8 character: in windows-1252 text that takes an unlikely pair such
// as "Ã©".
bool HoldsMultiByteUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0xC2 || b > 0xF4) continue;
    const size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (i + n <= s.size() && text::IsValidUtf8(s.substr(i, n))) return true;
  }
  return false;
}

// The labels WHATWG's Encoding standard maps to windows-1252.
bool IsWindows1252Label(std::string_view label) {
  static constexpr std::string_view kLabels[] = {
      "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
      "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
      "us-ascii", "windows-1252", "x-cp1252"};
  return std::find(std::begin(kLabels), std::end(kLabels), label) != std::end(kLabels);
}

}  // namespace

std::string DeclaredCharset(std::string_view html) {
  const std::string head = text::AsciiLower(html.substr(0, 1024));
  const size_t at = head.find("charset");
  if (at == std::string::npos) return "";
  size_t i = at + 7;
  while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
  const size_t end = head.find_first_of(" \t\r\n\"';>/", i);
  return head.substr(i, (end == std::string::npos ? head.size() : end) - i);
}

std::string TextCharsetOf(std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return "utf-16";
  if (text::IsValidUtf8(text) || HoldsMultiByteUtf8(text)) return "";
  return "windows-1252";
}

std::string PageCharsetOf(std::string_view page) {
  if (page.starts_with("\xFF\xFE") || page.starts_with("\xFE\xFF")) return "utf-16";
  if (text::IsValidUtf8(page)) return "";
  const std::string declared = DeclaredCharset(page);
  if (declared.empty()) return TextCharsetOf(page);
  return IsUtf8Label(declared) ? "" : declared;
}

Status ConvertToUtf8(std::string_view charset, std::string* bytes) {
  const std::string from = IsWindows1252Label(charset) ? "windows-1252" : std::string(charset);
  // Preflight for the length, then convert.
  UErrorCode error = U_ZERO_ERROR;
  const int32_t size = ucnv_convert("UTF-8", from.c_str(), nullptr, 0, bytes->data(),
                                    static_cast<int32_t>(bytes->size()), &error);
  if (error == U_FILE_ACCESS_ERROR) return Status::Error("unknown charset \"" + from + "\"");
  if (error != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(error)) {
    return Status::Error("cannot decode as " + from + ": " + u_errorName(error));
  }
  std::string out(static_cast<size_t>(size), '\0');
  error = U_ZERO_ERROR;
  ucnv_convert("UTF-8", from.c_str(), out.data(), size, bytes->data(),
               static_cast<int32_t>(bytes->size()), &error);
  if (U_FAILURE(error)) return Status::Error("cannot decode as " + from + ": " + u_errorName(error));
  bytes->swap(out);
  return Status::Ok();
}

}  // namespace qt::ingest
