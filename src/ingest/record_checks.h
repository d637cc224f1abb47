// Checks shared by every reader before a record's text is accepted.
#pragma once

#include <string>

#include "ingest/article.h"

namespace qt::ingest {

// Rejects text that is empty (white space only) or holds NUL bytes, and
// repairs invalid UTF-8 with U+FFFD (a warning). Reports to `sink` as
// FILE:LINE; returns false when the record is rejected.
bool AcceptText(std::string* text, const std::string& file, size_t line, ArticleSink& sink);

// A stable id for a record that has none: from its url when it has one, else
// from its text ("url-<hex>", "text-<hex>").
std::string DerivedId(const std::string& url, const std::string& text);

// The file name without directories, ".gz" and the format extension.
std::string IdFromPath(const std::string& path);

}  // namespace qt::ingest
