// News feeds (.rss, .atom, .xml: RSS 2.0, RSS 1.0 and Atom), read with
// expat as a stream: each item or entry is an article, the way outlets
// publish them.
//
// - Text: the item's full content (RSS content:encoded, Atom content) when
//   it has one, else its description or summary. Feeds carry it as HTML
//   (escaped, in CDATA, or Atom's inline XHTML): it is read as a page's
//   body is (HtmlFragmentText), paragraphs parted by blank lines. Plain
//   text (Atom type="text") is kept as it is.
// - Id: derived from the item's link (else its guid or Atom id) as a web
//   archive's page is ("url-<hex>"), so the same article read from a feed,
//   a crawl or JSON Lines with its url is one article, not three.
// - Date: pubDate, dc:date, published, else updated. Outlet: the channel's
//   or feed's title.
// - Control characters, which XML forbids and feeds print anyway, are read
//   as spaces.
// - An item without text, or with more than the record limit, is reported
//   at the line it starts on and the rest of the feed is read. XML that is
//   not well-formed stops the file there (expat cannot resume), after the
//   items before it were kept. XML that is not a feed (a sitemap in a
//   directory of articles) is passed over with a warning.
#include <expat.h>

#include <string>
#include <string_view>

#include "ingest/date_parser.h"
#include "ingest/format_readers.h"
#include "ingest/input_file.h"
#include "ingest/record_checks.h"

namespace qt::ingest {
namespace {

constexpr char kNamespaceSeparator = '\x01';
constexpr std::string_view kContentModule = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kAtom = "http://www.w3.org/2005/Atom";
constexpr std::string_view kRss1 = "http://purl.org/rss/1.0/";
constexpr std::string_view kDublinCore = "http://purl.org/dc/elements/1.1/";

// RSS 2.0 (no namespace), RSS 1.0 and Atom.
bool IsFeedVocabulary(std::string_view space) {
  return space.empty() || space == kRss1 || space == kAtom;
}

// "http://www.w3.org/2005/Atom\x01entry" → its namespace and local name.
struct Name {
  std::string_view space, local;
  explicit Name(const XML_Char* name) {
    const std::string_view n(name);
    const size_t sep = n.find(kNamespaceSeparator);
    if (sep == std::string_view::npos) {
      local = n;
    } else {
      space = n.substr(0, sep);
      local = n.substr(sep + 1);
    }
  }
};

std::string_view AttributeOf(const XML_Char** attributes, std::string_view name) {
  for (size_t i = 0; attributes[i] != nullptr; i += 2) {
    if (Name(attributes[i]).local == name) return attributes[i + 1];
  }
  return {};
}

// XML forbids the C0 control characters but tab and line breaks, and expat
// stops at the first; feeds carry them all the same (an ESC pasted into an
// article stopped a feed at that item). They are read as spaces, as feed
// readers do. No byte of a multi-byte UTF-8 sequence is below 0x20.
void BlankControlCharacters(std::string* bytes) {
  for (char& c : *bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') c = ' ';
  }
}

// The fields of one item as they are read.
struct Item {
  size_t line = 0;
  std::string title, link, guid, date, updated;
  std::string content, summary;  // content:encoded or Atom content; description or summary
  bool content_is_text = false, summary_is_text = false;  // Atom type="text"
};

class FeedReader {
 public:
  FeedReader(const std::string& path, const ReadOptions& options, ArticleSink& sink)
      : path_(path),
        options_(options),
        sink_(sink),
        parser_(XML_ParserCreateNS(nullptr, kNamespaceSeparator)) {
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &FeedReader::Start, &FeedReader::End);
    XML_SetCharacterDataHandler(parser_, &FeedReader::Characters);
  }
  ~FeedReader() { XML_ParserFree(parser_); }
  FeedReader(const FeedReader&) = delete;
  FeedReader& operator=(const FeedReader&) = delete;

  void Run(InputFile& in) {
    constexpr size_t kPiece = size_t{1} << 18;
    std::string piece;
    for (bool more = true; more;) {
      piece.clear();
      more = in.ReadBytes(kPiece, &piece);
      sink_.OnBytesRead(in.bytes_consumed());
      BlankControlCharacters(&piece);
      if (XML_Parse(parser_, piece.data(), static_cast<int>(piece.size()), !more) ==
          XML_STATUS_ERROR) {
        sink_.OnProblem(
            {path_, XML_GetCurrentLineNumber(parser_),
             std::string("not well-formed XML: ") + XML_ErrorString(XML_GetErrorCode(parser_))});
        return;
      }
    }
    if (!in.error().empty()) {
      sink_.OnProblem({path_, XML_GetCurrentLineNumber(parser_), in.error()});
    }
    // A sitemap or some other XML beside the articles: said, not an error.
    if (!seen_root_) {
      sink_.OnProblem({path_, 0, "not a news feed (RSS or Atom); passed over", false});
    }
  }

 private:
  static void Start(void* self, const XML_Char* name, const XML_Char** attributes) {
    static_cast<FeedReader*>(self)->OnStart(Name(name), attributes);
  }
  static void End(void* self, const XML_Char* name) {
    static_cast<FeedReader*>(self)->OnEnd(Name(name));
  }
  static void Characters(void* self, const XML_Char* s, int n) {
    static_cast<FeedReader*>(self)->OnCharacters(std::string_view(s, static_cast<size_t>(n)));
  }

  void OnStart(const Name& name, const XML_Char** attributes) {
    ++depth_;
    if (depth_ == 1) {
      seen_root_ = name.local == "rss" || name.local == "feed" || name.local == "RDF";
    }
    if (xhtml_depth_ > 0) {  // Atom's inline XHTML: kept as markup
      *field_ += "<" + std::string(name.local) + ">";
      return;
    }
    if (!seen_root_) return;
    if (name.local == "item" || name.local == "entry") {
      item_ = Item();
      item_.line = XML_GetCurrentLineNumber(parser_);
      item_depth_ = depth_;
      return;
    }
    field_ = nullptr;
    if (item_depth_ == 0) {
      // The channel's or the feed's title (not its image's, a level down).
      if (name.local == "title" && outlet_.empty() && depth_ <= 3) field_ = &outlet_;
      return;
    }
    if (depth_ != item_depth_ + 1) return;  // media:group's title and the like
    // Media RSS puts media:content, media:title and media:description
    // beside an item's own: only the feed's vocabularies are read.
    const bool dated = name.local == "date" && name.space == kDublinCore;
    const bool encoded = name.local == "encoded" && name.space == kContentModule;
    if (!IsFeedVocabulary(name.space) && !dated && !encoded) return;
    const std::string_view type = AttributeOf(attributes, "type");
    const bool plain = type == "text" || (type.empty() && name.space == kAtom);  // Atom's default
    if (name.local == "title") field_ = &item_.title;
    if (name.local == "guid" || name.local == "id") field_ = &item_.guid;
    if (name.local == "pubDate" || dated || name.local == "published") field_ = &item_.date;
    if (name.local == "updated") field_ = &item_.updated;
    if (name.local == "link") {
      const std::string_view rel = AttributeOf(attributes, "rel");
      const std::string_view href = AttributeOf(attributes, "href");
      if (!href.empty() && (rel.empty() || rel == "alternate") && item_.link.empty()) {
        item_.link = href;
      }
      if (href.empty()) field_ = &item_.link;  // RSS: the link is the element's text
    }
    if (encoded || name.local == "content") {
      field_ = &item_.content;
      item_.content_is_text = plain;
    }
    if (name.local == "description" || name.local == "summary") {
      field_ = &item_.summary;
      item_.summary_is_text = plain;
    }
    if (field_ != nullptr) field_->clear();
    if (type == "xhtml" && field_ != nullptr) xhtml_depth_ = depth_;
  }

  void OnEnd(const Name& name) {
    if (xhtml_depth_ > 0 && depth_ > xhtml_depth_) {
      *field_ += "</" + std::string(name.local) + ">";
    } else {
      xhtml_depth_ = 0;
      field_ = nullptr;
      if (item_depth_ == depth_) {
        Emit();
        item_depth_ = 0;
      }
    }
    --depth_;
  }

  void OnCharacters(std::string_view s) {
    if (field_ == nullptr) return;
    if (field_->size() + s.size() > options_.max_record_bytes) {
      too_long_ = true;
      return;
    }
    if (xhtml_depth_ == 0) {
      field_->append(s);
      return;
    }
    for (char c : s) {  // markup again, so that the HTML reader can read it
      if (c == '<')
        *field_ += "&lt;";
      else if (c == '&')
        *field_ += "&amp;";
      else
        *field_ += c;
    }
  }

  static Status TextOf(const std::string& body, bool plain, std::string* text) {
    if (plain) {
      *text = Trimmed(body);
      return Status::Ok();
    }
    return HtmlFragmentText(body, text);
  }

  void Emit() {
    if (too_long_) {
      sink_.OnProblem({path_, item_.line, "feed item is larger than the record limit"});
      too_long_ = false;
      return;
    }
    Article article;
    const bool full = !item_.content.empty();
    if (Status s = TextOf(full ? item_.content : item_.summary,
                          full ? item_.content_is_text : item_.summary_is_text, &article.text);
        !s.ok()) {
      sink_.OnProblem({path_, item_.line, "feed item's text: " + s.message()});
      return;
    }
    if (!AcceptText(&article.text, path_, item_.line, sink_)) return;
    // A title with markup is read as a fragment too; one nesting too deep
    // for that is kept as printed.
    std::string title = item_.title;
    if (title.find('<') != std::string::npos) (void)HtmlFragmentText(item_.title, &title);
    article.title = Trimmed(title);
    article.url = Trimmed(item_.link);
    const std::string key = !article.url.empty() ? article.url : Trimmed(item_.guid);
    article.id = DerivedId(key, article.text);
    article.outlet = Trimmed(outlet_);
    if (auto date = ParseDate(!item_.date.empty() ? item_.date : item_.updated))
      article.date = *date;
    article.source = path_ + ":" + std::to_string(item_.line);
    sink_.OnArticle(std::move(article));
  }

  static std::string Trimmed(const std::string& s) {
    const size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
  }

  const std::string& path_;
  const ReadOptions& options_;
  ArticleSink& sink_;
  XML_Parser parser_;
  bool seen_root_ = false;
  size_t depth_ = 0;
  size_t item_depth_ = 0;   // of the open item or entry; 0 outside one
  size_t xhtml_depth_ = 0;  // of the open type="xhtml" element; 0 outside one
  std::string outlet_;
  Item item_;
  std::string* field_ = nullptr;  // where character data goes
  bool too_long_ = false;
};

}  // namespace

void ReadFeedFile(InputFile& in, const std::string& path, const ReadOptions& options,
                  ArticleSink& sink) {
  FeedReader(path, options, sink).Run(in);
}

}  // namespace qt::ingest
