// Denials: what a quotation's own words say against a claim.
//
// A spokesperson's "That is simply not true," she said carries no dispute
// cue; its words are the denial. The phrases read, in a quotation's words
// (any case, curly or straight apostrophes):
//
//   not true, isn't true, untrue, no truth      "That's not true."
//   is / are / was / were false, and "completely", "totally", "absolutely",
//   "patently", "simply", "entirely", "categorically" false; "False" alone
//                                               not "a false sense of …"
//   is a lie, is a … lie, are lies              "It's a total lie"; not "lie
//                                               down" nor "a greater lie"
//   never happened, did not / didn't happen, ending a clause
//                                               not "won't happen", "it didn't
//                                               happen again"
//   never said                                  "I never said that"
//   baseless, fabricated, fabrication
//   I / we (…) deny                             "We categorically deny it"
//
// A negation alone ("We will not raise taxes") is no denial: it may well be
// the claim.
#pragma once

#include <string>
#include <string_view>

#include "text/paragraphs.h"

namespace qt::quotes {

// The first denial phrase in text[span], as printed ("not true"), or "".
std::string DenialIn(std::string_view text, text::Span span);

// Whether text[span] holds a negation or a word that calls a claim false
// (the word class kNegation: "not", "never", "didn't", "untrue").
bool HoldsNegation(std::string_view text, text::Span span);

}  // namespace qt::quotes
