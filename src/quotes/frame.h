// Frame: the text around quotations, as attribution reads it.
//
// A frame is a container (a paragraph, or the content of a quotation that
// holds nested ones) tokenized with each of its child quotations replaced by
// one placeholder token. "“We won,” she said." becomes [QUOTE, she, said, .],
// so the words of the speaker and the words of the reporter never mix.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "quotes/cue_lexicon.h"
#include "quotes/quote_finder.h"
#include "quotes/word_classes.h"
#include "text/tokens.h"
#include "text/whole_words.h"

namespace qt::quotes {

// The cue whose form starts at a token, matched once when the frame is
// built: attribution asks for the cues of a sentence many times over.
struct CueMatch {
  const Cue* cue = nullptr;
  uint32_t length = 0;  // tokens the form spans
};

struct Frame {
  std::vector<text::Token> tokens;
  std::vector<int> quote_of;       // per token: the quotation it stands for, or -1
  std::vector<uint32_t> classes;   // per token: WordClass bits (0 but for words)
  std::vector<CueMatch> cues;      // per token: the lexicon's cue starting there
  // The article's whole words, when the caller keeps them (the extractor
  // does, once per article, so repeated questions are answered once); else
  // the article is searched every time.
  const text::WholeWords* article_words = nullptr;

  bool IsQuote(size_t i) const { return i < tokens.size() && quote_of[i] >= 0; }
  bool Is(size_t i, uint32_t word_class) const {
    return i < tokens.size() && (classes[i] & word_class) != 0;
  }
  // The index of the placeholder of quotation `q`, or tokens.size().
  size_t IndexOfQuote(int q) const;

  // Each placeholder's quotation and index, by quotation: IndexOfQuote
  // searches these (a paragraph may be a transcript of megabytes, whose
  // tokens read for each quotation were quadratic).
  std::vector<std::pair<int, uint32_t>> placeholders;
};

// Builds the frame of text[region] whose child quotations are `children`
// (indices into `spans`, in order, each inside `region`), with the cues of
// `lexicon`.
Frame BuildFrame(std::string_view text, text::Span region, const std::vector<QuoteSpan>& spans,
                 const std::vector<int>& children, const CueLexicon& lexicon);

}  // namespace qt::quotes
