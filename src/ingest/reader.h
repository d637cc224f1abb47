// Reading articles from input files: the entry point of the ingest stage.
//
//   .txt           one article; id = file name without extensions. A first line
//                  " date 2024-09-10 (Outlet) ..." gives the date and outlet;
//                  the text is kept exactly as read, header included.
//   .jsonl         one article per line: id, title, text, date, outlet, url, or
//                  news-please's maintext, date_publish, source_domain.
//   .json          one such object, an array of them, or JSON Lines.
//   .html / .htm   the page's main text, and title, date, outlet, url from its
//                  meta tags.
//   .warc          web archives (Common Crawl, wget): each HTML page fetched
//                  with status 200 is an article, read as an .html file;
//                  id from its URL (warc_reader.cc).
//   .rss .atom .xml  news feeds (RSS 2.0, RSS 1.0, Atom): each item is an
//                  article, its HTML content read as a page's body; id from
//                  its link (feed_reader.cc).
//   any + .gz      the same, gzip-compressed.
//   "-"            JSON Lines on standard input.
//
// Readers never stop a batch for a bad record: each one is reported to the
// sink as a Problem ("FILE:LINE: reason") and reading goes on.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ingest/article.h"

namespace qt::ingest {

struct ReadOptions {
  // A record (a .txt or .html file, one JSON line) larger than this is rejected
  // without being held in memory.
  size_t max_record_bytes = size_t{64} << 20;
};

enum class Format { kText, kJsonLines, kJson, kHtml, kWarc, kFeed, kUnknown };

// The format of `path` from its extension (ignoring a final ".gz").
Format FormatOf(const std::string& path);

// Reads every article of one input file (or "-") into `sink`. Every string
// of an article and a problem it receives is valid UTF-8 (bytes that are
// not are replaced with U+FFFD).
void ReadInput(const std::string& path, const ReadOptions& options, ArticleSink& sink);

// Expands files and directories (recursively, in sorted order, skipping hidden
// entries and files of unknown format) into the list of input files, and adds
// up their sizes into `*total_bytes` (for progress). Paths that do not exist or
// cannot be listed are reported to `sink`.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs, ArticleSink& sink,
                                      size_t* total_bytes);

}  // namespace qt::ingest
