// HTML articles, parsed with Gumbo (an HTML5-conformant parser).
//
// The main text is the page's paragraphs inside <article> (else <main>, else
// <body>), leaving out navigation, headers, footers, asides, scripts, forms,
// and boxes whose class or id marks them as menus, related links, sharing,
// comments, ads or newsletters. Paragraphs that are link teasers ("ALSO READ",
// "READ MORE", "Related:") are dropped too. Paragraphs are joined by a blank
// line, so the stored text reads like a .txt article.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_set>

#include "ingest/charset.h"
#include "ingest/date_parser.h"
#include "ingest/format_readers.h"
#include "ingest/record_checks.h"
#include "text/char_class.h"
#include "text/paragraphs.h"
#include "text/utf8.h"

namespace qt::ingest {
namespace {

std::string_view Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool IsBoilerplate(const GumboNode* node) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_IFRAME: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TEMPLATE:
      return true;
    default:
      break;
  }
  static constexpr std::array<std::string_view, 15> kMarks = {
      "nav",     "menu",   "footer",     "related",   "also-read", "alsoread", "share", "social",
      "comment", "advert", "newsletter", "subscribe", "sidebar",   "breadcrumb", "promo"};
  const std::string names =
      text::AsciiLower(Attr(node, "class")) + " " + text::AsciiLower(Attr(node, "id"));
  return std::any_of(kMarks.begin(), kMarks.end(),
                     [&](std::string_view m) { return names.find(m) != std::string::npos; });
}

// Appends the node's text with runs of white space folded to one space.
void AppendText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    for (const char* p = node->v.text.text; *p != '\0'; ++p) {
      const bool space = std::isspace(static_cast<unsigned char>(*p));
      if (space) {
        if (!out->empty() && out->back() != ' ') *out += ' ';
      } else {
        *out += *p;
      }
    }
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT || IsBoilerplate(node)) return;
  if (node->v.element.tag == GUMBO_TAG_BR && !out->empty() && out->back() != ' ') *out += ' ';
  // <q> prints no marks in the source; a browser draws them. Without them
  // the quotation would be lost to the text.
  const bool q = node->v.element.tag == GUMBO_TAG_Q;
  if (q) *out += "\xE2\x80\x9C";
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    AppendText(static_cast<const GumboNode*>(children.data[i]), out);
  }
  if (q) *out += "\xE2\x80\x9D";
}

std::string Trim(std::string s) {
  const size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

bool IsBlock(GumboTag tag) {
  return tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_H2 ||
         tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_PRE;
}

void CollectParagraphs(const GumboNode* node, std::vector<std::string>* paragraphs) {
  if (node->type != GUMBO_NODE_ELEMENT || IsBoilerplate(node)) return;
  if (IsBlock(node->v.element.tag)) {
    std::string p;
    AppendText(node, &p);
    p = Trim(std::move(p));
    if (!p.empty() && !text::IsLinkTeaser(p)) paragraphs->push_back(std::move(p));
    return;
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    CollectParagraphs(static_cast<const GumboNode*>(children.data[i]), paragraphs);
  }
}

bool IsInline(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_SPAN: case GUMBO_TAG_SMALL: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_U: case GUMBO_TAG_Q: case GUMBO_TAG_CITE:
    case GUMBO_TAG_ABBR: case GUMBO_TAG_TIME: case GUMBO_TAG_FONT: case GUMBO_TAG_MARK:
    case GUMBO_TAG_S: case GUMBO_TAG_CODE:
      return true;
    default:
      return false;
  }
}

// A page without <p> paragraphs (older sites, some CMSes) writes them as
// the text of blocks (<div>, <td>), parted by blocks or by two <br>s in a
// row; one <br> is a space. The headline (<h1>) is the title, not text.
class TextBlocks {
 public:
  explicit TextBlocks(std::vector<std::string>* paragraphs) : paragraphs_(paragraphs) {}

  void Collect(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) {
      AppendText(node, &current_);
      if (node->type != GUMBO_NODE_WHITESPACE) breaks_ = 0;  // "<br> <br>" is two in a row
      return;
    }
    if (IsBoilerplate(node) || node->v.element.tag == GUMBO_TAG_H1) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
      if (++breaks_ == 2) Flush();
      AppendText(node, &current_);
      return;
    }
    if (IsInline(tag)) {
      AppendText(node, &current_);
      breaks_ = 0;
      return;
    }
    Flush();
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      Collect(static_cast<const GumboNode*>(children.data[i]));
    }
    Flush();
  }

  void Flush() {
    std::string p = Trim(std::move(current_));
    current_.clear();
    breaks_ = 0;
    if (!p.empty() && !text::IsLinkTeaser(p)) paragraphs_->push_back(std::move(p));
  }

 private:
  std::vector<std::string>* paragraphs_;
  std::string current_;
  int breaks_ = 0;  // <br>s in a row
};

// What the page's <head> says about the article.
struct PageMeta {
  std::string title, og_title, date, outlet, url;
  std::vector<const GumboNode*> articles;  // every <article>, in document order
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
};

void SetOnce(std::string* field, std::string_view value) {
  if (field->empty() && !value.empty()) *field = Trim(std::string(value));
}

// `aside`: inside <aside> or <nav>, whose <article> cards and <time>s are
// other stories'. Not <header>: an article's own holds its date. Not by
// class names, as the text is read: a page-wide "with-sidebar" wrapper
// would take the story with it.
void ScanPage(const GumboNode* node, PageMeta* meta, bool aside = false) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = node->v.element.tag;
  aside = aside || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_NAV;
  if (tag == GUMBO_TAG_META) {
    const std::string key =
        text::AsciiLower(!Attr(node, "property").empty() ? Attr(node, "property")
                         : !Attr(node, "name").empty()   ? Attr(node, "name")
                                                         : Attr(node, "itemprop"));
    const std::string_view content = Attr(node, "content");
    if (key == "og:title" || key == "twitter:title") SetOnce(&meta->og_title, content);
    if (key == "article:published_time" || key == "datepublished" || key == "date" ||
        key == "pubdate" || key == "dc.date" || key == "publish-date") {
      SetOnce(&meta->date, content);
    }
    if (key == "og:site_name" || key == "publisher" || key == "application-name") {
      SetOnce(&meta->outlet, content);
    }
    if (key == "og:url") SetOnce(&meta->url, content);
  } else if (tag == GUMBO_TAG_LINK && text::AsciiLower(Attr(node, "rel")) == "canonical") {
    SetOnce(&meta->url, Attr(node, "href"));
  } else if (tag == GUMBO_TAG_TIME && !aside) {
    SetOnce(&meta->date, Attr(node, "datetime"));
  } else if (tag == GUMBO_TAG_TITLE) {
    std::string t;
    AppendText(node, &t);
    SetOnce(&meta->title, t);
  } else if (tag == GUMBO_TAG_ARTICLE && !aside) {
    meta->articles.push_back(node);
  } else if (tag == GUMBO_TAG_MAIN && meta->main == nullptr) {
    meta->main = node;
  } else if (tag == GUMBO_TAG_BODY) {
    meta->body = node;
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    ScanPage(static_cast<const GumboNode*>(children.data[i]), meta, aside);
  }
}

// The text under `root`: its paragraphs, or its text blocks when it has
// no <p>, parted by blank lines.
std::string TextUnder(const GumboNode* root) {
  if (root == nullptr) return "";
  std::vector<std::string> paragraphs;
  CollectParagraphs(root, &paragraphs);
  if (paragraphs.empty()) TextBlocks(&paragraphs).Collect(root);
  std::string text;
  for (const std::string& p : paragraphs) {
    if (!text.empty()) text += "\n\n";
    text += p;
  }
  return text;
}

// "www.alder-courier.example" → "alder-courier.example": the outlet a
// page fetched from `url` stands for, when its tags name none. "" for "".
std::string HostOf(std::string_view url) {
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
  }
  url = url.substr(0, url.find_first_of("/?#"));
  if (const size_t at = url.rfind('@'); at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  if (url.starts_with("www.")) url.remove_prefix(4);
  return text::AsciiLower(url);
}

// The page's story: its longest <article>, else its <main>, else its body.
// Pages print a teaser card for each related story as an <article> too,
// often before the story's own, and comments inside it as more: the first
// one was a card on such pages, and the longest is the story.
std::string MainText(const PageMeta& meta) {
  std::string best;
  for (const GumboNode* node : meta.articles) {
    std::string text = TextUnder(node);
    if (text.size() > best.size()) best = std::move(text);
  }
  if (!best.empty()) return best;
  return TextUnder(meta.main ? meta.main : meta.body);
}

// How deep `html` nests its tags, estimated in one pass without parsing:
// elements that close themselves (void ones, "<x/>") or are closed by the
// next of their kind (<p>, <li>, <td> …) do not count, so a page of
// unclosed paragraphs is one deep, as a parser reads it.
size_t NestingDepth(std::string_view html) {
  static const std::unordered_set<std::string_view> kLeaves = {
      "area",    "base",  "br",     "col",    "embed",    "hr",    "img",   "input", "link",
      "meta",    "param", "source", "track",  "wbr",      "p",     "li",    "dt",    "dd",
      "tr",      "td",    "th",     "option", "optgroup", "thead", "tbody", "tfoot", "colgroup",
      "caption", "rb",    "rt",     "rp",     "html",     "head",  "body"};
  size_t depth = 0, deepest = 0;
  size_t gt = 0;  // the first '>' at or after the tag's name: found again only past it
  for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t end = i + 1 + closing;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    if (end == i + 1 + closing) continue;  // a comment, a doctype, a stray "<"
    const std::string name = text::AsciiLower(html.substr(i + 1 + closing, end - i - 1 - closing));
    if (kLeaves.count(name) > 0) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    if (gt < end) gt = html.find('>', end);  // npos stays: no '>' is left
    if (gt == std::string_view::npos || html[gt - 1] != '/') deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

// Gumbo's time grows with the square of the nesting (each start tag reads
// the stack of open elements), and the page's walks above recurse: 300,000
// unclosed <div>s took Gumbo five minutes and then overflowed the stack.
// Pages nest a few dozen deep; a browser's parser stops nesting at 512.
constexpr size_t kMaxNesting = 4096;

Status CheckNesting(std::string_view html) {
  if (const size_t depth = NestingDepth(html); depth > kMaxNesting) {
    return Status::Error("HTML nests tags " + std::to_string(depth) + " deep (at most " +
                         std::to_string(kMaxNesting) + " are read)");
  }
  return Status::Ok();
}

}  // namespace

bool LooksLikeHtml(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || text[first] != '<') return false;
  const std::string head = text::AsciiLower(text.substr(0, 4096));
  for (std::string_view tag : {"<p>", "<p ", "</p>", "<br", "<div"}) {
    if (head.find(tag) != std::string::npos) return true;
  }
  return false;
}

Status HtmlFragmentText(std::string_view html, std::string* text) {
  if (Status s = CheckNesting(html); !s.ok()) return s;
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  PageMeta meta;
  ScanPage(output->root, &meta);
  *text = TextUnder(meta.body);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return Status::Ok();
}

void ReadHtmlFile(InputFile& in, const std::string& path, const ReadOptions& options,
                  ArticleSink& sink) {
  std::string html;
  bool too_long = false;
  const bool ok = in.ReadAll(&html, options.max_record_bytes, &too_long);
  sink.OnBytesRead(in.bytes_consumed());
  if (too_long || !ok) {
    sink.OnProblem({path, 0, too_long ? "file is larger than the record limit" : in.error()});
    return;
  }
  ReadPage(std::move(html), {.file = path, .id = IdFromPath(path)}, sink);
}

void ReadPage(std::string html, const PageSource& source, ArticleSink& sink) {
  std::string charset = PageCharsetOf(html);
  // A charset the transport declared comes before the page's own (HTML's
  // rule), for a page that is not UTF-8.
  if (!charset.empty() && !source.charset.empty()) charset = source.charset;
  if (!charset.empty()) {
    if (Status s = ConvertToUtf8(charset, &html); !s.ok()) {
      sink.OnProblem(
          {source.file, source.line, s.message() + ", read as UTF-8", /*rejected=*/false});
    }
  }
  if (!AcceptText(&html, source.file, source.line, sink)) return;  // Gumbo needs valid UTF-8
  if (Status s = CheckNesting(html); !s.ok()) {
    sink.OnProblem({source.file, source.line, s.message()});
    return;
  }

  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  PageMeta meta;
  ScanPage(output->root, &meta);
  Article article;
  article.text = MainText(meta);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  if (article.text.empty()) {
    sink.OnProblem({source.file, source.line, "no article text found in the page"});
    return;
  }
  article.url = !meta.url.empty() ? meta.url : source.url;
  article.id = !source.id.empty() ? source.id : DerivedId(article.url, article.text);
  article.title = !meta.og_title.empty() ? meta.og_title : meta.title;
  article.outlet = !meta.outlet.empty() ? meta.outlet : HostOf(source.url);
  if (auto date = ParseDate(meta.date)) article.date = *date;
  article.source = source.line == 0 ? source.file : source.file + ":" + std::to_string(source.line);
  sink.OnArticle(std::move(article));
}

}  // namespace qt::ingest
