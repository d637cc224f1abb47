// Mentions: the phrases that can name a speaker or an addressee.
//
//   name         a run of capitalized words, with titles and roles split off:
//                "former President Donald Trump" is the name "Donald Trump"
//                with the role "former President"; "Meta CEO Mark
//                Zuckerberg" is "Mark Zuckerberg", role "Meta CEO".
//   pronoun      he, she, they, I, we, it (and him, her, them, me, us as
//                addressees).
//   description  a noun phrase whose head is a person or an organisation
//                noun: "a Meta spokesperson", "the former president",
//                "Trump’s campaign", "officials".
//
// Mentions are read from a Frame, leftwards from a cue (the subject: "the
// spokesperson said") or rightwards (the inverted subject or the addressee:
// "said Reyes", "told Bloomberg").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "quotes/frame.h"

namespace qt::quotes {

struct Mention {
  enum Kind { kNone, kName, kPronoun, kDescription };
  Kind kind = kNone;
  size_t begin = 0, end = 0;  // byte span in the text
  std::string text;           // the name, the lower-cased pronoun, or the description
  std::string role;           // for names: titles and roles before it
  bool plural = false;
  bool after_article = false;  // a name after "the", "a" or "an": an organisation or a modifier
  bool indefinite = false;     // a description after "a" or "an": someone new, as a rule

  bool found() const { return kind != kNone; }
};

// The mention whose last token is tokens[last], reading leftwards but not
// before tokens[floor].
Mention MentionEndingAt(std::string_view text, const Frame& frame, size_t last, size_t floor);

// The mention starting at tokens[first], not reaching tokens[limit]; *next
// receives the index after it.
Mention MentionStartingAt(std::string_view text, const Frame& frame, size_t first, size_t limit,
                          size_t* next);

// A mention found in a frame's left-to-right reading: it starts at
// tokens[first] and ends before tokens[next].
struct FrameMention {
  size_t first = 0, next = 0;
  Mention mention;
};

// Whether `name` is a name in apposition right after `description`, between
// commas: "The council member, Ann Lee, abstained".
bool IsAppositiveName(const Frame& frame, const FrameMention& description,
                      const FrameMention& name);

// Whether `description`, opening with a determiner (or, after a full name,
// a role in lower case), stands in apposition right after `name`, after a
// comma and before a comma or a full stop (up to eleven words after it):
// "Ann Lee, the council member, abstained", "said Ann Lee, the chief
// budget officer of the city.", "Jan Lee, executive director of the fund,"."
bool IsAppositiveDescription(const Frame& frame, const FrameMention& name,
                             const FrameMention& description);

// The description spanning tokens [first, last], whatever its head:
// "the progressive heavyweights" (text "progressive heavyweights").
Mention DescriptionSpanning(std::string_view text, const Frame& frame, size_t first, size_t last);

// Who owns what tokens[last] ends, reading no further left than
// tokens[floor]: "Reyes's" and "Mayor Lena Okafor's" are the names without
// their ’s (the title a role), "his", "her" and "their" the pronouns he,
// her and they, "the Oregon senator's" and "the council's" descriptions
// (a determiner, up to three words and a head that can speak). Not
// found() for any other word.
Mention PossessorEndingAt(std::string_view text, const Frame& frame, size_t last, size_t floor);

// Every mention of a frame, read left to right: from each word where one
// can start (a capitalized word, a pronoun, a determiner, a role word or a
// bare person noun), the mention starting there, and on after it. The
// name inventory and the pronoun antecedents both read this one list.
std::vector<FrameMention> MentionsOf(std::string_view text, const Frame& frame);

// The index after a parenthetical that opens at tokens[i] ("(D-Ore.)"),
// not past `limit`; i itself when no parenthesis opens there.
size_t SkipParenthetical(const Frame& frame, size_t i, size_t limit);

// The end of a run of place words, abbreviations and full stops from
// tokens[i] ("New York", "Ore."), or `i` when none starts there.
size_t SkipPlace(const Frame& frame, size_t i);

// True when the mention that ends before tokens[next] is the subject of a
// verb: a lower-case word that is no preposition or article follows it
// (after adverbs, and after an apposition between commas).
bool IsSubjectAt(const Frame& frame, size_t next);

// True when tokens[i] opens a sentence, where a word is capitalized for
// the grammar's sake (after "U.S." too, before "He": kEndsSentence).
bool AtSentenceStart(const Frame& frame, size_t i);

// True when mention `m`, read at tokens[i], is one capitalized word opening
// a sentence that `text` (the article) also prints in lower case: a common
// word capitalized by the grammar ("Nothing", "First", "Citing"), no name.
bool IsCommonWordOpeningSentence(std::string_view text, const Frame& frame, size_t i,
                                 const Mention& m);

// Word classes of a lower-cased word (word_classes.h), for callers outside a frame.
bool IsObjectPronoun(std::string_view lower);
bool IsOrganisationWord(std::string_view lower);

// A capitalized role word of a party's or a chamber's at tokens[i]:
// "Republican", "Democratic", "GOP", "Senate" (not "Senator").
bool IsPartyWord(const Frame& frame, size_t i);

}  // namespace qt::quotes
