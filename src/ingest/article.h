// Article: one news article as read from an input, before it is stored.
#pragma once

#include <cstddef>
#include <string>

namespace qt::ingest {

struct Article {
  std::string id;      // stable: given by the input, else derived (see readers)
  std::string text;    // exactly as read (after UTF-8 repair); offsets refer to it
  std::string title;   // may be empty
  std::string date;    // ISO 8601 ("2024-09-10" or "2024-09-10T14:00:00Z"), or empty
  std::string outlet;  // may be empty
  std::string url;     // may be empty
  std::string source;  // where it was read: "path" or "path:line"
};

// A record that was rejected, or accepted with a repair. Printed as
// "FILE:LINE: reason" (LINE is 0 when the problem concerns the whole file).
struct Problem {
  std::string file;
  size_t line = 0;
  std::string reason;
  bool rejected = true;  // false: a warning, the record was still accepted

  std::string ToString() const;
};

// Receives what readers find, in input order.
class ArticleSink {
 public:
  virtual ~ArticleSink() = default;
  virtual void OnArticle(Article&& article) = 0;
  virtual void OnProblem(const Problem& problem) = 0;
  // Bytes of input consumed so far by the current reader (for progress).
  virtual void OnBytesRead(size_t /*bytes*/) {}
};

}  // namespace qt::ingest
