// One reader per input format; ReadInput (reader.h) picks among them.
// Each reads from an opened InputFile and reports records to the sink.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/status.h"
#include "ingest/article.h"
#include "ingest/input_file.h"
#include "ingest/reader.h"

namespace qt::ingest {

void ReadTextFile(InputFile& in, const std::string& path, const ReadOptions& options,
                  ArticleSink& sink);
void ReadJsonLines(InputFile& in, const std::string& path, const ReadOptions& options,
                   ArticleSink& sink);
void ReadJsonFile(InputFile& in, const std::string& path, const ReadOptions& options,
                  ArticleSink& sink);
void ReadHtmlFile(InputFile& in, const std::string& path, const ReadOptions& options,
                  ArticleSink& sink);
void ReadWarcFile(InputFile& in, const std::string& path, const ReadOptions& options,
                  ArticleSink& sink);
void ReadFeedFile(InputFile& in, const std::string& path, const ReadOptions& options,
                  ArticleSink& sink);

// Where a page came from, beyond its bytes.
struct PageSource {
  std::string file;     // for problems and Article::source
  size_t line = 0;      // of its record in `file`; 0 when the page is the whole file
  std::string id;       // the article's id; "" to derive it from the url (DerivedId)
  std::string url;      // where it was fetched, read when its tags name none;
                        // its host is then the outlet, when they name none either
  std::string charset;  // what the transport (HTTP) declared, lower-cased; "" if nothing
};

// Reads the article of one HTML page, in any charset, as ReadHtmlFile reads
// a file's: main text, and title, date, outlet, url from its meta tags.
void ReadPage(std::string html, const PageSource& source, ArticleSink& sink);

// Whether a record's text is HTML markup (as CMS exports and some feeds
// give it): it opens with a tag and holds paragraph or break tags.
bool LooksLikeHtml(std::string_view text);
// The text of an HTML fragment, read as ReadHtmlFile reads a page's body:
// its paragraphs parted by blank lines, entities decoded, tags dropped. An
// error, as for a page, when its tags nest thousands deep (html_reader.cc).
Status HtmlFragmentText(std::string_view html, std::string* text);

// Reads a .txt header " date 2024-09-10 (Outlet) ..." into article->date and
// article->outlet; leaves them empty when the text has no such header.
void ReadTextHeader(Article* article);

}  // namespace qt::ingest
