// QuoteExtractor: every quotation of an article with its speaker, cue,
// addressee and reporter. The entry point of the quotes stage.
//
//   spans        quote_finder.h   which marks open and close quotations
//   frames       frame.h          the reporter's words around them
//   attribution  attribution.h    cue, speaker mention, addressee, credit
//   resolution   discourse.h      mentions to names
//
// Besides what attribution reads from a quotation's own sentence, the
// extractor applies the rules that need the paragraphs around:
//   * a quotation with no attribution keeps the speaker of the previous one
//     in its paragraph, or, when it opens its paragraph, of the previous
//     paragraph's last attributed quotation or colon lead-in ("floating"
//     quotes);
//   * a nested quotation's "I" is the outer speaker, its "he"/"she" the
//     person the outer speaker was talking about; the outer speaker is who
//     reports it (`via`) and, when someone else speaks, to whom it was said.
// Quotations that nobody is found to say are "scare" quotes when short and
// not a sentence, "title"s when in title case after a word like "book" or
// "song"; they are kept but not attributed.
#pragma once

#include <string_view>
#include <vector>

#include "quotes/cue_lexicon.h"
#include "quotes/quote.h"

namespace qt::quotes {

class QuoteExtractor {
 public:
  explicit QuoteExtractor(const CueLexicon& cues = CueLexicon::Default()) : cues_(cues) {}

  // Thread-safe: holds no state between calls.
  std::vector<Quote> Extract(std::string_view doc, std::string_view text) const;

 private:
  const CueLexicon& cues_;
};

}  // namespace qt::quotes
