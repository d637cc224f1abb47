// Finding quotation spans: which quote marks open and close a quotation.
//
// Input is an article's text and its paragraphs (text/paragraphs.h); output
// is every quotation, outer and nested, in order of its opening mark.
//
// The hard cases, and what is done about them:
//
//  * Apostrophes share glyphs with single quotes. ’ and ' between letters or
//    digits (don’t, Trump’s), or after a space before a letter or digit
//    (’90s, ’em, rock ’n’ roll), never open or close. After a letter before a
//    space (the players’ union) they close only while a single quote is open,
//    and not even then when a later mark in the paragraph can close it.
//  * Straight marks (" and ') have no direction: they open when they follow
//    a space or an opening bracket and precede a non-space, close when they
//    follow a non-space and precede a space or punctuation, and otherwise
//    toggle. A " after a digit with no " open is an inch mark.
//  * Mixed marks: “…" and "…” close each other; every double mark is one
//    class, every single mark another, « » a third and ‹ › a fourth;
//    Japanese and Chinese corner brackets 「 」 and 『 』 two more.
//  * Guillemets point either way: French « … », German and Danish »…«,
//    Swedish »…». One spaced as an opener opens when none of its class is
//    open; one spaced as a closer closes when one is.
//  * Text spaced again by a tokenizer (some corpora print "Not yet," Reyes
//    said as `"Not yet, "Reyes said` and she'd as `she 'd`): a straight
//    double mark spaced as an opener inside a quotation a straight mark
//    opened closes it when a cue follows within a few words (`cues`), not
//    after "I", "we" or "you"; otherwise it opens a nested quotation. A “ before
//    a comma or a period closes. A straight single mark before the end of
//    a contraction ('d 've 's) is none, and so is a curly one spaced off
//    both words before one ("doesn ’ t", "Lawrence ’ s"); spaced off its
//    word otherwise, ’ closes an open single quote ("‘ Hunger Games ’").
//  * Nesting: a quote opened inside another is its child (`parent`); a closing
//    mark closes the nearest open quote of its class, and quotes opened inside
//    that one and still open are closed there too, as unbalanced.
//  * Multi-paragraph quotes: a quote still open at the end of a paragraph
//    continues when the next paragraph opens with a double mark (that mark is
//    a continuation, not a new quote), or when it opened the paragraph and a
//    later paragraph (within kLookahead) closes a double mark it never opened
//    while the paragraphs between hold no double marks at all.
//  * Otherwise an unbalanced mark recovers at the paragraph's end: the quote
//    ends there and is marked `closed = false`.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "quotes/cue_lexicon.h"
#include "text/paragraphs.h"

namespace qt::quotes {

struct QuoteSpan {
  size_t open = 0;   // byte offset of the opening mark
  size_t start = 0;  // content, without the marks or spaces inside them: [start, end)
  size_t end = 0;
  size_t close = 0;  // offset of the closing mark; == end when not closed
  int parent = -1;   // index of the enclosing quotation, or -1
  bool closed = true;
  bool single = false;      // opened with a single mark (‘ ' ‹ 『)
  size_t paragraph = 0;     // index of the paragraph it opens in
  size_t last_paragraph = 0;  // index of the paragraph it ends in
};

// `cues` tells the reporter's words that follow a closing mark (above).
std::vector<QuoteSpan> FindQuoteSpans(std::string_view text,
                                      const std::vector<text::Span>& paragraphs,
                                      const CueLexicon& cues = CueLexicon::Default());

// The byte length of the quote mark at text[i], or 0 when text[i] starts no
// quote mark (a quick test for callers that skip marks).
size_t QuoteMarkLength(std::string_view text, size_t i);

}  // namespace qt::quotes
