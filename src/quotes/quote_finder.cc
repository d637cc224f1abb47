#include "quotes/quote_finder.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/char_class.h"
#include "text/tokens.h"
#include "text/utf8.h"

namespace qt::quotes {
namespace {

using text::IsAlnum;
using text::IsDigit;
using text::IsLetter;
using text::IsSpace;
using text::Span;

constexpr size_t kLookahead = 6;
// How far past a mark AttributionFollows looks for a cue.
constexpr size_t kAttributionWords = 8;
constexpr size_t kAttributionBytes = 120;

enum class MarkClass { kDouble, kSingle, kGuillemet, kSingleGuillemet, kCorner, kWhiteCorner };
enum class Role { kNone, kOpen, kClose, kEither };

bool IsDoubleOpener(char32_t c) { return c == U'“' || c == U'„' || c == U'«'; }
bool IsDoubleCloser(char32_t c) { return c == U'”' || c == U'»'; }
bool IsQuoteChar(char32_t c) {
  return c == U'“' || c == U'”' || c == U'„' || c == U'«' || c == U'»' || c == U'‘' ||
         c == U'’' || c == U'"' || c == U'\'' || c == U'‹' || c == U'›' || c == U'「' ||
         c == U'」' || c == U'『' || c == U'』';
}
bool IsOpeningPunct(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == '/' || text::IsDash(c) || c == U'“' ||
         c == U'‘' || c == U'„' || c == U'«' || c == U'‹' || c == U'「' || c == U'『' || c == '"' ||
         c == '\'' || c == ':';
}

// The quote mark at text[i], if any, and its length in bytes. Typewriter
// substitutes read as the marks they stand for: '' (two apostrophes, as the
// New York Times' archive prints) as ", and `` as “.
char32_t MarkAt(std::string_view text, size_t i, size_t* length) {
  if (text.substr(i, 2) == "''") {
    *length = 2;
    return '"';
  }
  if (text.substr(i, 2) == "``") {
    *length = 2;
    return U'“';
  }
  size_t j = i;
  const char32_t c = text::DecodeUtf8(text, &j);
  *length = j - i;
  return IsQuoteChar(c) ? c : 0;
}

// The bytes a quote mark (or markup) starts with: " ' ` <, 0xE2 (“ ” „ ‘ ’
// ‹ ›), 0xC2 (« ») and 0xE3 (「 」 『 』). Every other byte is skipped with
// one table lookup.
constexpr auto kStartsMark = [] {
  std::array<bool, 256> starts{};
  for (unsigned char b : {'"', '\'', '`', '<', '\xE2', '\xC2', '\xE3'}) starts[b] = true;
  return starts;
}();

// The first i' in [i, end) whose byte may start a mark, or end. Most of
// a text starts none: sixteen bytes are tested at once where SSE2 is
// (every x86-64), the byte table after them and elsewhere.
size_t NextMarkByte(std::string_view text, size_t i, size_t end) {
#if defined(__SSE2__)
  const __m128i marks[] = {_mm_set1_epi8('"'), _mm_set1_epi8('\''), _mm_set1_epi8('`'),
                           _mm_set1_epi8('<'), _mm_set1_epi8('\xE2'), _mm_set1_epi8('\xC2'),
                           _mm_set1_epi8('\xE3')};
  for (; i + 16 <= end; i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i any = _mm_setzero_si128();
    for (const __m128i& mark : marks) any = _mm_or_si128(any, _mm_cmpeq_epi8(bytes, mark));
    if (const unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(any)); bits != 0) {
      return i + static_cast<size_t>(std::countr_zero(bits));
    }
  }
#endif
  while (i < end && !kStartsMark[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

struct Open {
  size_t index;  // into the output
  MarkClass cls;
  bool straight;  // opened by " or ''
};

class Finder {
 public:
  Finder(std::string_view text, const std::vector<Span>& paragraphs, const CueLexicon& cues)
      : text_(text), paragraphs_(paragraphs), cues_(cues) {}

  std::vector<QuoteSpan> Run() {
    for (size_t p = 0; p < paragraphs_.size(); ++p) {
      ScanParagraph(p);
      if (!stack_.empty()) EndParagraph(p);
    }
    std::vector<QuoteSpan> kept;
    std::vector<int> new_index(out_.size(), -1);
    for (size_t i = 0; i < out_.size(); ++i) {
      if (!HasAlnum(out_[i])) continue;
      new_index[i] = static_cast<int>(kept.size());
      kept.push_back(TrimmedOfSpaces(out_[i]));
    }
    for (QuoteSpan& q : kept) {
      while (q.parent >= 0 && new_index[q.parent] < 0) q.parent = out_[q.parent].parent;
      if (q.parent >= 0) q.parent = new_index[q.parent];
    }
    return kept;
  }

 private:
  // « Nous partons » and “ spaced ” marks: the spaces inside the marks are
  // no part of what was said. Run on kept quotations, which hold a letter or
  // a digit, so some content is left.
  QuoteSpan TrimmedOfSpaces(QuoteSpan q) const {
    for (size_t i = q.start; i < q.end && text::IsSpace(text::DecodeUtf8(text_, &i));) q.start = i;
    for (size_t i = q.end; i > q.start && text::IsSpace(text::DecodeUtf8Before(text_, &i));) q.end = i;
    return q;
  }

  bool HasAlnum(const QuoteSpan& q) const {
    for (size_t i = q.start; i < q.end;) {
      if (IsAlnum(text::DecodeUtf8(text_, &i))) return true;
    }
    return false;
  }

  // Code point before/after a position within the paragraph; '\n' outside it.
  char32_t Before(size_t i, const Span& p) const {
    if (i <= p.begin) return '\n';
    return text::DecodeUtf8Before(text_, &i);
  }
  char32_t After(size_t i, const Span& p) const {
    if (i >= p.end) return '\n';
    return text::DecodeUtf8(text_, &i);
  }

  bool HasOpen(MarkClass cls) const {
    for (const Open& o : stack_) {
      if (o.cls == cls) return true;
    }
    return false;
  }

  // A straight double mark that looks as if it opened a quotation inside
  // one a straight mark opened closes that one instead when the reporter's
  // words follow it. Text spaced by a tokenizer prints "Not yet," Reyes
  // said as `"Not yet, "Reyes said`, whose spaces say the second mark
  // opens; nested straight marks ("He shouted "Stop!" twice") keep opening.
  // Curly marks say their direction and are left as they are.
  Role OpenUnlessAttributed(size_t after, const Span& p) const {
    return InnermostDoubleIsStraight() && AttributionFollows(after, p) ? Role::kClose
                                                                        : Role::kOpen;
  }

  // Whether the mark ending at `after` is followed, past spaces, by
  // punctuation that ends a clause: no quotation opens with it.
  bool PunctuationFollows(size_t after, const Span& p) const {
    while (after < p.end && text_[after] == ' ') ++after;
    if (after >= p.end) return false;
    const char c = text_[after];
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')';
  }

  bool InnermostDoubleIsStraight() const {
    for (size_t k = stack_.size(); k > 0; --k) {
      if (stack_[k - 1].cls == MarkClass::kDouble) return stack_[k - 1].straight;
    }
    return false;
  }

  // Whether the reporter's words follow the mark ending at `after`: a cue
  // among the next few words, before the next double mark, and not after
  // "I", "we" or "you", which speak rather than report ("I said no").
  bool AttributionFollows(size_t after, const Span& p) const {
    size_t end = std::min(p.end, after + kAttributionBytes);
    for (size_t i = after; (i = NextMarkByte(text_, i, end)) < end; ++i) {
      size_t length;
      const char32_t c = MarkAt(text_, i, &length);
      if (c != 0 && ClassOf(c) == MarkClass::kDouble) {
        end = i;
        break;
      }
    }
    std::vector<text::Token> tokens;
    text::Tokenize(text_, {after, end}, &tokens);
    size_t words = 0;
    for (size_t i = 0; i < tokens.size() && words < kAttributionWords; ++i) {
      if (tokens[i].kind != text::Token::kWord) continue;
      ++words;
      size_t length;
      const Cue* cue = cues_.Match(tokens, i, &length);
      if (cue == nullptr || cue->kind == CueKind::kNaming) continue;
      if (i == 0) return true;
      const std::string_view before = tokens[i - 1].lower();
      return before != "i" && before != "we" && before != "you";
    }
    return false;
  }

  // Another mark later in the paragraph that could close a single quote.
  bool LaterSingleCloser(size_t from, const Span& p) const {
    for (size_t i = from; i < p.end;) {
      const size_t at = i;
      const char32_t c = text::DecodeUtf8(text_, &i);
      if (c != U'’' && c != '\'') continue;
      const char32_t prev = Before(at, p), next = After(i, p);
      if (!IsSpace(prev) && !IsAlnum(next)) return true;
    }
    return false;
  }

  Role RoleOf(char32_t c, size_t at, size_t after, const Span& p) const {
    const char32_t prev = Before(at, p), next = After(after, p);
    const bool left = (IsSpace(prev) || IsOpeningPunct(prev)) && !IsSpace(next);
    const bool right = !IsSpace(prev) && !IsAlnum(next);
    switch (c) {
      case U'“':
      case U'„':
        // “ used as a closer, with a double quote open: “Q.“, or a mark
        // before a comma or a period (“ Q “, she said).
        if (c == U'“' && HasOpen(MarkClass::kDouble) &&
            ((right && !left) || PunctuationFollows(after, p))) {
          return Role::kClose;
        }
        return Role::kOpen;
      case U'”':
        if (!HasOpen(MarkClass::kDouble) && left && !right) return Role::kOpen;
        return Role::kClose;
      // French « … » and ‹ … ›; German and Danish »…« and ›…‹, Swedish
      // »…»: a mark spaced as an opener opens when none of its kind is
      // open, one spaced as a closer closes when one is.
      case U'«':
      case U'‹':
        if (HasOpen(ClassOf(c)) && right && !left) return Role::kClose;
        return Role::kOpen;
      case U'»':
      case U'›':
        if (!HasOpen(ClassOf(c)) && left && !right) return Role::kOpen;
        return Role::kClose;
      // Japanese and Chinese corner brackets point one way: 「…」, 『…』 inside.
      case U'「':
      case U'『':
        return Role::kOpen;
      case U'」':
      case U'』':
        return Role::kClose;
      case U'"':
        if (HasOpen(MarkClass::kDouble)) {
          return (left && !right) ? OpenUnlessAttributed(after, p) : Role::kClose;
        }
        if (IsDigit(prev)) return Role::kNone;  // 6'2"
        if (left || !right) return Role::kOpen;
        return Role::kNone;
      case U'‘':
        if (IsDigit(next)) return Role::kNone;  // ‘90s typed with the wrong mark
        // Trump‘s, CBS‘ Face the Nation: an apostrophe typed with the wrong
        // mark. No quotation opens right after a letter, and there is no
        // single quotation to close.
        if (IsAlnum(prev) && (IsAlnum(next) || !HasOpen(MarkClass::kSingle))) return Role::kNone;
        // "Beaufoy ‘ s script": the same, spaced off its word by a tokenizer.
        if (IsSpace(next) && IsContractionEnd(after)) return Role::kNone;
        if (right && !left && HasOpen(MarkClass::kSingle)) return Role::kClose;
        return Role::kOpen;
      case U'’':
      case U'\'':
        return SingleRole(c, at, after, p, prev, next);
      default: return Role::kNone;
    }
  }

  Role SingleRole(char32_t c, size_t at, size_t after, const Span& p, char32_t prev,
                  char32_t next) const {
    if (IsAlnum(prev) && IsAlnum(next)) return Role::kNone;  // don’t, Trump’s
    const bool after_space = IsSpace(prev) || IsOpeningPunct(prev);
    if (after_space && IsAlnum(next)) {
      // ’90s, ’em, ’til, rock ’n’ roll: apostrophes. A straight ' here opens,
      // unless it elides a number or a common word.
      if (c == U'’' || IsDigit(next)) return Role::kNone;
      return IsElision(after) ? Role::kNone : Role::kOpen;
    }
    // "‘ Hunger Games ’ sequel", "‘ Catching Fire ’.", "doesn ’ t",
    // "Lawrence ’ s": a mark a tokenizer spaced off its word closes an open
    // single quote, unless the end of a contraction follows.
    const bool contraction = IsSpace(next) && IsContractionEnd(after);
    if (IsSpace(prev) && HasOpen(MarkClass::kSingle) && !contraction) return Role::kClose;
    if (IsSpace(prev) || !HasOpen(MarkClass::kSingle)) return Role::kNone;
    // rock ’n’ roll: the second mark of ’n’.
    if (prev == 'n' && at >= 4 && text_.substr(at - 4, 3) == "\xE2\x80\x99") return Role::kNone;
    // the players’ union, with a single quote open: an apostrophe when a later
    // mark can close the quote.
    if ((prev == 's' || prev == 'S') && IsSpace(next) && LaterSingleCloser(after, p)) {
      size_t j = after;
      text::DecodeUtf8(text_, &j);
      if (j < p.end && text::IsLower(After(j, p))) return Role::kNone;
    }
    return Role::kClose;
  }

  // 'em, 'til; and the ends of contractions that a tokenizer split off
  // their word ("she 'd", "we 've", "Reyes 's").
  bool IsElision(size_t after) const {
    for (std::string_view w : {"em ", "til ", "cause ", "n ", "twas ", "s ", "d ", "m ", "ll ",
                               "ve ", "re "}) {
      if (text_.substr(after, w.size()) == w) return true;
    }
    return false;
  }

  // s t d m ll re ve as the word after the space at `at` ("doesn ’ t",
  // "Lawrence ’ s.").
  bool IsContractionEnd(size_t at) const {
    if (at >= text_.size() || text_[at] != ' ') return false;
    size_t end = ++at;
    while (end < text_.size() && std::isalpha(static_cast<unsigned char>(text_[end]))) ++end;
    const std::string_view w = text_.substr(at, end - at);
    return w == "s" || w == "t" || w == "d" || w == "m" || w == "ll" || w == "re" || w == "ve";
  }

  static MarkClass ClassOf(char32_t c) {
    if (c == U'«' || c == U'»') return MarkClass::kGuillemet;
    if (c == U'‹' || c == U'›') return MarkClass::kSingleGuillemet;
    if (c == U'「' || c == U'」') return MarkClass::kCorner;
    if (c == U'『' || c == U'』') return MarkClass::kWhiteCorner;
    if (c == U'‘' || c == U'’' || c == '\'') return MarkClass::kSingle;
    return MarkClass::kDouble;
  }

  void ScanParagraph(size_t p_index) {
    const Span& p = paragraphs_[p_index];
    size_t i = p.begin;
    if (skip_first_mark_) {  // the continuation mark of a multi-paragraph quote
      size_t length;
      MarkAt(text_, i, &length);
      i += length;
      skip_first_mark_ = false;
    }
    while ((i = NextMarkByte(text_, i, p.end)) < p.end) {
      if (text_[i] == '<') {  // markup left in the text: <tweet date="…"> holds no quotation
        i = SkipMarkup(i, p);
        continue;
      }
      const size_t at = i;
      size_t length;
      const char32_t c = MarkAt(text_, i, &length);
      i += length;
      if (c == 0) continue;
      switch (RoleOf(c, at, i, p)) {
        case Role::kOpen: Push(c, at, i, p_index); break;
        case Role::kClose: Close(ClassOf(c), at, p_index); break;
        default: break;
      }
    }
  }

  // The end of a tag starting at text[i] ("<a href=…>", "</tweet>"), or i + 1
  // when '<' starts none.
  size_t SkipMarkup(size_t i, const Span& p) const {
    const size_t close = text_.find('>', i);
    const bool tag = i + 1 < p.end && (text::IsLetter(static_cast<unsigned char>(text_[i + 1])) ||
                                        text_[i + 1] == '/');
    if (!tag || close == std::string_view::npos || close >= p.end) return i + 1;
    return close + 1;
  }

  void Push(char32_t c, size_t at, size_t content, size_t p_index) {
    QuoteSpan q;
    q.open = at;
    q.start = content;
    q.parent = stack_.empty() ? -1 : static_cast<int>(stack_.back().index);
    const MarkClass cls = ClassOf(c);
    q.single = cls == MarkClass::kSingle || cls == MarkClass::kSingleGuillemet ||
               cls == MarkClass::kWhiteCorner;
    q.paragraph = p_index;
    stack_.push_back({out_.size(), ClassOf(c), c == '"'});
    out_.push_back(q);
  }

  void Close(MarkClass cls, size_t at, size_t p_index) {
    size_t k = stack_.size();
    while (k > 0 && stack_[k - 1].cls != cls) --k;
    if (k == 0) return;  // a stray closer
    while (stack_.size() > k) {  // inner quotes left open end here, unbalanced
      Finish(stack_.back().index, at, false, p_index);
      stack_.pop_back();
    }
    Finish(stack_.back().index, at, true, p_index);
    stack_.pop_back();
  }

  // The quote's content ends at `end`, which is its closing mark when closed.
  void Finish(size_t index, size_t end, bool closed, size_t p_index) {
    QuoteSpan& q = out_[index];
    q.end = q.close = end;
    q.closed = closed;
    q.last_paragraph = p_index;
  }

  void EndParagraph(size_t p) {
    if (p + 1 < paragraphs_.size() && stack_.front().cls != MarkClass::kSingle) {
      size_t length;
      const char32_t c = MarkAt(text_, paragraphs_[p + 1].begin, &length);
      if (IsDoubleOpener(c) || c == '"') {
        skip_first_mark_ = true;
        return;
      }
      if (ClosedByLaterParagraph(p)) return;
    }
    const size_t end = paragraphs_[p].end;
    while (!stack_.empty()) {
      Finish(stack_.back().index, end, false, p);
      stack_.pop_back();
    }
  }

  // A quote that opens paragraph p and is closed, without a new opening, a
  // few paragraphs later (an outlet quoting a whole passage of another).
  bool ClosedByLaterParagraph(size_t p) const {
    const QuoteSpan& outer = out_[stack_.front().index];
    if (outer.open != paragraphs_[outer.paragraph].begin) return false;
    for (size_t k = p + 1; k < paragraphs_.size() && k <= p + kLookahead; ++k) {
      int openers = 0, closers = 0, straight = 0;
      for (size_t i = paragraphs_[k].begin; i < paragraphs_[k].end;) {
        const char32_t c = text::DecodeUtf8(text_, &i);
        openers += IsDoubleOpener(c);
        closers += IsDoubleCloser(c);
        straight += c == '"';
      }
      if (straight > 0) return false;
      if (closers > openers) return true;
      if (openers + closers > 0) return false;
    }
    return false;
  }

  std::string_view text_;
  const std::vector<Span>& paragraphs_;
  const CueLexicon& cues_;
  std::vector<QuoteSpan> out_;
  std::vector<Open> stack_;
  bool skip_first_mark_ = false;
};

}  // namespace

std::vector<QuoteSpan> FindQuoteSpans(std::string_view text,
                                      const std::vector<text::Span>& paragraphs,
                                      const CueLexicon& cues) {
  return Finder(text, paragraphs, cues).Run();
}

size_t QuoteMarkLength(std::string_view text, size_t i) {
  size_t length;
  return MarkAt(text, i, &length) != 0 ? length : 0;
}

}  // namespace qt::quotes
