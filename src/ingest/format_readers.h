// One reader per input format; ReadInput (reader.h) picks among them.
// Each reads from an opened InputFile and reports records to the sink.
#pragma once

#include <string>
#include <string_view>

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

// Whether a record's text is HTML markup (as CMS exports and some feeds
// give it): it opens with a tag and holds paragraph or break tags.
bool LooksLikeHtml(std::string_view text);
// The text of an HTML fragment, read as ReadHtmlFile reads a page's body:
// its paragraphs parted by blank lines, entities decoded, tags dropped.
std::string HtmlFragmentText(std::string_view html);

// Reads a .txt header " date 2024-09-10 (Outlet) ..." into article->date and
// article->outlet; leaves them empty when the text has no such header.
void ReadTextHeader(Article* article);

}  // namespace qt::ingest
