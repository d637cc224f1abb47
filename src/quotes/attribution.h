// Attribution: who said a quotation, by which cue, to whom, and who reports it.
//
// Reads the Frame around one quotation. The layouts recognised, in the order
// they are tried:
//
//   after the quote    “…,” he said.   “…,” said Reyes, the union leader.
//                      “…,” the spokesperson said in a statement.   “…” — X
//                      “…,” according to X.   “…,” said one of two witnesses.
//   before the quote   X said: “…”   X said, “…”   X told Bloomberg, “…”
//                      According to X, “…”   X, who …, told Y, “…”
//                      X called the closure “painful but necessary.”
//                      X said the plan was “far from finished” …  (partial)
//   whose words        X's “…” promise   X's claim that the plan “failed”
//   colon lead-in      X had this to say: “…”  (the sentence's subject)
//                      TURNOUT ROSE - X: “…”  (a digest's source)
//   participles        X added that Y mentioned Z, saying, “…”  (X: a
//                      participle after a comma belongs to the main clause)
//   anywhere after     “…” is how X put it.
//
// Quotes with no attribution of their own (floating quotes, a quote
// paragraph after a colon lead-in) are handled by the extractor, which knows
// the paragraphs around.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "quotes/cue_lexicon.h"
#include "quotes/frame.h"
#include "quotes/mentions.h"

namespace qt::quotes {

struct Attribution {
  Mention speaker;
  std::string cue;  // as printed: "said", "told", "according to"
  CueKind cue_kind = CueKind::kSpeech;
  Mention to;            // addressee mention ("Bloomberg", "him")
  std::string to_text;   // or a channel: "statement", "Truth Social"
  Mention via;           // who a report is credited to ("according to X")
  bool reportedly = false;  // "X reportedly said": credited to reports it does not name
  bool lead_in = false;  // read from before the quote
  bool inside_sentence = false;  // reporter's words before it in its sentence

  bool found() const { return speaker.found() || !cue.empty(); }
};

// Attributes the quotation whose placeholder is frame.tokens[k].
Attribution Attribute(std::string_view text, const Frame& frame, size_t k);

// For a quotation with no attribution of its own: the speaker of the latest
// reported-speech sentence before it in its frame ("She said she had made
// progress. “I really believe …”"); not found() when there is none.
Attribution EarlierReportedSpeech(std::string_view text, const Frame& frame, size_t k);

// The subject of the sentence that ends right before tokens[k] (k may be
// tokens.size(): the frame's last sentence), when that sentence holds no
// quotation: "He then had a question for the crowd." before “…”. Lets a
// quotation that inherits its speaker name the nearest mention of them.
Mention SubjectOfSentenceBefore(std::string_view text, const Frame& frame, size_t k);

// For a quotation inside a reporter's sentence that no cue attributes, the
// subject of that sentence before it, whose words the sentence quotes:
// "Reyes spoke of rebuilding the harbor's “crumbling docks.”"; not found()
// when the sentence has none there ("… the hope of a “harbor reborn.”").
Mention SubjectQuotedBy(std::string_view text, const Frame& frame, size_t k);

// The person a paragraph without quotations is about: the subject of its
// first sentence when that is a name or a pronoun ("Viguerie is upbeat …").
// A quotation paragraph that follows, with nothing else said, is theirs.
Attribution ParagraphTopic(std::string_view text, const Frame& frame);

// The dispute cues of a frame ("A Quillon spokesperson disputed the
// account", "City Hall denied …") with their subjects. What reads as one and
// contests nothing (the hard cases, each in tests/quotes/dispute_marks_test.cc):
//   negated     "Reyes did not deny he was there", "never disputed the figures"
//   passive     "had been soundly rejected by the voters", "was denied a witness"
//   a refusal   "denied bail", "denied both motions", "denying entry to …":
//               what is granted or refused (kGranted) is no claim
//   a demand    "insisted on a recount"
//   a protest   "protested Trump at a rally": a protest contests a claim only
//               as what it says ("protested that the aides were unfair")
//   assertion   "insisted the bridge would open", "maintains a lab": a
//               kAssert cue contests a claim when what follows it in its
//               sentence is negated ("insisted the remarks were not an
//               endorsement"); otherwise it is returned with `answers_only`,
//               for the caller to keep only as the answer to a denial printed
//               before it ("City Hall denied the promise. … Reyes insisted
//               the promise was made.")
struct DisputeCue {
  Mention subject;
  std::string cue;
  size_t token = 0;  // the cue's first token in the frame
  bool answers_only = false;
  // "…, which Okafor has denied": the denial ends with its clause, and
  // says nothing of what its subject goes on to say.
  bool relative = false;
};
std::vector<DisputeCue> DisputeCues(std::string_view text, const Frame& frame);

// The reporter's sentence each token of a frame is in, numbered from 0 and
// read through quotations: “A,” he said. “B.” is [0 0 0 0 1].
std::vector<uint32_t> SentenceNumbers(std::string_view text, const Frame& frame);

// A byline paragraph after a quotation paragraph: "— Dana Okafor." or
// "-Mayor Okafor, speaking in Millbrook": a dash, then a name; not found()
// otherwise.
Attribution Byline(std::string_view text, const Frame& frame);

// When a paragraph ends with "…:" after a cue or a subject, the attribution
// it sets up for the quote that follows; not found() otherwise.
Attribution ColonLeadIn(std::string_view text, const Frame& frame);

}  // namespace qt::quotes
