#include "ingest/record_checks.h"

#include <xxhash.h>

#include <cstdio>
#include <filesystem>

#include "text/utf8.h"

namespace qt::ingest {

std::string Problem::ToString() const {
  std::string out = file;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += rejected ? ": " : ": warning: ";
  out += reason;
  return out;
}

bool AcceptText(std::string* text, const std::string& file, size_t line, ArticleSink& sink) {
  if (text->find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    sink.OnProblem({file, line, text->empty() ? "empty record, no text" : "text is only white space"});
    return false;
  }
  if (text->find('\0') != std::string::npos) {
    sink.OnProblem({file, line, "text contains NUL bytes (binary data?)"});
    return false;
  }
  if (const size_t n = text::RepairUtf8(text); n > 0) {
    sink.OnProblem({file, line,
                    "invalid UTF-8 repaired (" + std::to_string(n) + " sequence" +
                        (n == 1 ? "" : "s") + " replaced by U+FFFD)",
                    /*rejected=*/false});
  }
  return true;
}

std::string DerivedId(const std::string& url, const std::string& text) {
  const std::string& basis = url.empty() ? text : url;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(basis.data(), basis.size())));
  std::string id = url.empty() ? "text-" : "url-";
  id += hex;
  return id;
}

std::string IdFromPath(const std::string& path) {
  std::filesystem::path p(path);
  if (p.extension() == ".gz") p = p.stem();
  return p.stem().string();
}

}  // namespace qt::ingest
