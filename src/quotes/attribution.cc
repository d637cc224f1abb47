#include "quotes/attribution.h"

#include <algorithm>
#include <unordered_set>
#include <utility>
#include <vector>

#include "quotes/denials.h"
#include "quotes/gender.h"
#include "text/char_class.h"
#include "text/english_words.h"
#include "text/utf8.h"

namespace qt::quotes {
namespace {

// No token: what a search over a frame's tokens returns when it finds none.
constexpr size_t kNoToken = static_cast<size_t>(-1);

using text::Token;

// The token before a paragraph's first: neither word nor punctuation.
constexpr Token kBlankToken{};

bool IsPunct(const Token& t, char32_t c) { return t.kind == Token::kPunct && t.punct == c; }
bool IsWord(const Token& t) { return t.kind == Token::kWord; }
bool IsRelativePronoun(const Token& t) {
  if (!IsWord(t)) return false;
  const std::string_view w = t.lower();
  return w == "who" || w == "which" || w == "that";
}

// A dash, or a hyphen standing in for one ("“…” - Jane Doe").
bool IsDashToken(const Token& t) {
  return t.kind == Token::kPunct && (text::IsDash(t.punct) || t.punct == '-');
}

// The content's last character that is not white space or a quote mark.
char32_t LastContentChar(std::string_view text, const Token& placeholder) {
  size_t i = placeholder.end;
  while (i > placeholder.begin) {
    const char32_t c = text::DecodeUtf8Before(text, &i);
    if (!text::IsSpace(c) && c != U'”' && c != U'’' && c != '"' && c != '\'' && c != U'»' &&
        c != U'«' && c != U'›' && c != U'‹' && c != U'」' && c != U'』') {
      return c;
    }
  }
  return 0;
}

// "did not deny", "has never disputed", "didn't dispute": a negation among
// the words right before the cue.
bool IsNegatedCue(const Frame& frame, size_t c) {
  for (size_t i = c; i-- > 0 && c - i <= 3;) {
    if (frame.Is(i, kNegation)) return true;
    if (!frame.Is(i, kVerbModifier)) return false;
  }
  return false;
}

// An auxiliary verb, a clause's own: "was", "has", "would" …
bool IsAuxiliary(std::string_view w) {
  static constexpr std::string_view kAuxiliaries[] = {
      "is",  "are", "was",  "were",  "be",  "been",  "being", "has",    "have", "had",   "does",
      "did", "do",  "will", "would", "can", "could", "shall", "should", "may",  "might", "must"};
  return std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), w) != std::end(kAuxiliaries);
}

// The auxiliary of a passive: "was", "been" …
bool IsFormOfBe(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are" ||
         w == "be";
}

// "was denied", "had been soundly rejected by", "got denied" (not "is
// pushing back").
bool IsPassiveCue(const Frame& frame, size_t c) {
  if (frame.tokens[c].lower().ends_with("ing")) return false;
  size_t i = c;
  while (i > 0 && frame.tokens[i - 1].lower().ends_with("ly")) --i;
  if (i == 0) return false;
  const std::string_view b = frame.tokens[i - 1].lower();
  return IsFormOfBe(b) || b == "get" || b == "got";
}

// "denied bail", "denied both motions", "denied him entry": the object the
// cue refuses is a thing granted, not a claim.
bool RefusesAGrant(const Frame& frame, size_t after, size_t end) {
  size_t i = after;
  while (i < end && frame.Is(i, kDeterminer | kObjectPronoun)) ++i;
  return i < end && frame.Is(i, kGranted);
}

// Whether the words from `after` to the sentence's end hold a negation,
// inside a quotation too ("insisted it was “not true”").
bool NegatedAfter(std::string_view text, const Frame& frame, size_t after, size_t end) {
  for (size_t i = after; i < end; ++i) {
    if (frame.Is(i, kNegation)) return true;
    if (frame.IsQuote(i) && HoldsNegation(text, {frame.tokens[i].begin, frame.tokens[i].end})) {
      return true;
    }
  }
  return false;
}

// "insisted on a recount", "on remaining anonymous" (not "insisted on CNN
// that …", nor "on his innocence").
bool IsDemand(std::string_view text, const Frame& frame, const Cue& cue, size_t after, size_t end) {
  if (cue.kind != CueKind::kAssert || after + 1 >= end) return false;
  const std::string_view w = frame.tokens[after].lower();
  return (w == "on" || w == "upon") && !frame.tokens[after + 1].capitalized &&
         !NegatedAfter(text, frame, after, end);
}

// "protested Trump at a rally", "why she's protesting": a protest contests a
// claim only as what it says, "protested that …".
bool IsProtestOfNoClaim(const Frame& frame, const Cue& cue, size_t after, size_t end) {
  return cue.lemma == "protest" && (after >= end || frame.tokens[after].lower() != "that");
}

// "dismissing them as part of the “Washington cartel”": people dismissed
// are no claim.
bool DismissesPeople(const Frame& frame, const Cue& cue, size_t after, size_t end) {
  return cue.lemma == "dismiss" && after < end && frame.Is(after, kObjectPronoun);
}

// A dispute cue that contests nothing: negated, passive, refusing a grant, a
// demand, a protest of no claim or a dismissal of people (DisputeCues in
// attribution.h). Read up to the token `end`.
bool ContestsNothing(std::string_view text, const Frame& frame, const Cue& cue, size_t c,
                     size_t length, size_t end) {
  return IsNegatedCue(frame, c) || IsPassiveCue(frame, c) ||
         RefusesAGrant(frame, c + length, end) || IsDemand(text, frame, cue, c + length, end) ||
         IsProtestOfNoClaim(frame, cue, c + length, end) ||
         DismissesPeople(frame, cue, c + length, end);
}

// “We won.” She smiled.: a quotation whose own last sentence ends the
// reporter's, before a capital or another quotation. (Not “…?” asked Reyes.)
bool EndsWithSentence(std::string_view text, const Frame& frame, size_t i) {
  const char32_t last = LastContentChar(text, frame.tokens[i]);
  if (last != '.' && last != '?' && last != '!') return false;
  return i + 1 == frame.tokens.size() || frame.tokens[i + 1].capitalized || frame.IsQuote(i + 1);
}

class Reader {
 public:
  Reader(std::string_view text, const Frame& frame) : text_(text), frame_(frame), tok_(frame.tokens) {}

  bool IsSentenceEnd(size_t i) const {
    const Token& t = tok_[i];
    if (t.kind != Token::kPunct) return frame_.classes[i] & kEndsSentence;  // "the U.S. He …"
    if (t.punct == '!' || t.punct == '?') return true;
    if (t.punct != '.') return false;
    // "Vance, R-Ore., said", "Mendes (D-Wis.) said": a period before a
    // comma or a closing parenthesis ends an abbreviation, not a sentence.
    if (i + 1 < tok_.size() && tok_[i + 1].begin == t.end &&
        (IsPunct(tok_[i + 1], ',') || IsPunct(tok_[i + 1], ')'))) {
      return false;
    }
    if (i == 0 || !IsWord(tok_[i - 1]) || tok_[i - 1].end != t.begin) return true;
    const Token& w = tok_[i - 1];
    if (frame_.Is(i - 1, kAbbreviation)) return false;
    return !(w.capitalized && w.end - w.begin == 1);  // an initial
  }

  // The sentence around token k: [*begin, *end), stopping at other quotes.
  void Sentence(size_t k, size_t* begin, size_t* end) const {
    size_t b = k;
    while (b > 0 && !EndsSentenceBefore(b - 1) && !IsSentenceEnd(b - 1)) --b;
    size_t e = k + 1;
    while (e < tok_.size() && !frame_.IsQuote(e)) {
      if (IsSentenceEnd(e++)) break;
    }
    *begin = b;
    *end = e;
  }

  // The start of the sentence around token k, read through quotations.
  size_t SentenceStartPastQuotes(size_t k) const {
    size_t b = k;
    while (b > 0 && !IsSentenceEnd(b - 1)) --b;
    return b;
  }

  // The end of the sentence around token k, read through partial
  // quotations ("was “stagnant” as donors watched a “turbulent cycle,” he
  // said."): one past its final punctuation. A later quotation that ends
  // in a comma before its own tag ("a “good thing” that brought “real
  // results,” he remarked") ends the sentence with that tag, which reports
  // the whole of it; one before anything else ("from “us,” “them” and …",
  // "“…,” as Reyes did") ends it there.
  size_t SentenceEndPastQuotes(size_t k) const {
    size_t e = k + 1;
    while (e < tok_.size() && !EndsSentenceAsQuote(e)) {
      if (IsSentenceEnd(e++)) return e;
    }
    if (e < tok_.size() && LastContentChar(text_, tok_[e]) == ',') {
      size_t sb, se;
      Sentence(e, &sb, &se);
      if (Attribution tag; AfterQuote(e, se, &tag) && tag.speaker.found()) return se;
    }
    return e;
  }

  // "the author of “Quiet Towns,” about rural life, said …": a short
  // quotation after a preposition whose comma the reporter's words go on
  // after, in lower case, is a term inside the sentence, not a tagged
  // quotation. Not an utterance: "telling one agent to “Go away!,” while …"
  // (punctuation of its own), "advising graduates to “work hard and …,”"
  // (longer than a name or a title).
  bool IsTermInSentence(size_t i) const {
    if (i == 0 || !frame_.Is(i - 1, kPreposition) || i + 1 >= tok_.size() ||
        !IsWord(tok_[i + 1]) || tok_[i + 1].capitalized || frame_.Is(i + 1, kSubjectPronoun) ||
        QuoteWords(i) > 6) {
      return false;
    }
    const std::string_view content = text_.substr(tok_[i].begin, tok_[i].end - tok_[i].begin);
    const size_t comma = content.find_last_of(',');
    return comma != std::string_view::npos && comma > 0 && LastContentChar(text_, tok_[i]) == ',' &&
           std::isalnum(static_cast<unsigned char>(content[comma - 1]));
  }

  // A quotation that ends the sentence before a later token: one that
  // EndsSentenceAsQuote, unless it is a term inside the sentence.
  bool EndsSentenceBefore(size_t i) const { return EndsSentenceAsQuote(i) && !IsTermInSentence(i); }

  // A quotation that is a sentence boundary when looking back from a later
  // one: a quoted sentence (ending in . ? !) or one followed by a capital.
  // A partial quotation ("armed with “assault weapons” were able") is not:
  // the sentence runs through it, and through one after a determiner that
  // a name follows ("says his “old friend” Kalani Berg ran …").
  bool EndsSentenceAsQuote(size_t i) const {
    if (!frame_.IsQuote(i)) return false;
    const char32_t last = LastContentChar(text_, tok_[i]);
    if (last == '.' || last == '?' || last == '!' || last == ',' || last == ':') return true;
    return i + 1 < tok_.size() && tok_[i + 1].capitalized &&
           !(i > 0 && frame_.Is(i - 1, kDeterminer));
  }

  // The cue at tokens[i], unless the word is used as a noun: an uninflected
  // or plural form after a determiner or a preposition ("some praise", "the
  // report", "in states"). "Another said" stays a cue: "said" is no noun.
  const Cue* CueAt(size_t i, size_t* length) const {
    if (i >= tok_.size() || frame_.cues[i].cue == nullptr) return nullptr;
    const Cue* cue = frame_.cues[i].cue;
    *length = frame_.cues[i].length;
    if (i == 0) return cue;
    const Token& before = tok_[i - 1];
    // "The Washington Post": capitalized inside a sentence, a cue word is a
    // name; but not a past tense after a comma ("Murphy, the head of the
    // PAC, Tweeted on Friday").
    const bool past_after_comma = IsPunct(before, ',') && tok_[i].lower().ends_with("ed");
    if (tok_[i].capitalized && !IsSentenceEnd(i - 1) && !frame_.IsQuote(i - 1) &&
        !IsPunct(before, ':') && !past_after_comma) {
      return nullptr;
    }
    // "went on: “…”", "went on to say", "went on about": but "the Senate
    // goes on recess" says nothing.
    if (cue->lemma == "go on") {
      const size_t after = i + *length;
      const bool speech = after < tok_.size() &&
                          (tok_[after].kind == Token::kPunct || frame_.IsQuote(after) ||
                           tok_[after].lower() == "to" || tok_[after].lower() == "about");
      if (!speech) return nullptr;
    }
    if (cue->kind == CueKind::kSource || *length > 1) return cue;
    // "the staffer was charged with battery": a passive speech verb reports
    // nothing ("was called “…” by X" names, and stays).
    const std::string_view b = before.lower();
    if (cue->kind != CueKind::kNaming && tok_[i].lower().ends_with("ed") && IsFormOfBe(b)) {
      return nullptr;
    }
    const std::string_view w = tok_[i].lower();
    // "X, who told Congress when asked about it: “…”": "when asked" is X
    // being asked, a clause without a subject of its own.
    if ((w.ends_with("ed") || w == "told") &&
        (b == "when" || b == "if" || b == "unless" || b == "until")) {
      return nullptr;
    }
    // "in a written statement": a participle after an article qualifies a noun.
    const bool participle = w.ends_with("ed") || w.ends_with("en");
    if (IsArticle(b) && participle && i + 1 < tok_.size() && IsWord(tok_[i + 1]) &&
        !tok_[i + 1].capitalized) {
      return nullptr;
    }
    // "many Asian states": after a capitalized modifier after a determiner
    // too, but not after a plural ("the Saudis state"); "the next
    // Republican contest": a party's word after an adjective too ("the
    // website Politico says" is a name's verb). (After a possessive the
    // noun still names a speaker: "Trump's claim of “…”".)
    const bool after_adjective =
        i >= 3 && IsPartyWord(frame_, i - 1) && IsWord(tok_[i - 2]) && !tok_[i - 2].capitalized &&
        !frame_.Is(i - 2, kPreposition | kFunctionWord) && frame_.Is(i - 3, kDeterminer);
    const bool modifier = i >= 2 && before.capitalized && !before.lower().ends_with("s") &&
                          (frame_.Is(i - 2, kDeterminer) || after_adjective);
    const bool noun_slot =
        (frame_.Is(i - 1, kDeterminer | kPreposition) && before.lower() != "that") || modifier;
    if (noun_slot && IsNounForm(w, cue->lemma)) return nullptr;
    // "a phone call", "the poll report": an uninflected form is a verb only
    // after a subject ("they say", "sources say"), a modal ("would call") or "to".
    if (w == cue->lemma) {
      // "Supporters of the bill say", "Supporters, however, say": "say"
      // is a noun only after a determiner or a word that qualifies it ("a
      // say", "the final say"), never after another noun or a comma.
      const bool say_after_noun =
          w == "say" && IsWord(before) && b != "final" &&
          !frame_.Is(i - 1, kDeterminer | kPreposition | kFunctionWord | kPossessive);
      const bool say_after_interjection =
          w == "say" && IsPunct(before, ',') && IsInterjectionBefore(i - 1, 0);
      // "“…” read the statement": right after a quotation, a tag's verb.
      const bool verb_slot = before.capitalized || before.lower() == "to" ||
                             frame_.IsQuote(i - 1) ||
                             frame_.Is(i - 1, kSubjectPronoun | kPersonNoun | kVerbModifier) ||
                             say_after_noun || say_after_interjection;
      if (!verb_slot) return nullptr;
    }
    // "the inspector's report “wasn't good”": a noun that the quotation
    // goes on from as its predicate is the quotation's subject, no cue.
    if (i + 1 < tok_.size() && frame_.IsQuote(i + 1) && IsNounForm(w, cue->lemma) &&
        OpensWithAuxiliary(i + 1)) {
      return nullptr;
    }
    return cue;
  }

  // "report", "reports", "pledges": the lemma, or it and -s or -es.
  static bool IsNounForm(std::string_view w, std::string_view lemma) {
    if (!w.starts_with(lemma)) return false;
    const std::string_view rest = w.substr(lemma.size());
    return rest.empty() || rest == "s" || rest == "es";
  }

  // Skips words between a subject and its verb, leftwards from i; returns the
  // index of the first token that is not one (or a value > i when none left).
  size_t SkipModifiersLeft(size_t i, size_t floor) const {
    while (i >= floor && i < tok_.size() && !tok_[i].capitalized && frame_.Is(i, kVerbModifier)) {
      if (i == 0) return tok_.size();
      --i;
    }
    return i;
  }

  size_t SkipModifiersRight(size_t i, size_t limit) const {
    while (i < limit && !tok_[i].capitalized && frame_.Is(i, kVerbModifier)) ++i;
    return i;
  }

  // Calls visit(m, i, subject) for each mention of [begin, end), read at
  // tokens[i], after an introductory phrase, until it returns false; at a
  // quotation it stops, or passes over it when `past_quotes`. `subject`:
  // in subject position and not after a preposition ("In an August
  // speech, Trump …").
  template <typename Visit>
  void ForEachMention(size_t begin, size_t end, bool past_quotes, Visit visit) const {
    for (size_t i = AfterIntroductoryPhrase(begin, end); i < end; ++i) {
      if (frame_.IsQuote(i)) {
        if (past_quotes) continue;
        return;
      }
      size_t next;
      Mention m = MentionStartingAt(text_, frame_, i, end, &next);
      if (!m.found()) continue;
      // "when Cruz knocked Rubio": "when" and "while" open clauses.
      const bool after_preposition = i > begin && frame_.Is(i - 1, kPreposition) &&
                                     tok_[i - 1].lower() != "when" && tok_[i - 1].lower() != "while";
      const bool subject = !after_preposition && !ModifiesANoun(m, i) &&
                           IsSubjectAt(frame_, next) && !IsObjectPronoun(m.text);
      if (!visit(m, i, subject)) return;
      i = next - 1;
    }
  }

  // tokens[i] follows a hyphen that follows the word before it with no
  // space: the second part of a compound ("U.S.-Mexico").
  bool JoinedByHyphen(size_t i) const {
    return i >= 2 && IsPunct(tok_[i - 1], '-') && tok_[i - 1].begin == tok_[i - 2].end;
  }

  // "adopted a fake Southern accent": a name after "a" or "an" (and up to
  // two lower-case words) modifies the noun after it; so does one joined
  // by a hyphen to the word before ("the U.S.-Mexico border").
  bool ModifiesANoun(const Mention& m, size_t i) const {
    if (m.kind != Mention::kName) return false;
    if (JoinedByHyphen(i)) return true;
    for (size_t j = i; j-- > 0 && j + 3 >= i;) {
      if (!IsWord(tok_[j]) || tok_[j].capitalized) return false;
      if (tok_[j].lower() == "a" || tok_[j].lower() == "an") return true;
    }
    return false;
  }

  // The subject of the sentence part [begin, end): the first mention in
  // subject position, else the first mention. An introductory phrase
  // ("Speaking to supporters in Ohio, Cruz said") is passed over; so are
  // quotations when past_quotes, else the first one ends the part.
  Mention FirstMention(size_t begin, size_t end, bool past_quotes = false) const {
    begin = PastDateline(begin, end);
    Mention first, subject;
    const auto visit = [&](const Mention& m, size_t i, bool is_subject) {
      if ((is_subject || !first.found()) && IsCommonWordOpeningSentence(text_, frame_, i, m)) {
        return true;
      }
      if (is_subject) subject = m;
      if (!first.found()) first = m;
      return !is_subject;
    };
    ForEachMention(begin, end, past_quotes, visit);
    return subject.found() ? subject : first;
  }

  // Past a dateline that opens the range: "MILLBROOK, Ore., July 25 (UPI)
  // —", "LONDON —": a place in capitals, then capitalized words, numbers
  // and punctuation (anything inside parentheses) up to a dash. A place
  // names where, not who.
  size_t PastDateline(size_t begin, size_t end) const {
    const auto capitals = [&](const Token& t) {
      const std::string_view w = t.Text(text_);
      return IsWord(t) && w.size() >= 2 &&
             std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    if (begin >= end || !capitals(tok_[begin])) return begin;
    bool parenthesis = false;
    for (size_t i = begin + 1; i < end && i < begin + 14; ++i) {
      const Token& t = tok_[i];
      if (IsDashToken(t)) return i + 1;
      if (IsPunct(t, '(') || IsPunct(t, ')')) parenthesis = IsPunct(t, '(');
      if (IsWord(t) && !t.capitalized && !parenthesis) return begin;
      if (frame_.IsQuote(i)) return begin;
    }
    return begin;
  }

  // The first mention in [begin, end) that is the subject of a verb, before
  // any quotation; not found() when there is none.
  Mention SubjectBefore(size_t begin, size_t end) const {
    Mention subject;
    ForEachMention(begin, end, /*past_quotes=*/false,
                   [&](const Mention& m, size_t i, bool is_subject) {
                     if (!is_subject) return true;
                     // "Harbor Media …", "Ask …": a capitalized common word opening it.
                     if (!IsCommonWordOpeningSentence(text_, frame_, i, m)) subject = m;
                     return false;
                   });
    return subject;
  }

  // The last mention in [begin, end) that is the subject of a verb. One
  // that ends the range ("a visit to Laredo, Texas and explained") has no
  // verb of its own there.
  Mention LastSubject(size_t begin, size_t end) const {
    Mention last;
    const auto visit = [&](const Mention& m, size_t i, bool is_subject) {
      const bool ends_range = m.end >= tok_[end - 1].end;
      if (is_subject && !ends_range && !IsCommonWordOpeningSentence(text_, frame_, i, m)) last = m;
      return true;
    };
    ForEachMention(begin, end, /*past_quotes=*/true, visit);
    return last;
  }

  // The start of the last coordinated or adverbial clause before tokens[k]:
  // - after ", while", ", but", ", whereas" or ";" ("Rubio suggested …,
  //   while Cruz said that the “…”");
  // - after "and" that opens a clause with a subject of its own ("Cruz
  //   accuses Obama of “…” and Trump says he's “…”");
  // - after ", with" before a subject ("…, with Reyes telling reporters he
  //   found it “…”");
  // - after a subordinating conjunction before a subject ("Kasich is
  //   assuring voters after a woman told him he's “too nice”"): the
  //   quotation is in that clause, not the main one's report; but not
  //   right after "that", where the clause is part of the report;
  // sb when there is none.
  size_t LastClauseStart(size_t sb, size_t k) const {
    for (size_t i = k; i-- > sb + 1;) {
      if (frame_.IsQuote(i)) break;
      if (IsPunct(tok_[i], ';')) return i + 1;
      const std::string_view w = IsWord(tok_[i]) ? tok_[i].lower() : std::string_view();
      // ", but" and "— but" ("- but" where a dash is typed as a hyphen).
      if ((w == "while" || w == "but" || w == "whereas") &&
          (IsPunct(tok_[i - 1], ',') || IsDashToken(tok_[i - 1]))) {
        return i + 1;
      }
      if (w == "and" && OpensClause(i + 1, k)) return i + 1;
      // After these a description opens a clause too ("after a teacher told him").
      if (w == "with" && IsPunct(tok_[i - 1], ',') && OpensClause(i + 1, k, true)) return i + 1;
      if (IsSubordinator(w) && !AfterThat(i) && OpensClause(i + 1, k, true)) {
        return MainClauseAfter(i + 1, k);
      }
    }
    return sb;
  }

  // "after the interview ended, Berg stated that …“…”": the main clause
  // after a comma that closes a clause opening at tokens[i], when one
  // stands before tokens[k]; else i.
  size_t MainClauseAfter(size_t i, size_t k) const {
    for (size_t c = i + 1; c + 1 < k; ++c) {
      if (IsPunct(tok_[c], ',') && OpensClause(c + 1, k, true)) return c + 1;
    }
    return i;
  }

  // "went on to say that, because Comey testified …": a clause right after
  // "that" is inside what the main clause reports.
  bool AfterThat(size_t i) const {
    if (i > 0 && IsPunct(tok_[i - 1], ',')) --i;
    return i > 0 && IsWord(tok_[i - 1]) && tok_[i - 1].lower() == "that";
  }

  static bool IsSubordinator(std::string_view w) {
    return w == "after" || w == "before" || w == "when" || w == "because" || w == "since" ||
           w == "although" || w == "though";
  }

  // A mention at tokens[i] that is the subject of a verb before tokens[k].
  // A description is one only when `description_subject` ("and the
  // spokesperson" may join two objects).
  bool OpensClause(size_t i, size_t k, bool description_subject = false) const {
    size_t next;
    const Mention m = MentionStartingAt(text_, frame_, i, k, &next);
    return m.found() && (description_subject || m.kind != Mention::kDescription) && next < k &&
           IsSubjectAt(frame_, next) && !IsObjectPronoun(m.text);
  }

  // The subject of the main clause when tokens[k] stands inside the
  // sentence's opening participle phrase ("Holding signs calling him “a
  // loser,” the protesters chanted"); not found() otherwise.
  Mention IntroducedSubject(size_t k, size_t sb, size_t se) const {
    if (k <= sb || !IsParticiple(sb, k)) return {};
    const size_t end = AfterIntroductoryPhrase(sb, se);
    if (end == sb || k >= end) return {};
    return FirstMention(end, se);
  }

  // tokens[i] opens a participle phrase ending before tokens[k]: "Holding
  // …", or after a preposition "In declaring …", "By calling …".
  bool IsParticiple(size_t i, size_t k) const {
    const auto ing = [&](size_t t) { return IsWord(tok_[t]) && tok_[t].lower().ends_with("ing"); };
    return ing(i) || (frame_.Is(i, kPreposition) && i + 1 < k && ing(i + 1));
  }

  // The token after the comma that closes a sentence's opening participle
  // or prepositional phrase; `begin` when the sentence opens otherwise.
  size_t AfterIntroductoryPhrase(size_t begin, size_t end) const {
    if (begin >= end || !IsWord(tok_[begin])) return begin;
    // "And although he thanked …, he sounded": a conjunction before it.
    const size_t opening = begin;
    if (IsConjunction(tok_[begin].lower()) && begin + 1 < end && IsWord(tok_[begin + 1])) ++begin;
    const std::string_view w = tok_[begin].lower();
    // "According to X, …" names a source: no phrase to pass over.
    const bool subordinate = w == "although" || w == "though" || w == "if" || w == "because" ||
                             w == "unless" || w == "whereas";
    // "Asked about the vote, Okafor said": "asked" and "pressed" open
    // phrases as the -ing participles do.
    // "Flanked by aides, …", "Preceded at the lectern by …": a past
    // participle before a preposition too.
    const bool past_participle =
        w.ends_with("ed") && begin + 1 < end && frame_.Is(begin + 1, kPreposition);
    const bool participle = (w.ends_with("ing") && w != "according") || w == "asked" ||
                            w == "pressed" || past_participle;
    if (!participle && !frame_.Is(begin, kPreposition) && !subordinate) return opening;
    for (size_t i = begin + 1; i < end && i < begin + 25; ++i) {
      // "Holding signs calling him “a loser,” the protesters chanted": the
      // comma that closes the phrase can stand inside a quotation.
      if (frame_.IsQuote(i)) {
        return LastContentChar(text_, tok_[i]) == ',' && i + 1 < end ? i + 1 : opening;
      }
      if (IsPunct(tok_[i], ',')) {
        i = SkipAppositionAfterComma(SkipPlaceAfterComma(i + 1, end), end);
        return i < end ? i : opening;
      }
    }
    return opening;
  }

  // "Standing next to Arpaio, the county sheriff and a hard-liner, Okafor
  // said": a description between commas after a phrase that ends in a name
  // is that name's apposition. Returns the token after it, or i.
  size_t SkipAppositionAfterComma(size_t i, size_t end) const {
    if (i < 2 || i >= end || !tok_[i - 2].capitalized || !frame_.Is(i, kDeterminer)) return i;
    for (size_t j = i + 1; j < end && j < i + 12; ++j) {
      if (frame_.IsQuote(j)) return i;
      if (IsPunct(tok_[j], ',')) {
        const bool subject_next = j + 1 < end && IsWord(tok_[j + 1]) &&
                                  (tok_[j + 1].capitalized || frame_.Is(j + 1, kSubjectPronoun));
        return subject_next ? j + 1 : i;
      }
    }
    return i;
  }

  // "Speaking in Salem, New Hampshire, Okafor said": one to three
  // capitalized words closed by a comma after a phrase that ends in a place
  // are the place's state or country. Returns the token after them, or i.
  size_t SkipPlaceAfterComma(size_t i, size_t end) const {
    size_t j = i;
    while (j < end && j < i + 3 && IsWord(tok_[j]) && tok_[j].capitalized) ++j;
    if (j < end && IsPunct(tok_[j], '.')) ++j;  // "Ore."
    if (j == i || j + 1 >= end || !IsPunct(tok_[j], ',') || !tok_[i - 2].capitalized) return i;
    return j + 1;
  }

  static bool IsConjunction(std::string_view w) {
    return w == "and" || w == "but" || w == "so" || w == "yet";
  }

  // "The mayor — who has rarely spoken about it — said": a parenthesis
  // between dashes stands between the subject and its cue at tokens[c].
  Mention SubjectBeforeDashes(size_t c, size_t sb) const {
    if (c < sb + 3 || !IsDashToken(tok_[c - 1])) return {};
    for (size_t d = c - 1; d-- > sb + 1;) {
      if (frame_.IsQuote(d)) return {};
      if (IsDashToken(tok_[d])) return MentionEndingAt(text_, frame_, d - 1, sb);
    }
    return {};
  }

  // The subject of the participle after a comma latest before tokens[k],
  // back to the sentence's start, which may follow a quotation: “…,”
  // pointing … and telling. Not found() when there is none.
  Mention SubjectOfParticipleBefore(size_t k, size_t sb, size_t se) const {
    for (size_t p = k; p-- > sb && p > 0 && !frame_.IsQuote(p);) {
      const bool after_comma =
          IsPunct(tok_[p - 1], ',') ||
          (frame_.IsQuote(p - 1) && LastContentChar(text_, tok_[p - 1]) == ',');
      if (!after_comma || !IsWord(tok_[p]) || !tok_[p].lower().ends_with("ing")) continue;
      return SubjectOf(p, 1, sb, se);
    }
    return {};
  }

  // ", at one point calling", ", later calling": up to three lower-case
  // words of no mention between a comma and tokens[c].
  bool AfterAdverbialAfterComma(size_t c, size_t sb) const {
    for (size_t p = c; p-- > sb && p + 4 >= c;) {
      if (IsPunct(tok_[p], ',')) return p + 1 < c;
      if (!IsWord(tok_[p]) || tok_[p].capitalized ||
          frame_.Is(p, kSubjectPronoun | kObjectPronoun | kPersonNoun | kDeterminer) ||
          frame_.cues[p].cue != nullptr) {
        return false;
      }
    }
    return false;
  }

  // "Lindqvist was quoted by the Courier as saying", "was widely cited as
  // saying", "a tweet quoted the president as saying": the verb before
  // "as" and a participle at tokens[c], whose subject (in the passive) or
  // object is the speaker (the outlet after "by" is a credit, not the
  // speaker). kNoToken when there is none.
  size_t QuotedBeforeAs(size_t c, size_t sb) const {
    if (c < sb + 2 || tok_[c - 1].lower() != "as" || !tok_[c].lower().ends_with("ing")) {
      return kNoToken;
    }
    for (size_t q = c - 2; q >= sb && q + 10 > c; --q) {
      if (frame_.IsQuote(q) || IsPunct(tok_[q], ',')) break;
      const std::string_view w = tok_[q].lower();
      if (w == "quoted" || w == "cited") return q;
      if (q == 0) break;
    }
    return kNoToken;
  }

  // The subject of the cue at tokens[c], within the sentence [sb, se).
  Mention SubjectOf(size_t c, size_t length, size_t sb, size_t se) const {
    // A participle after a comma, a preposition ("after hinting") or a
    // comma and an adverb (", at times calling") is controlled by the main
    // clause's subject.
    const bool after_quoted_comma =
        c > 0 && frame_.IsQuote(c - 1) && LastContentChar(text_, tok_[c - 1]) == ',';
    const bool after_comma_or_preposition =
        c > sb && (IsPunct(tok_[c - 1], ',') || frame_.Is(c - 1, kPreposition) ||
                   AfterAdverbialAfterComma(c, sb));
    if (Mention thing = ParticipleOfAThing(c, sb); thing.found()) return thing;
    if (const size_t quoted = QuotedBeforeAs(c, sb); quoted != kNoToken) {
      // Active, "a tweet quoted the president as saying": the object.
      size_t next;
      if (Mention m = MentionStartingAt(text_, frame_, quoted + 1, c - 1, &next);
          m.found() && next == c - 1) {
        return m;
      }
      if (Mention m = SubjectOf(quoted, 1, sb, se); m.found()) return m;
    }
    if (tok_[c].lower().ends_with("ing") && (after_comma_or_preposition || after_quoted_comma)) {
      // "…, Nefzi said, adding": the speaker of the cue before the comma.
      size_t said_length;
      if (c >= sb + 3 && IsPunct(tok_[c - 1], ',') && CueAt(c - 2, &said_length) != nullptr &&
          said_length == 1) {
        Mention m = SubjectOf(c - 2, 1, sb, se);
        if (m.found()) return m;
      }
      // "…, warning against ferries from Millbrook, pledging": the first
      // participle's subject.
      if (IsPunct(tok_[c - 1], ',')) {
        if (Mention m = SubjectOfParticipleBefore(c - 1, sb, se); m.found()) return m;
      }
      // "Trump hailed the vote as “fantastic,” telling reporters …": the
      // sentence runs on before a quotation that ends in a comma.
      Mention m = FirstMention(sb, c);
      // "“…,” Reyes says in the spot titled “Harbor,” warning": past the
      // quotations that open the sentence too.
      if (!m.found() && after_quoted_comma) {
        m = FirstMention(SentenceStartPastQuotes(c - 1), c - 1, /*past_quotes=*/true);
      }
      if (m.found()) return m;
    }
    // "…, pointing to the bottles and telling viewers": a second participle
    // has the first one's subject.
    if (c > sb && tok_[c - 1].lower() == "and" && tok_[c].lower().ends_with("ing")) {
      if (Mention m = SubjectOfParticipleBefore(c - 1, sb, se); m.found()) return m;
    }
    // A second verb of the latest subject ("Reyes was joined by the mayor
    // and joked", "X said that Y called and told him").
    if (c > sb && tok_[c - 1].lower() == "and") {
      Mention m = LastSubject(sb, c - 1);
      // "She declared “What a night!” and said": the subject is before the
      // quotation that ends the sentence before.
      if (!m.found() && c - 1 == sb && sb > 0 && frame_.IsQuote(sb - 1)) {
        size_t before_begin, before_end;
        Sentence(sb - 1, &before_begin, &before_end);
        m = LastSubject(before_begin, sb - 1);
      }
      if (m.found()) return m;
    }
    // "Suu Kyi said it was too early … but added": the sentence's subject.
    if (c > sb + 1 && tok_[c - 1].lower() == "but") {
      if (Mention m = FirstMention(sb, c - 1); m.found()) return m;
    }
    // "Adding, “…”": a sentence that opens with a participle goes on the
    // words of the latest speaker before it.
    if (c == sb && sb > 0 && tok_[c].lower().ends_with("ing")) return LatestSpeakerBefore(sb);
    if (c <= sb) return Inverted(c + length, se);
    if (Mention m = SubjectBeforeDashes(c, sb); m.found()) return m;
    const size_t j = SkipModifiersLeft(c - 1, sb);
    if (j < sb || j >= tok_.size() || frame_.IsQuote(j)) return Inverted(c + length, se);
    if (IsPunct(tok_[j], ',')) {
      // "“…” that the bridge reopens soon, said Tomas Reyes": with no comma
      // before to pair with, the subject follows the cue.
      if (!HasCommaBetween(sb, j)) {
        Mention inverted = Inverted(SkipModifiersRight(c + length, se), se);
        if (inverted.found() && !IsObjectPronoun(inverted.text)) return inverted;
      }
      return Appositive(j, sb);
    }
    if (Mention m = RelativeSubject(j, sb); m.found()) return m;
    if (Mention m = ShareOfAGroup(j, sb); m.found()) return m;
    // "Beck, who has in the past described Trump as “…”": a relative
    // pronoun a few lower-case words back is the subject still, unless a
    // pronoun between is ("Obama, who he noted was “…”").
    for (size_t r = j + 1; r-- > sb && r + 5 > j && IsWord(tok_[r]) && !tok_[r].capitalized &&
                           !frame_.Is(r, kSubjectPronoun | kObjectPronoun);) {
      const std::string_view w = tok_[r].lower();
      if (w != "who" && w != "which") continue;
      if (Mention m = RelativeSubject(r, sb); m.found()) return m;
      break;
    }
    if (IsWord(tok_[j]) && (tok_[j].lower() == "and" || tok_[j].lower() == "but")) {
      // "X called me and said": the subject of the first verb; objects
      // ("me", "Okafor" after a verb) are passed over.
      for (size_t i = j; i-- > sb && i + 12 > j;) {
        if (frame_.IsQuote(i)) break;
        Mention m = MentionEndingAt(text_, frame_, i, sb);
        if (!m.found() || IsObjectPronoun(m.text)) continue;
        if (m.kind == Mention::kPronoun) return m;  // "when he brought up …": a subject
        size_t before = FirstTokenOf(m, i);
        if (JoinedByHyphen(before)) continue;  // "rode the U.S.-Mexico line and said"
        // "brought up the Millbrook flood and later said": past its article.
        if (before > sb + 1 && frame_.Is(before - 1, kDeterminer)) --before;
        if (before > sb && IsWord(tok_[before - 1]) && !tok_[before - 1].capitalized &&
            !frame_.Is(before - 1, kDeterminer | kVerbModifier)) {
          continue;  // preceded by a verb: an object
        }
        return m;
      }
    }
    Mention m = MentionEndingAt(text_, frame_, j, sb);
    size_t last = j;
    // A participle's own rules follow ("an email to supporters stating").
    if (!tok_[c].lower().ends_with("ing")) HeadOfComplement(sb, &m, &last);
    // "“…,” one said.", "Yet another said,".
    // "while another added": "another" stands for a person wherever it is.
    if (!m.found() && (j == sb || !IsWord(tok_[j - 1]) || IsConjunction(tok_[j - 1].lower()) ||
                       tok_[j].lower() == "another")) {
      m = LoneOne(j);
    }
    // "Okafor issued a statement saying …", "Her campaign sent an email to
    // supporters stating …": a document, or the object of a preposition
    // before a participle, is not who speaks. After "with" or "after" the
    // mention is the participle's own subject ("with Gorka noting").
    const size_t m_first = m.found() ? FirstTokenOf(m, last) : 0;
    const bool object_of_preposition =
        m.found() && tok_[c].lower().ends_with("ing") && IsObjectOfPreposition(m_first, sb);
    if (m.found() && (IsDocumentNoun(m) || object_of_preposition)) {
      Mention subject = FirstMention(sb, m_first);
      if (subject.found() && !IsDocumentNoun(subject)) return subject;
    }
    if (m.found() && !IsObjectPronoun(m.text)) return Coordinated(m, last, sb);
    // "Okafor on Monday said", "Vance (D-Ore.) last week said": the
    // nearest mention within a short phrase before the cue.
    if (j > sb) {
      const size_t end = IsPunct(tok_[j], ')') ? j : j - 1;
      m = NearestMentionBefore(end, sb);
      // "Obama released a statement Thursday night condemning …"; "Reyes
      // sent a memo to the Gazette on Tuesday explaining …": the memo's
      // addressee (not "hear her on the campaign trail saying").
      const bool addressee = m.found() && tok_[c].lower().ends_with("ing") &&
                             IsObjectOfPreposition(FirstTokenOf(m, end), sb, "to");
      if (m.found() && (IsDocumentNoun(m) || addressee)) {
        Mention subject = FirstMention(sb, j);
        if (subject.found() && !IsDocumentNoun(subject)) return subject;
      }
      if (m.found()) return m;
    }
    // Inverted ("said Reyes") only where no subject can stand before the cue.
    if (frame_.IsQuote(c - 1) || IsPunct(tok_[c - 1], ',') || IsSentenceEnd(c - 1)) {
      return Inverted(c + length, se);
    }
    return {};
  }

  // The subject of the latest speech cue before tokens[k], back to the
  // frame's start or the quotation before; not found() when there is none.
  Mention LatestSpeakerBefore(size_t k) const {
    for (size_t c = k; c-- > 0;) {
      if (frame_.IsQuote(c)) break;
      size_t length;
      const Cue* cue = CueAt(c, &length);
      if (cue == nullptr || cue->kind == CueKind::kSource || cue->kind == CueKind::kNaming) continue;
      size_t sb, se;
      Sentence(c, &sb, &se);
      if (sb == c) continue;  // another opening participle
      if (Mention m = SubjectOf(c, length, sb, se); m.found()) return m;
    }
    return {};
  }

  // The mention starting at tokens[first] follows a preposition (`only`
  // that one, when given), past its article ("to the Gazette"): the object
  // of a verb before a participle, not the participle's subject. After
  // "with" or "after" it is the subject ("with Gorka noting").
  bool IsObjectOfPreposition(size_t first, size_t sb, std::string_view only = "") const {
    if (first > sb + 1 && IsArticle(tok_[first - 1].lower())) --first;
    if (first <= sb || !frame_.Is(first - 1, kPreposition)) return false;
    const std::string_view preposition = tok_[first - 1].lower();
    return only.empty() ? !TakesParticipleSubject(preposition) : preposition == only;
  }

  // "Okafor and Reyes said": a name ending at tokens[last] after "and" and
  // another name is one plural subject of both.
  Mention Coordinated(const Mention& m, size_t last, size_t sb) const {
    const size_t first = FirstTokenOf(m, last);
    if (m.kind != Mention::kName || first < sb + 2 || !IsWord(tok_[first - 1]) ||
        tok_[first - 1].lower() != "and") {
      return m;
    }
    const Mention left = MentionEndingAt(text_, frame_, first - 2, sb);
    if (left.kind != Mention::kName) return m;
    Mention both = left;
    both.end = m.end;
    both.text = left.text + " and " + m.text;
    both.plural = true;
    return both;
  }

  static bool TakesParticipleSubject(std::string_view preposition) {
    return preposition == "with" || preposition == "without" || preposition == "after" ||
           preposition == "before" || preposition == "despite" || preposition == "following";
  }

  // A description of a document rather than a person ("a statement", "a
  // new radio ad"), or of a generic one ("a man saying …"): the speaker is
  // the sentence's subject.
  static bool IsDocumentNoun(const Mention& m) {
    if (m.kind != Mention::kDescription) return false;
    const size_t space = m.text.rfind(' ');
    const std::string head = space == std::string::npos ? m.text : m.text.substr(space + 1);
    return WordClassesOf(head) & (kGenericPerson | kDocument);
  }

  // The relative clause of the cue at tokens[c] closes before the
  // quotation at tokens[k]: a comma and the main clause's auxiliary follow
  // ("his plan, which the office estimates would cost a lot, would risk
  // “…”"). Other commas may stand inside the clause ("which he pledged
  // that, if elected, he would be “…”").
  bool ClosedBefore(size_t c, size_t k) const {
    for (size_t i = c + 1; i + 1 < k; ++i) {
      if (IsPunct(tok_[i], ',') && IsAuxiliary(tok_[i + 1].lower())) return true;
    }
    return false;
  }

  bool HasCommaBetween(size_t begin, size_t end) const {
    for (size_t i = begin; i < end; ++i) {
      if (IsPunct(tok_[i], ',')) return true;
    }
    return false;
  }

  // "A spokesman for Tomas Reyes said", "the daughter of Lena Okafor
  // said", "a professor at Harbor University said": a mention after such a
  // preposition complements the noun before it, which is the subject. Read
  // back through a chain ("a lawyer for the mayor of Millbrook"). A name
  // speaks for itself before a place ("Reyes of Millbrook said": Reyes),
  // not after a description.
  void HeadOfComplement(size_t sb, Mention* m, size_t* last) const {
    for (int steps = 0; m->found() && steps < 3; ++steps) {
      const size_t first = FirstTokenOf(*m, *last);
      if (first < sb + 2 || !IsWord(tok_[first - 1])) return;
      const std::string_view p = tok_[first - 1].lower();
      if (p != "of" && p != "for" && p != "to" && p != "at" && p != "with") return;
      // "a source close to the mayor", "people familiar with the talks": an
      // adjective between the head and its preposition.
      size_t head_end = first - 2;
      if (head_end > sb && IsWord(tok_[head_end]) && IsRelationAdjective(tok_[head_end].lower())) {
        --head_end;
      } else if (p == "with") {
        return;
      }
      Mention head = MentionEndingAt(text_, frame_, head_end, sb);
      if (!head.found() || head.kind == Mention::kPronoun) return;
      // "75 percent of Democrats said": a share names no one; its group does.
      if (!head.text.empty() && std::isdigit(static_cast<unsigned char>(head.text[0]))) return;
      if (head.kind == Mention::kName && m->kind != Mention::kName) return;
      *m = std::move(head);
      *last = head_end;
    }
  }

  // "close to", "familiar with": how a source stands to what it knows.
  static bool IsRelationAdjective(std::string_view w) {
    return w == "close" || w == "closest" || w == "familiar" || w == "loyal" || w == "near";
  }

  // The index of the token where mention `m`, which ends at tokens[last], starts.
  size_t FirstTokenOf(const Mention& m, size_t last) const {
    size_t i = last;
    while (i > 0 && tok_[i - 1].end > m.begin) --i;
    return i;
  }

  // The nearest subject-like mention ending at or before tokens[j], within
  // eight tokens and not across a comma, a semicolon or a quotation; a parenthetical
  // ("(D-Ill.)") is passed over whole.
  Mention NearestMentionBefore(size_t j, size_t sb) const {
    size_t steps = 0;
    for (size_t i = j + 1; i-- > sb && steps < 8; ++steps) {
      // "… in Georgia were worried; most said": nor across a clause's end.
      if (frame_.IsQuote(i) || IsPunct(tok_[i], ',') || IsPunct(tok_[i], ';')) break;
      if (IsPunct(tok_[i], ')')) {
        while (i > sb && !IsPunct(tok_[i], '(')) --i;
        continue;
      }
      Mention m = MentionEndingAt(text_, frame_, i, sb);
      if (m.found() && !IsObjectPronoun(m.text)) return m;
    }
    return {};
  }

  // "Braynard, a South Carolina native who writes": the name a
  // description ending at or before tokens[last] stands in apposition to,
  // with the description as its role; else the description.
  Mention NameApposedTo(const Mention& description, size_t last, size_t sb) const {
    size_t first = last;
    while (first > sb && tok_[first].begin > description.begin) --first;
    if (first < sb + 2 || !IsPunct(tok_[first - 1], ',')) return description;
    Mention name = MentionEndingAt(text_, frame_, first - 2, sb);
    if (name.kind != Mention::kName) return description;
    if (name.role.empty()) name.role = description.text;
    return name;
  }

  // "Ervin, who thinks the council must “…”", "a report, which said": a
  // relative pronoun at tokens[j] is the subject printed in the text, so
  // the mention spans it; it names whoever it follows, so the mention keeps
  // that antecedent's text, kind and role. Not found() otherwise.
  Mention RelativeSubject(size_t j, size_t sb) const {
    if (j <= sb + 1 || !IsRelativePronoun(tok_[j])) return {};
    size_t i = j - 1;
    if (Mention thing = ThingThatSays(j, sb); thing.found()) return thing;
    if (IsPunct(tok_[i], ',') || IsDashToken(tok_[i])) --i;
    Mention m = NearestMentionBefore(i, sb);
    if (!m.found() || m.kind == Mention::kPronoun) return {};
    if (m.kind == Mention::kDescription) m = NameApposedTo(m, i, sb);
    // "Sanders released an ad that urges …": a document speaks for its issuer.
    if (IsDocumentNoun(m)) {
      Mention issuer = FirstMention(sb, i);
      if (issuer.found() && !IsDocumentNoun(issuer)) return issuer;
    }
    m.begin = tok_[j].begin;
    m.end = tok_[j].end;
    return m;
  }

  // "The council's statement read", "Okafor's letter says": whose document
  // it is speaks; not found() for any other mention.
  Mention IssuerOfDocument(const Mention& m) const {
    if (!IsDocumentNoun(m)) return {};
    size_t first = 0;
    while (first < tok_.size() && tok_[first].begin < m.begin) ++first;
    // The possessor is read into the mention or stands right before it.
    for (size_t i = first > 0 ? first - 1 : 0; i < tok_.size() && tok_[i].begin < m.end; ++i) {
      // "Okafor's", "her", "the council's".
      if (frame_.Is(i, kPossessive)) return PossessorEndingAt(text_, frame_, i, 0);
    }
    return {};
  }

  // "has been called “strategic ambiguity” by Lena Okafor", "labeled “top
  // secret” by the State Department": a passive's agent after the
  // quotation named it so; not found() otherwise.
  Mention PassiveAgent(size_t k, size_t se) const {
    if (k < 2 || k + 2 >= se || !IsWord(tok_[k + 1]) || tok_[k + 1].lower() != "by") return {};
    size_t c = k - 1;
    if (frame_.Is(c, kDeterminer) && c > 0) --c;  // "called the “…” by"
    size_t length;
    const Cue* cue = CueAt(c, &length);
    if (cue == nullptr || length != 1 || cue->kind == CueKind::kSource) return {};
    const std::string_view form = tok_[c].lower();
    if (!form.ends_with("ed") && form != "dubbed") return {};
    size_t next;
    const Mention agent = MentionStartingAt(text_, frame_, k + 2, se, &next);
    return agent.kind == Mention::kPronoun && !IsObjectPronoun(agent.text) ? Mention{} : agent;
  }

  // "…; most said", "others said", "those surveyed said": a share of a
  // group, ending at tokens[j] and opening its clause; not found()
  // otherwise.
  Mention ShareOfAGroup(size_t j, size_t sb) const {
    static constexpr std::string_view kShares[] = {"most", "many", "some", "others", "several",
                                                   "few",  "half", "both", "all"};
    if (!IsWord(tok_[j]) || tok_[j].capitalized) return {};
    size_t first = j;
    if (j > sb && tok_[j - 1].lower() == "those" && tok_[j].lower().ends_with("ed")) --first;
    if (first == j &&
        std::find(std::begin(kShares), std::end(kShares), tok_[j].lower()) == std::end(kShares)) {
      return {};
    }
    const bool opens = first == sb || tok_[first - 1].kind == Token::kPunct ||
                       IsConjunction(tok_[first - 1].lower());
    if (!opens) return {};
    Mention share = DescriptionSpanning(text_, frame_, first, j);
    share.text = std::string(text_.substr(share.begin, share.end - share.begin));  // "those polled"
    return share;
  }

  // "a headline that said “…”", "water bottles that read “…”": a thing
  // that displays words says them, in the relative clause that tokens[j]
  // opens ("that" or "which", right before its verb). Not a passive
  // ("everything that was said"), which has no speaker there.
  Mention ThingThatSays(size_t j, size_t sb) const {
    if (tok_[j].lower() == "who" || !IsWord(tok_[j + 1]) || IsAuxiliary(tok_[j + 1].lower())) {
      return {};
    }
    return DisplayEndingAt(j - 1, sb);
  }

  // The description ending at tokens[i] of a thing that displays words: a
  // sign, a shirt, a headline ("a campaign hat", "the red signs", but
  // "carried bottles"); not found() for anything else. A letter, a piece
  // or a caption speaks for whoever wrote it, and is none.
  Mention DisplayEndingAt(size_t i, size_t sb) const {
    static constexpr std::string_view kDisplays[] = {
        "sign",     "signs",  "banner",  "banners",   "poster",     "posters",  "placard",
        "placards", "shirt",  "shirts",  "t-shirt",   "t-shirts",   "hat",      "hats",
        "cap",      "caps",   "button",  "buttons",   "sticker",    "stickers", "bottle",
        "bottles",  "mug",    "mugs",    "billboard", "billboards", "headline", "headlines",
        "chyron",   "screen", "message", "messages",  "graphic",    "slogan"};
    if (i < sb || !IsWord(tok_[i]) || tok_[i].capitalized ||
        std::find(std::begin(kDisplays), std::end(kDisplays), tok_[i].lower()) ==
            std::end(kDisplays)) {
      return {};
    }
    size_t first = i;
    while (first > sb && first + 3 > i && IsWord(tok_[first - 1]) && !tok_[first - 1].capitalized &&
           !frame_.Is(first - 1, kFunctionWord | kPreposition | kVerbModifier | kDeterminer)) {
      --first;
    }
    if (first == sb || !frame_.Is(first - 1, kDeterminer)) first = i;  // "carried bottles"
    if (first > sb && frame_.Is(first - 1, kDeterminer)) --first;
    return DescriptionSpanning(text_, frame_, first, i);
  }

  // "held up a sign saying “…”", "she sent an email saying “…”": a
  // participle right after the noun of a thing that displays words (the
  // thing says them) or of a document (whoever issued it says them:
  // the sentence's first mention); not found() otherwise.
  Mention ParticipleOfAThing(size_t c, size_t sb) const {
    if (c <= sb || !tok_[c].lower().ends_with("ing")) return {};
    if (Mention thing = DisplayEndingAt(c - 1, sb); thing.found()) return thing;
    const Mention document = MentionEndingAt(text_, frame_, c - 1, sb);
    if (!IsDocumentNoun(document) || document.plural) return {};
    const size_t first = FirstTokenOf(document, c - 1);
    const Mention issuer = first > sb ? FirstMention(sb, first) : Mention{};
    return issuer.found() && !IsDocumentNoun(issuer) ? issuer : Mention{};
  }

  // "X, who …, said" / "a spokesperson, Dana Whitfield, said": the comma at j
  // closes an apposition or a clause; the subject stands before it.
  Mention Appositive(size_t j, size_t sb) const {
    size_t p = CommaBefore(j, sb);
    // "Reyes, who has no allies, however, said": an adverb set off after
    // a clause set off is passed over to the clause.
    if (p > sb + 1 && IsInterjection(p, j)) {
      if (const size_t q = CommaBefore(p - 1, sb); q > sb && IsPunct(tok_[q - 1], ',')) {
        j = p - 1;
        p = q;
      }
    }
    // "Tomas Reyes, 22, of Millbrook, Ore., said", "Reyes, during a meeting
    // in Salem, Ore., said": an age and a prepositional phrase between
    // commas are passed over to the name before them.
    for (int hops = 0; hops < 3 && p > sb && IsAgeOrPlace(p, j); ++hops) {
      j = p - 1;
      p = CommaBefore(j, sb);
    }
    if (p == sb || !IsPunct(tok_[p - 1], ',')) {
      return j > sb ? MentionEndingAt(text_, frame_, j - 1, sb) : Mention{};
    }
    const size_t comma = p - 1;
    size_t next;
    Mention inner = MentionStartingAt(text_, frame_, comma + 1, j, &next);
    next = SkipParenthetical(frame_, next, j);  // "Gov. Ada Lindqvist (R-Ore.), said"
    // "Tomas Reyes, 31, a freelance photographer, said": an age between
    // the name and its description.
    size_t outer_end = comma;
    if (comma >= sb + 3 && IsPunct(tok_[comma - 2], ',') && IsAgeOrPlace(comma - 1, comma)) {
      outer_end = comma - 2;
    }
    // "Reyes, meanwhile, who has no allies, said": the adverb between the
    // name and its clause is passed over too.
    if (IsInterjectionBefore(outer_end, sb)) outer_end = CommaBefore(outer_end, sb) - 1;
    Mention outer = outer_end > sb ? NearestMentionBefore(outer_end - 1, sb) : Mention{};
    size_t outer_last = outer_end - 1;  // "A lawyer for Lena Okafor, Tomas Reyes, said"
    HeadOfComplement(sb, &outer, &outer_last);
    // "Tomas Reyes, the president of Harbor Watch, a dockers' group,
    // said": the description is itself in apposition to a name before it.
    if (outer.kind == Mention::kDescription) {
      const size_t first = FirstTokenOf(outer, outer_last);
      if (first >= sb + 2 && IsPunct(tok_[first - 1], ',')) {
        Mention name = MentionEndingAt(text_, frame_, first - 2, sb);
        const size_t name_first = name.found() ? FirstTokenOf(name, first - 2) : sb;
        // Opening its clause: "But Tomas Reyes, …", "In Millbrook, Tomas Reyes, …".
        const bool opens =
            name_first == sb || IsPunct(tok_[name_first - 1], ',') ||
            (IsWord(tok_[name_first - 1]) && IsConjunction(tok_[name_first - 1].lower()));
        if (name.kind == Mention::kName && opens) {
          if (name.role.empty()) name.role = ApposedDescription(first, comma);
          if (name.role.empty()) name.role = outer.text;
          return name;
        }
      }
    }
    // "After winning Ohio in the Republican primary, Gov. Ada Lindqvist,
    // said": the comma before closes an introductory phrase, no apposition.
    const bool introduced = AfterIntroductoryPhrase(sb, j) == comma + 1;
    if (inner.kind == Mention::kName && next == j &&
        (outer.kind == Mention::kDescription || !outer.found() || introduced)) {
      if (inner.role.empty() && outer.found()) inner.role = outer.text;
      return inner;
    }
    // "Tomas Reyes, the editor in chief of the Harbor Gazette, said": the
    // description between the commas is the name's role.
    if (outer.kind == Mention::kName && outer.role.empty() && inner.kind == Mention::kDescription &&
        !introduced) {
      outer.role = ApposedDescription(comma + 1, j);
    }
    return outer.found() ? outer : inner;
  }

  // The start of the comma-delimited segment ending before tokens[j]: the
  // token after the comma before it (sb when there is none within 40).
  size_t CommaBefore(size_t j, size_t sb) const {
    size_t p = j;
    while (p > sb && p + 40 > j && !IsPunct(tok_[p - 1], ',')) --p;
    return p;
  }

  // The comma at tokens[comma] closes an adverb set off after another
  // comma, both after tokens[sb]: "Supporters, however, say".
  bool IsInterjectionBefore(size_t comma, size_t sb) const {
    const size_t p = CommaBefore(comma, sb);
    return p > sb + 1 && IsPunct(tok_[p - 1], ',') && IsInterjection(p, comma);
  }

  // Tokens [p, j) are an adverb a writer sets off by commas inside a
  // clause: "however", "meanwhile", "for his part", "in turn".
  bool IsInterjection(size_t p, size_t j) const {
    static const std::unordered_set<std::string_view> kAdverbs = {
        "however",    "meanwhile",  "though",      "instead",      "too",      "also",
        "moreover",   "likewise",   "nonetheless", "nevertheless", "meantime", "again",
        "separately", "later",      "earlier",     "then",         "now",      "today",
        "yesterday",  "previously", "recently"};
    const auto word = [&](size_t k, std::string_view w) {
      return IsWord(tok_[k]) && tok_[k].lower() == w;
    };
    if (j == p + 1) {
      return IsWord(tok_[p]) && !tok_[p].capitalized && kAdverbs.count(tok_[p].lower()) > 0;
    }
    if (j == p + 2 && word(p, "in")) {
      return word(p + 1, "turn") || word(p + 1, "response") || word(p + 1, "return") ||
             word(p + 1, "contrast") || word(p + 1, "fact");
    }
    return j == p + 3 && word(p, "for") && frame_.Is(p + 1, kDeterminer) && word(p + 2, "part");
  }

  // Tokens [p, j) are "22", "of Millbrook", "Ore." or "R-Texas": an age, a
  // prepositional phrase, or one capitalized word after one (a state).
  bool IsAgeOrPlace(size_t p, size_t j) const {
    if (p >= j) return false;
    const Token& t = tok_[p];
    if (t.kind == Token::kNumber || (IsWord(t) && std::isdigit(static_cast<unsigned char>(text_[t.begin])))) {
      return j - p == 1;
    }
    if (IsPlaceAfterPreposition(p, j)) return true;
    // "Ore." after "of Millbrook": one capitalized word (and its period).
    const size_t words = (j - p == 2 && IsPunct(tok_[p + 1], '.')) ? 1 : j - p;
    if (words != 1 || !IsWord(t) || !t.capitalized) return false;
    if (IsPartyAndState(t)) return true;  // "Tomas Reyes, R-Texas, the bill's sponsor, said"
    if (p < 2) return false;
    return IsPlaceAfterPreposition(CommaBefore(p - 1, 0), p - 1);
  }

  // "R-Texas", "D-N.Y.", "I-Vt": a party's letter, a hyphen and the
  // member's state, which the tokenizer keeps as one word.
  bool IsPartyAndState(const Token& t) const {
    const std::string_view w = text_.substr(t.begin, t.end - t.begin);
    return w.size() >= 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' &&
           std::isupper(static_cast<unsigned char>(w[2]));
  }

  // Tokens [p, j) are a short prepositional phrase: "of Millbrook", "in an
  // interview", "during a town hall meeting in Columbus".
  bool IsPlaceAfterPreposition(size_t p, size_t j) const {
    return p < j && j - p <= 12 && IsWord(tok_[p]) && frame_.Is(p, kPreposition);
  }

  // "said another.", "“…,” one added": "one" or "another" alone at
  // tokens[i], before punctuation or after it, stands for a person.
  Mention LoneOne(size_t i) const {
    Mention m;
    if (i >= tok_.size() || !IsWord(tok_[i])) return m;
    const std::string_view w = tok_[i].lower();
    if (w != "one" && w != "another") return m;
    m.kind = Mention::kDescription;
    m.begin = tok_[i].begin;
    m.end = tok_[i].end;
    m.text = std::string(w);
    return m;
  }

  // The person a description after an inverted cue goes on to name, who
  // is the speaker, the description their role; else the description. A
  // document's author is who speaks in it.
  // - In apposition: "said the mayor, Tomas Reyes." (the name ends the
  //   clause or is followed by a comma: "said the mayor, Reyes and Okafor"
  //   lists three).
  // - After a role's "of" and its lower-case words, without a determiner:
  //   "said chief of staff Lena Okafor", "said master of ceremonies Tomas
  //   Reyes"; not "said the head of the Harbor Fund".
  Mention NamedAfter(const Mention& description, size_t next, size_t se) const {
    size_t k = next;
    // "according to a statement from the Harbor Fund": a document's author.
    if (IsDocumentNoun(description) && k + 1 < se && IsWord(tok_[k]) &&
        (tok_[k].lower() == "from" || tok_[k].lower() == "by")) {
      size_t after;
      Mention author = MentionStartingAt(text_, frame_, k + 1, se, &after);
      if (author.kind == Mention::kName || author.kind == Mention::kDescription) return author;
    }
    if (k < se && IsPunct(tok_[k], ',')) {
      ++k;
    } else if (k < se && IsWord(tok_[k]) && tok_[k].lower() == "of" &&
               tok_[k - 1].end == description.end) {
      const size_t words = ++k;
      while (k < se && k < words + 2 && IsWord(tok_[k]) && !tok_[k].capitalized &&
             !frame_.Is(k, kDeterminer | kFunctionWord)) {
        ++k;
      }
      if (k == words) return description;
    } else {
      return description;
    }
    const size_t role_end = tok_[k - 1].end;
    size_t after;
    Mention name = MentionStartingAt(text_, frame_, k, se, &after);
    const bool ends = after >= se || IsPunct(tok_[after], ',') || IsPunct(tok_[after], '.');
    if (name.kind != Mention::kName || !ends) return description;
    if (tok_[next].lower() == "of") {
      name.role = std::string(text_.substr(description.begin, role_end - description.begin));
    } else if (name.role.empty()) {
      name.role = description.text;
    }
    return name;
  }

  // The subject after an inverted cue: "said Reyes", "said the spokesperson";
  // with `any_head`, also a description that ends the clause whatever its
  // head ("said the printed slate card."): sources ("according to its
  // analysis") are often no speakers.
  Mention Inverted(size_t i, size_t se, bool any_head = false) const {
    size_t next;
    Mention m = MentionStartingAt(text_, frame_, i, se, &next);
    // "“terrible,” denounced her record": an object is no inverted subject.
    if (m.kind == Mention::kPronoun && IsObjectPronoun(m.text)) return {};
    if (m.kind == Mention::kDescription) return NamedAfter(m, next, se);
    // "said master of ceremonies Tomas Reyes": a role no word list knows.
    if (!m.found() && i + 1 < se && IsWord(tok_[i]) && !tok_[i].capitalized &&
        !frame_.Is(i, kFunctionWord | kPreposition | kDeterminer | kVerbModifier)) {
      const Mention named = NamedAfter(DescriptionSpanning(text_, frame_, i, i), i + 1, se);
      if (named.kind == Mention::kName) return named;
    }
    if (!m.found() && (i + 1 >= se || tok_[i + 1].kind == Token::kPunct)) m = LoneOne(i);
    // "said the printed slate card.": a description that ends the clause.
    for (size_t e = i + 2; any_head && !m.found() && e <= i + 4 && e <= se; ++e) {
      if (e == se || IsPunct(tok_[e], ',') || IsPunct(tok_[e], '.')) m = UnknownHeadDescription(i, e);
      if (e < se && tok_[e].kind == Token::kPunct) break;
    }
    // "said undecided Republican voter Stephanie Hooton", "said longtime
    // aide Jo Park": up to two adjectives before the subject.
    for (size_t k = i; !m.found() && k < i + 2 && k + 1 < se; ++k) {
      if (!IsWord(tok_[k]) || tok_[k].capitalized ||
          frame_.Is(k, kFunctionWord | kPreposition | kDeterminer | kVerbModifier)) {
        break;
      }
      m = MentionStartingAt(text_, frame_, k + 1, se, &next);
    }
    // "said a smiling Mendes.", "said the embattled Reyes,": an article and
    // an adjective before a name that ends the clause.
    if (!m.found() && i + 2 < se && IsArticle(tok_[i].lower()) && IsWord(tok_[i + 1]) &&
        !tok_[i + 1].capitalized &&
        !frame_.Is(i + 1, kFunctionWord | kPreposition | kVerbModifier | kPersonNoun)) {
      m = MentionStartingAt(text_, frame_, i + 2, se, &next);
      if (m.kind != Mention::kName || (next < se && tok_[next].kind != Token::kPunct)) m = {};
    }
    // "said Florida’s Rick Wilson": a place's possessive before the name.
    if (!m.found() && i + 1 < se && tok_[i].capitalized && text::IsPossessive(tok_[i].Text(text_))) {
      m = MentionStartingAt(text_, frame_, i + 1, se, &next);
      if (m.kind != Mention::kName) m = {};
    }
    if (m.kind == Mention::kName && m.role.empty()) m.role = RoleInApposition(next, se);
    return m;
  }

  // "said Tomas Reyes, president of Local 12.", "said Reyes, a retired
  // engineer who …": the description in apposition after an inverted
  // name, tokens[next] its comma; "" when there is none.
  std::string RoleInApposition(size_t next, size_t se) const {
    if (next + 1 >= se || !IsPunct(tok_[next], ',')) return "";
    // "Reyes, 58, a former harbor pilot, told": past the age.
    if (next + 3 < se && IsAgeOrPlace(next + 1, next + 2) && IsPunct(tok_[next + 2], ',')) {
      next += 2;
    }
    // Up to the apposition's closing comma, full stop or relative clause,
    // within twenty tokens.
    for (size_t end = next + 2; end <= se && end < next + 22; ++end) {
      const bool abbreviation =
          frame_.Is(end - 1, kAbbreviation) || tok_[end - 1].end == tok_[end - 1].begin + 1;
      if (end == se || IsPunct(tok_[end], ',') || IsRelativePronoun(tok_[end]) ||
          (IsPunct(tok_[end], '.') && !abbreviation)) {
        return ApposedDescription(next + 1, end);
      }
    }
    return "";
  }

  // The description that tokens [first, end) open, as a role: up to a
  // relative clause or a quotation ("the author of “…”" is the author), and
  // only when the words after its head go on it ("president of Local 12",
  // "a Democrat and former state senator"), not a clause of their own
  // ("the men were wearing shirts", "whose new book features …"); "" when
  // there is none.
  std::string ApposedDescription(size_t first, size_t end) const {
    size_t after;
    const auto relative = [this](size_t i) {
      return IsRelativePronoun(tok_[i]) || tok_[i].lower() == "whose" || tok_[i].lower() == "whom";
    };
    const Mention d = MentionStartingAt(text_, frame_, first, end, &after);
    if (d.kind != Mention::kDescription || relative(first)) return "";
    size_t last = after - 1;
    while (last + 1 < end && !relative(last + 1) && !frame_.IsQuote(last + 1)) {
      ++last;
      if (IsWord(tok_[last]) && !tok_[last].capitalized && IsAuxiliary(tok_[last].lower())) {
        return "";  // "were", "has": a clause
      }
    }
    while (last > first && IsWord(tok_[last]) && !tok_[last].capitalized &&
           frame_.Is(last, kPreposition | kDeterminer | kFunctionWord)) {
      --last;  // "the author of" before a title
    }
    std::string role = DescriptionSpanning(text_, frame_, first, last).text;
    // "the Washington director for Harbor.org." ends the sentence too.
    const std::string_view word = tok_[last].Text(text_);
    if (role.ends_with('.') && word.size() > 3 && word[word.size() - 3] != '.' &&
        !frame_.Is(last, kAbbreviation)) {
      role.pop_back();
    }
    return role;
  }

  // Fills the addressee and the channel from the sentence around the cue.
  void ReadAddressee(const Cue& cue, size_t c, size_t length, size_t sb, size_t se,
                     Attribution* a) const {
    size_t next;
    const size_t after = c + length;
    // "told reporters", "texted her colleagues", "assured voters", "asked
    // the mayor": verbs whose object is whom the words were for. Not
    // "promised" or "warned", whose object is as often a clause's subject
    // ("promised the city will pay").
    static const std::unordered_set<std::string_view> kObjectIsAddressee = {
        "text", "email", "message", "assure", "reassure", "remind", "urge", "inform", "ask"};
    if (cue.lemma == "tell") {
      a->to = AddresseeAt(after, se);
    } else if (kObjectIsAddressee.count(cue.lemma) > 0) {
      a->to = ObjectAddresseeAt(after, se);
    } else if (after < se && IsWord(tok_[after]) && tok_[after].lower() == "to") {
      a->to = AddresseeAt(after + 1, se);
    }
    for (size_t i = sb; i + 1 < se && !a->to.found(); ++i) {
      if (!IsWord(tok_[i])) continue;
      const std::string_view w = tok_[i].lower();
      const std::string_view prep = IsWord(tok_[i + 1]) ? tok_[i + 1].lower() : "";
      if ((w == "interview" || w == "speaking" || w == "talking" || w == "spoke" || w == "call" ||
           w == "conversation") &&
          (prep == "with" || prep == "to")) {
        a->to = AddresseeAt(i + 2, se);
      }
      // "in a letter to the council", "in remarks to the chamber", "in a
      // text message to the Ledger": whom the message was for.
      if (prep == "to" && w != "statement" && (IsSpeechNoun(w) || w == "memo" || w == "note")) {
        a->to = MentionStartingAt(text_, frame_, i + 2, se, &next);
      }
      // "Speaking on WKRP radio, Reyes said": the channel spoken on; "in a
      // post on Facebook", "during an appearance on Harbor Radio", "in a
      // video posted to Instagram": the one posted to.
      const bool posted = (w == "post" || w == "appearance" || w == "video") && prep == "on";
      if (((w == "interview" || w == "speaking" || w == "appearing") && prep == "on") || posted ||
          (w == "posted" && (prep == "on" || prep == "to"))) {
        a->to = MentionStartingAt(text_, frame_, i + 2, se, &next);
        // "on Harbor Radio's Morning Show": the outlet whose show it is.
        if (!a->to.found()) {
          a->to = PossessorEndingAt(text_, frame_, ChannelOwnerEnd(i + 2, se), i + 2);
        }
        if (!IsOutletName(a->to, next)) a->to = {};
      }
      // "In an op-ed for the Harbor Times, X wrote": the outlet it was written for.
      if ((w == "op-ed" || w == "column" || w == "essay") && (prep == "for" || prep == "in")) {
        a->to = MentionStartingAt(text_, frame_, i + 2, se, &next);
        if (!IsOutletName(a->to, next)) a->to = {};
      }
    }
    // "wrote columnist Dana Fox in the Harbor Times": past the inverted
    // subject, but not into an apposition ("wrote Dana Fox, a technician
    // in Millbrook").
    const bool inverted_write = cue.lemma == "write" && a->speaker.found() &&
                                a->speaker.begin > tok_[c].begin;
    for (size_t i = sb; i + 1 < se && a->to_text.empty() && !a->to.found(); ++i) {
      if (IsWord(tok_[i]) && tok_[i].lower() == "statement") {
        // "in a statement to the Harbor Times": to whom it was made.
        if (i + 2 < se && IsWord(tok_[i + 1]) && tok_[i + 1].lower() == "to") {
          a->to = MentionStartingAt(text_, frame_, i + 2, se, &next);
        }
        a->to_text = "statement";
      }
      // "said in a tweet", "wrote in an email": the channel.
      if (IsWord(tok_[i]) && i >= sb + 2 && tok_[i - 2].lower() == "in" &&
          (tok_[i - 1].lower() == "a" || tok_[i - 1].lower() == "an") &&
          (tok_[i].lower() == "tweet" || tok_[i].lower() == "email" || tok_[i].lower() == "post")) {
        a->to_text = std::string(tok_[i].lower());
      }
      // "wrote on Truth Social"; written, also "wrote in the Harbor Times".
      const bool on = IsWord(tok_[i]) &&
                      (tok_[i].lower() == "on" || (cue.lemma == "write" && tok_[i].lower() == "in"));
      if (!on || i <= c) continue;
      const size_t reach = inverted_write && !HasCommaBetween(c, i) ? 7 : 3;
      if (i < after + reach) {
        Mention channel = MentionStartingAt(text_, frame_, i + 1, se, &next);
        if (IsOutletName(channel, next)) a->to_text = channel.text;
      }
    }
  }

  // Whom a quotation was told, from tokens[i]: a mention, or the outlet
  // whose show it was ("told Harbor Radio's Morning Show" is Harbor
  // Radio's; a show's name is no mention).
  Mention AddresseeAt(size_t i, size_t se) const {
    if (const size_t owner = ChannelOwnerEnd(i, se);
        owner < se && frame_.Is(owner, kPossessive) && tok_[owner].capitalized) {
      return PossessorEndingAt(text_, frame_, owner, i);
    }
    size_t next;
    return MentionStartingAt(text_, frame_, i, se, &next);
  }

  // The object of "assured voters", "asked the mayor", "texted her
  // colleagues" at tokens[i]: a person, a people or a pronoun whose phrase
  // ends there. Not "warned that Britain …", "urged white actors" (a
  // modifier, read as a name, before the noun) or "emailed a news article".
  Mention ObjectAddresseeAt(size_t i, size_t se) const {
    if (i >= se || !IsWord(tok_[i]) || tok_[i].lower() == "that") return {};
    size_t next;
    Mention m = MentionStartingAt(text_, frame_, i, se, &next);
    if (!m.found()) return {};
    if (m.kind == Mention::kDescription &&
        (!frame_.Is(next - 1, kPersonNoun | kGenericPerson) || IsDocumentNoun(m))) {
      return {};
    }
    const bool ends = next >= se || !IsWord(tok_[next]) || tok_[next].capitalized ||
                      frame_.Is(next, kFunctionWord | kPreposition | kDeterminer | kVerbModifier);
    return ends ? m : Mention{};
  }

  // The end of a run of name words from tokens[first] that ends in a
  // possessive ("Harbor Radio's"), or `first` when there is none.
  size_t ChannelOwnerEnd(size_t first, size_t se) const {
    for (size_t i = first; i < se && i < first + 6 && IsWord(tok_[i]) && tok_[i].capitalized; ++i) {
      if (frame_.Is(i, kPossessive)) return i;
    }
    return first;
  }

  // Credits: "according to X" (when X is not the speaker).
  void ReadVia(size_t sb, size_t se, Attribution* a) const {
    for (size_t i = sb; i < se; ++i) {
      if (!IsWord(tok_[i])) continue;
      size_t length;
      const Cue* cue = CueAt(i, &length);
      if (cue == nullptr || cue->kind != CueKind::kSource) continue;
      size_t next;
      a->via = MentionStartingAt(text_, frame_, i + length, se, &next);
    }
    if (!a->via.found()) a->via = ReportedBy(sb, se);
    if (!a->via.found()) a->via = QuotedBy(sb, se);
  }

  // "X was quoted by the Millbrook Courier as saying": the outlet.
  Mention QuotedBy(size_t sb, size_t se) const {
    for (size_t i = sb; i + 2 < se; ++i) {
      if (tok_[i].lower() != "quoted" || tok_[i + 1].lower() != "by") continue;
      size_t next;
      return MentionStartingAt(text_, frame_, i + 2, se, &next);
    }
    return {};
  }

  // ", the Harbor Times reported.": an outlet's report closing the
  // sentence, after a comma.
  Mention ReportedBy(size_t sb, size_t se) const {
    for (size_t i = sb; i + 2 < se; ++i) {
      if (!IsPunct(tok_[i], ',')) continue;
      size_t next;
      const Mention m = MentionStartingAt(text_, frame_, i + 1, se, &next);
      if (next >= se || !IsOutletName(m, next) || !IsWord(tok_[next])) continue;
      const std::string_view verb = tok_[next].lower();
      if (verb == "reported" || verb == "reports") return m;
    }
    return {};
  }

  // “….” Reyes said he would …: a quotation that ends in a full stop before
  // a capital ends its sentence, and a cue after it that reports a clause of
  // its own (a subject pronoun or "that" follows the cue) opens the next
  // sentence: no tag of the quotation. “….” Reyes said. stays one.
  bool NextSentenceReportsItsOwn(size_t k, size_t se) const {
    if (LastContentChar(text_, tok_[k]) != '.' || k + 1 >= se || !tok_[k + 1].capitalized) {
      return false;
    }
    for (size_t c = k + 1; c < se && c < k + 12; ++c) {
      size_t length;
      if (CueAt(c, &length) == nullptr) continue;
      const size_t next = c + length;
      return next < se && (tok_[next].lower() == "that" || frame_.Is(next, kSubjectPronoun));
    }
    return false;
  }

  // The words after the quotation at tokens[k] are a short tag ending in a
  // colon before another quotation ("Reyes said: “…”"), within the sentence.
  bool LeadsInNext(size_t k, size_t se) const {
    for (size_t j = k + 2; j < se && j < k + 8; ++j) {
      if (frame_.IsQuote(j) || IsSentenceEnd(j)) return false;
      if (IsPunct(tok_[j], ':')) return j + 1 < tok_.size() && frame_.IsQuote(j + 1);
    }
    return false;
  }

  // “…,” he said / “…,” said X / “…” — X
  bool AfterQuote(size_t k, size_t se, Attribution* a) const {
    size_t r = k + 1;
    if (r < se && (IsPunct(tok_[r], ',') || IsDashToken(tok_[r]))) {
      const bool dash = tok_[r].punct != ',';
      ++r;
      if (dash) {  // “…” — Jane Doe
        size_t next;
        Mention m = MentionStartingAt(text_, frame_, r, se, &next);
        if (m.kind == Mention::kName && (next >= se || IsSentenceEnd(next) || IsPunct(tok_[next], ','))) {
          if (m.role.empty()) m.role = RoleInApposition(next, se);  // "— Ada Lind, mayor of …"
          a->speaker = m;
          return true;
        }
      }
    }
    size_t length;
    // "“…,” Read said.": a surname that is a cue word too (Ian Read's).
    if (r < se && tok_[r].capitalized && frame_.cues[r].cue != nullptr &&
        SurnameBeforeCue(r, se, a)) {
      return true;
    }
    if (const Cue* cue = CueAt(r, &length); cue != nullptr && cue->kind != CueKind::kNaming) {
      // “…,” according to the Harbor Ledger: the source is who said it
      // ("according" is no participle of the main clause).
      if (cue->kind == CueKind::kSource) {
        a->speaker = Inverted(r + length, se);
      } else if (tok_[r].lower().ends_with("ing")) {  // “…,” adding …: the main subject
        size_t sb = k;
        while (sb > 0 && !frame_.IsQuote(sb - 1) && !IsSentenceEnd(sb - 1)) --sb;
        a->speaker = FirstMention(sb, k);
      } else {
        a->speaker = Inverted(SkipModifiersRight(r + length, se), se, /*any_head=*/true);
      }
      SetCue(*cue, r, length, k, se, a);
      return true;
    }
    size_t next;
    Mention m = MentionStartingAt(text_, frame_, r, se, &next);
    if (!m.found()) return SurnameBeforeCue(r, se, a) || DescribedSubjectBeforeCue(r, se, a);
    if (next < se && IsPunct(tok_[next], ',')) {  // "Reyes, the union leader, said"
      if (m.kind == Mention::kName && m.role.empty()) m.role = RoleInApposition(next, se);
      size_t close = next + 1;
      while (close < se && close < next + 25 && !IsPunct(tok_[close], ',')) ++close;
      if (close < se && IsPunct(tok_[close], ',')) {
        // "a city spokesperson, Dana Whitfield, said": the name, with the
        // description as its role.
        size_t inner_next;
        Mention inner = MentionStartingAt(text_, frame_, next + 1, close, &inner_next);
        if (m.kind == Mention::kDescription && inner.kind == Mention::kName && inner_next == close) {
          if (inner.role.empty()) inner.role = m.text;
          m = inner;
        }
        next = close + 1;
      } else {  // "X, the polling guru who founded a site tweeted": no closing comma
        for (size_t probe = next + 1; probe < se && probe < next + 25; ++probe) {
          const Cue* cue = CueAt(probe, &length);
          if (cue == nullptr || cue->kind == CueKind::kSource || cue->kind == CueKind::kNaming) continue;
          a->speaker = m;
          SetCue(*cue, probe, length, k, se, a);
          return true;
        }
      }
    }
    const bool appositive =
        next > 0 && IsPunct(tok_[next - 1], ',') && LastContentChar(text_, tok_[k]) == ',';
    next = SkipModifiersRight(SkipParenthetical(frame_, next, se), se);  // "Vance (D-Ore.) said"
    // "he said in a statement", "Okafor on Monday said": a short phrase
    // between; "the order released Friday said", "the memo obtained by the
    // Ledger said": a description's participle phrase.
    const bool participle = m.kind == Mention::kDescription && next < se && IsWord(tok_[next]) &&
                            tok_[next].lower().ends_with("ed") && frame_.cues[next].cue == nullptr;
    size_t reach = next + (participle ? 7 : 5);
    for (size_t probe = next; probe < se && probe < reach; ++probe) {
      // "the memo obtained by the Ledger, which reported it, said": past a
      // relative clause between commas.
      if (participle && IsPunct(tok_[probe], ',') && probe + 1 < se &&
          IsRelativePronoun(tok_[probe + 1])) {
        size_t close = probe + 1;
        while (close < se && close < probe + 20 && !IsPunct(tok_[close], ',')) ++close;
        probe = close;  // the loop steps past its comma
        reach = close + 3;
        continue;
      }
      const Cue* cue = CueAt(probe, &length);
      if (cue != nullptr && cue->kind != CueKind::kSource) {
        if (probe > next && !frame_.Is(next, kPreposition) && !participle) break;
        a->speaker = m;
        SetCue(*cue, probe, length, k, se, a);
        return true;
      }
      if (frame_.IsQuote(probe) || (participle && IsPunct(tok_[probe], ','))) break;
    }
    // "Anne Richards, assistant secretary for population, refugees, and
    // migration, said": an apposition with commas of its own.
    for (size_t probe = next; appositive && probe < se && probe < next + 30; ++probe) {
      const Cue* cue = CueAt(probe, &length);
      if (cue != nullptr && IsPunct(tok_[probe - 1], ',') && cue->kind != CueKind::kSource &&
          cue->kind != CueKind::kNaming) {
        a->speaker = m;
        SetCue(*cue, probe, length, k, se, a);
        return true;
      }
    }
    return false;
  }

  // "“…,” From said.": a capitalized word that no mention starts at (a
  // preposition's), right before a speech cue that ends the tag, is a
  // surname (Al From's).
  bool SurnameBeforeCue(size_t r, size_t se, Attribution* a) const {
    if (r + 1 >= se || !IsWord(tok_[r]) || !tok_[r].capitalized) return false;
    size_t length;
    const Cue* cue = CueAt(r + 1, &length);
    const size_t after = r + 1 + length;
    if (cue == nullptr || cue->kind != CueKind::kSpeech || (after < se && IsWord(tok_[after]))) {
      return false;
    }
    a->speaker.kind = Mention::kName;
    a->speaker.begin = tok_[r].begin;
    a->speaker.end = tok_[r].end;
    a->speaker.text = std::string(tok_[r].Text(text_));
    SetCue(*cue, r + 1, length, r, se, a);
    return true;
  }

  // “…,” the progressive heavyweights wrote: a determiner and one to three
  // words right before a cue are its subject, whatever their head.
  bool DescribedSubjectBeforeCue(size_t r, size_t se, Attribution* a) const {
    for (size_t c = r + 2; c < se && c <= r + 4; ++c) {
      size_t length;
      const Cue* cue = CueAt(c, &length);
      if (cue == nullptr) continue;
      const Mention m = UnknownHeadDescription(r, c);
      // "“…,” a biography written by …": a passive participle reports nothing.
      const bool passive = c + length < se && tok_[c + length].lower() == "by";
      if (!m.found() || passive || cue->kind == CueKind::kSource || cue->kind == CueKind::kNaming) {
        return false;
      }
      a->speaker = m;
      SetCue(*cue, c, length, r, se, a);
      return true;
    }
    return false;
  }

  // A determiner at tokens[first] and one to three lower-case words before
  // tokens[end] that no word list knows as a person ("the progressive
  // heavyweights", "the printed slate card"); not found() when a word
  // between is a function word or capitalized (a name's: "an angry
  // Hollande"), or the head a time ("the next day").
  Mention UnknownHeadDescription(size_t first, size_t end) const {
    if (end <= first + 1 || end > first + 4 || !frame_.Is(first, kDeterminer)) return {};
    for (size_t i = first + 1; i < end; ++i) {
      if (!IsWord(tok_[i]) || tok_[i].capitalized || frame_.IsQuote(i) ||
          frame_.Is(i, kFunctionWord | kPreposition | kDeterminer | kVerbModifier |
                           kSubjectPronoun | kObjectPronoun)) {
        return {};
      }
    }
    static constexpr std::string_view kTimes[] = {"day", "week", "month", "year", "morning",
                                                  "afternoon", "evening", "night", "time"};
    const std::string_view head = tok_[end - 1].lower();
    if (std::find(std::begin(kTimes), std::end(kTimes), head) != std::end(kTimes)) return {};
    return DescriptionSpanning(text_, frame_, first, end - 1);
  }

  void SetCue(const Cue& cue, size_t c, size_t length, size_t sb, size_t se, Attribution* a) const {
    a->cue = std::string(text_.substr(tok_[c].begin, tok_[c + length - 1].end - tok_[c].begin));
    a->cue_kind = cue.kind;
    // "X reportedly said", "X has reportedly told".
    a->reportedly = false;
    for (size_t i = c; i-- > sb && i + 3 > c && IsWord(tok_[i]);) {
      a->reportedly = a->reportedly || tok_[i].lower() == "reportedly";
    }
    // "“…,” he said, while not denying the story": as any speech verb.
    const bool contests = cue.kind == CueKind::kDispute || cue.kind == CueKind::kAssert;
    if (contests && ContestsNothing(text_, frame_, cue, c, length, se)) {
      a->cue_kind = CueKind::kSpeech;
    }
    ReadAddressee(cue, c, length, std::min(sb, c), se, a);
  }

  // X said, “…” / X called it “…” / According to X, “…”
  // Two readings, by layout:
  //   lead-in   X said, “…” / X told Y: “…” / X said “…”: the nearest cue.
  //   embedded  Senator Vance said Mendes had called the rules “a mess”:
  //             the outermost speech cue of the sentence, whose
  //             subject reports everything after it.
  bool BeforeQuote(size_t k, size_t sb, size_t se, Attribution* a) const {
    std::vector<std::pair<size_t, size_t>> found;  // cue positions and lengths, leftmost first
    const Cue* nearest = nullptr;
    for (size_t c = sb; c < k; ++c) {
      size_t length;
      const Cue* cue = CueAt(c, &length);
      if (cue == nullptr || c + length > k) continue;
      // "Reyes said, and I quote, “…”": the reporter vouches for the words.
      if (c > sb && tok_[c].lower() == "quote" && tok_[c - 1].lower() == "i") continue;
      found.emplace_back(c, length);
      nearest = cue;
    }
    const Token& before = k > 0 ? tok_[k - 1] : kBlankToken;
    if (k > sb && IsPunct(before, ':')) {  // "TURNOUT ROSE - Dana Reyes: “…”"
      a->speaker = DashedSourceBeforeColon(k - 1, sb);
      a->lead_in = a->speaker.found();
      if (a->lead_in) return true;
    }
    // "John McCain: Republican Anger Appeals to ‘Bad Angels’": a headline's
    // source before its colon says what follows it.
    if (found.empty()) {
      if (Mention source = HeadlineSource(sb, k); source.found()) {
        a->speaker = source;
        a->lead_in = true;
        return true;
      }
    }
    const bool lead_in = k > sb && (IsPunct(before, ',') || IsPunct(before, ':') ||
                                    (!found.empty() && found.back().first + found.back().second == k));
    if (!found.empty()) {
      const auto attribute = [&](size_t c, size_t length) {
        const Cue* cue = CueAt(c, &length);
        a->speaker = cue->kind == CueKind::kSource ? Inverted(c + length, k) : SubjectOf(c, length, sb, k);
        if (Mention owner = NamedOwnerOfCue(c, length, k); owner.found()) a->speaker = owner;
        SetCue(*cue, c, length, sb, se, a);
        a->lead_in = lead_in || (IsWord(before) && before.lower() == "that");
        return a->speaker.found();
      };
      // "Trump said Fox executives were calling “every 15 minutes”": a
      // naming cue right before the quotation, under a speech cue, is not
      // the report.
      const bool adjacent_only = !IsPunct(before, ',') && !IsPunct(before, ':');
      const bool naming_under_speech = adjacent_only && nearest->kind == CueKind::kNaming &&
                                       found.size() > 1;
      if ((lead_in && !naming_under_speech) || nearest->kind == CueKind::kSource ||
          (InRelativeClause(found.back().first, sb) && !ClosedBefore(found.back().first, k))) {
        attribute(found.back().first, found.back().second);
        if (lead_in && found.size() > 1) ReadReporter(found, sb, k, a);
        return true;
      }
      // "While not all Trump says is true, Jamieson said he is “…”": the
      // outermost reporter is in the main clause when it has a cue.
      const size_t main_clause = std::max(AfterIntroductoryPhrase(sb, k), LastClauseStart(sb, k));
      // "After Fox's Dana Reyes asked about it, the Graysons became
      // “agitated”": cues only in an opening phrase report nothing in the
      // main clause.
      if (const size_t main = AfterIntroductoryPhrase(sb, k); !lead_in && found.back().first < main && main < k) {
        return false;
      }
      // "his plan, which the office estimates would cost a lot, would risk
      // “…”": a relative clause closed before the quotation reports nothing.
      const auto closed_relative = [&](size_t c) { return InRelativeClause(c, sb) && ClosedBefore(c, k); };
      for (size_t n = 0; n < found.size(); ++n) {
        const auto [c, length] = found[n];
        size_t unused;
        if (CueAt(c, &unused)->kind == CueKind::kSource) continue;  // a credit: `via`
        if (closed_relative(c)) continue;
        if (c < main_clause && found.back().first >= main_clause) continue;
        if (!attribute(c, length)) continue;
        PassFromBodyToPerson(found, n, sb, k, se, a);
        return true;
      }
      if (closed_relative(found.back().first)) return false;
      attribute(found.back().first, found.back().second);
      return true;
    }
    if (k > sb && IsPunct(before, ':')) {  // X had this to say: “…”
      // "Okafor's message to residents was simple: “…”": whose words.
      for (size_t i = sb + 1; i < k && i <= sb + 3 && !a->speaker.found(); ++i) {
        if (IsWordsNoun(tok_[i].lower())) a->speaker = PossessorBefore(i, sb);
      }
      if (!a->speaker.found()) a->speaker = FirstMention(sb, k);
      // "Lena Okafor, mayor: “…”": the role between the name and the colon.
      if (a->speaker.kind == Mention::kName && a->speaker.role.empty()) {
        size_t after = sb;
        while (after < k && tok_[after].begin < a->speaker.end) ++after;
        a->speaker.role = RoleInApposition(after, k - 1);
      }
      a->lead_in = true;
      return a->speaker.found();
    }
    return false;
  }

  // "The Harbor Ledger writes that Okafor called the plan “a mess”": a
  // body (an outlet, a firm, a campaign) reports what a person it names
  // said. The person, subject of a later cue inside the body's clause,
  // is the speaker, and the body the reporter (`via`); found[n] is the
  // body's cue.
  void PassFromBodyToPerson(const std::vector<std::pair<size_t, size_t>>& found, size_t n,
                            size_t sb, size_t k, size_t se, Attribution* a) const {
    if (!IsBodyName(a->speaker, found[n].first)) return;
    for (size_t m = n + 1; m < found.size(); ++m) {
      const auto [c, length] = found[m];
      size_t unused;
      const Cue& cue = *CueAt(c, &unused);
      if (cue.kind == CueKind::kSource) continue;
      const Mention person = SubjectOf(c, length, sb, k);
      if (!person.found() || person.begin < tok_[found[n].first].end ||
          person.kind == Mention::kDescription || IsBodyName(person, c)) {
        continue;
      }
      a->via = a->speaker;
      a->speaker = person;
      a->to = {};
      a->to_text.clear();
      SetCue(cue, c, length, sb, se, a);
      return;
    }
  }

  // A body's name ending before tokens[limit]: "the Harbor Ledger", "Harbor
  // Fund" (its last word an organisation's, and its first no first name:
  // "Terry White" is a person).
  bool IsBodyName(const Mention& m, size_t limit) const {
    if (m.kind != Mention::kName) return false;
    if (m.after_article) return true;
    // The first token ending at or after the mention: a binary search, as a
    // paragraph may be megabytes long.
    limit = std::min(limit, tok_.size());
    const size_t last = static_cast<size_t>(
        std::lower_bound(tok_.begin(), tok_.begin() + static_cast<std::ptrdiff_t>(limit), m.end,
                         [](const Token& t, size_t end) { return t.end < end; }) -
        tok_.begin());
    if (last >= limit || tok_[last].end != m.end || !frame_.Is(last, kOrganisation)) return false;
    return GenderOfFirstName(tok_[FirstTokenOf(m, last)].lower()) == Gender::kUnknown;
  }

  // "TURNOUT ROSE - Dana Reyes: “…”": a digest's source, a name between a
  // dash and the colon at tokens[colon]; not found() otherwise.
  Mention DashedSourceBeforeColon(size_t colon, size_t sb) const {
    if (colon < sb + 2) return {};
    const Mention m = MentionEndingAt(text_, frame_, colon - 1, sb);
    if (!m.found() || m.kind == Mention::kPronoun) return {};
    const size_t first = FirstTokenOf(m, colon - 1);
    return first > sb && IsDashToken(tok_[first - 1]) ? m : Mention{};
  }

  // "Vance has claimed that Reyes phoned and told her, “…”": the quotation
  // is Reyes's, and Vance, whose speech cue governs the clause that names
  // Reyes, reports it (`via`). Only a cue that the speaker follows right
  // after, or after "that", governs that clause.
  void ReadReporter(const std::vector<std::pair<size_t, size_t>>& found, size_t sb, size_t k,
                    Attribution* a) const {
    if (a->via.found() || !a->speaker.found()) return;
    for (size_t n = found.size() - 1; n-- > 0;) {
      const auto [c, length] = found[n];
      size_t unused;
      const Cue* cue = CueAt(c, &unused);
      if (cue->kind == CueKind::kSource || cue->kind == CueKind::kNaming) continue;
      size_t next = c + length;
      if (next < k && IsWord(tok_[next]) && tok_[next].lower() == "that") ++next;
      if (next >= k || tok_[next].begin != a->speaker.begin) continue;
      a->via = SubjectOf(c, length, sb, k);
      return;
    }
  }

  // "said Weaver, who said there are “…”", "…, who she blasted as “a
  // menace”", "the marchers, whom he described as “calm,”", "legislation,
  // which he called “a cartel”": a cue in a relative clause reports the
  // quotation itself, not as speech the main clause's cue reports.
  bool InRelativeClause(size_t c, size_t sb) const {
    const size_t j = SkipModifiersLeft(c - 1, sb);
    if (j < tok_.size() && j >= sb && IsRelativePronoun(tok_[j]) && tok_[j].lower() != "that") {
      return true;
    }
    for (size_t r = c; r-- > sb && r + 6 > c;) {
      if (!IsWord(tok_[r])) return false;
      const std::string_view w = tok_[r].lower();
      if (w != "who" && w != "whom" && w != "which") continue;
      size_t next;
      const Mention m = MentionStartingAt(text_, frame_, r + 1, c, &next);
      return m.found() && next == c && !IsObjectPronoun(m.text);
    }
    return false;
  }

  // "a charge which Okafor has denied", "the claim that she denied": a
  // relative clause whose object is the noun before it; the subject of
  // the cue at tokens[c] is a mention right after the relative pronoun.
  bool ObjectBeforeSubject(size_t c, size_t sb) const {
    const size_t j = SkipModifiersLeft(c - 1, sb);
    if (j >= tok_.size() || j < sb + 1) return false;
    const Mention m = MentionEndingAt(text_, frame_, j, sb);
    if (!m.found()) return false;
    const size_t first = FirstTokenOf(m, j);
    if (first <= sb || !IsWord(tok_[first - 1])) return false;
    const std::string_view w = tok_[first - 1].lower();
    return w == "which" || w == "whom" || w == "that";
  }

  // A quotation inside a sentence with no cue: its subject, when the quote
  // is more than a word or two ("She expected the hardest part to be
  // “finding a coach who stays”"), or when the sentence leads in with a
  // speech noun ("Okafor issued a statement, “…”"). Shorter ones stay unattributed:
  // they are mostly scare quotes.
  void SubjectOfSentence(size_t k, size_t sb, Attribution* a) const {
    const Token& before = tok_[k - 1];
    const bool speech_lead_in = (IsPunct(before, ',') || IsPunct(before, ':')) && k >= sb + 2 &&
                                IsSpeechNoun(tok_[k - 2].lower());
    if (!speech_lead_in && QuoteWords(k) < 3) return;
    Mention subject = FirstMention(sb, k);
    if (!subject.found()) return;
    const size_t last = LastTokenOf(subject, sb, k);
    if (!IsSubjectAt(frame_, last + 1)) return;
    a->speaker = subject;
    a->lead_in = speech_lead_in;
  }

  // Whose words the quotation is called: "her remark that “…”", "Reyes's
  // “if you like it, you can keep it” promise"; not found() otherwise.
  Mention OwnerOfWords(size_t k, size_t sb, size_t se) const {
    // The noun before, then "that" or a colon: "Trump's remarks “have had
    // …”" are the reporter's subject, not the quotation's name.
    // "Reyes's answer was that “…”", "her reply was “…”": a copula between.
    size_t noun = k - 1;
    if (noun > sb && IsPunct(tok_[noun], ',')) --noun;  // "her comment that, “…”"
    const auto at = [&](std::string_view w) { return noun > sb && tok_[noun].lower() == w; };
    const bool that = at("that") || (noun > sb && IsPunct(tok_[noun], ':'));
    if (that) --noun;
    const bool copula = at("was") || at("is");
    if (copula) --noun;
    if ((that || copula) && noun > sb && IsWordsNoun(tok_[noun].lower())) {
      return PossessorBefore(noun, sb);
    }
    if (k + 1 < se && IsWordsNoun(tok_[k + 1].lower())) return PossessorEndingAt(text_, frame_, k - 1, sb);
    return {};
  }

  // "Tomas Reyes's call for “…”", "Okafor's claim that “…”": the name whose
  // cue noun the quotation fills, the whole name (the mention before the
  // possessive word is its first name only). Not "Reyes's comments “…”",
  // which the quotation may go on from as a predicate.
  Mention NamedOwnerOfCue(size_t c, size_t length, size_t k) const {
    const size_t link = c + length;
    if (c == 0 || link + 1 != k || !frame_.Is(c - 1, kPossessive) || !tok_[c - 1].capitalized ||
        frame_.Is(c - 1, kSubjectPronoun | kObjectPronoun)) {
      return {};
    }
    const std::string_view w = tok_[link].lower();
    if (w != "for" && w != "that" && w != "of" && w != "about" && w != "to" &&
        !IsPunct(tok_[link], ':')) {
      return {};
    }
    return PossessorEndingAt(text_, frame_, c - 1, 0);
  }

  // "Comey's conclusion that her actions were “extremely careless”",
  // "Reyes's claim is that the bridge is “unsafe”": the owner of a claim
  // whose that-clause holds tokens[k], with no cue between
  // (then the cue reports it); *noun receives the claim's index. Not when
  // the clause has closed before the quotation: "Reyes's claim that the
  // bridge is safe is “simply not true”" (a second verb), "… statement
  // that he opposed it as “a fairy tale”", "… to Republican arguments “…”".
  Mention ClaimOwner(size_t k, size_t sb, size_t* noun) const {
    if (k == 0 || tok_[k - 1].lower() == "as" || IsWordsNoun(tok_[k - 1].lower())) return {};
    size_t copulas = 0;
    for (size_t i = k; i-- > sb + 1 && i + 16 > k;) {
      size_t length;
      if (frame_.IsQuote(i) || CueAt(i, &length) != nullptr) return {};
      const std::string_view w = tok_[i].lower();
      copulas += w == "is" || w == "are" || w == "was" || w == "were";
      if (w != "that") continue;
      size_t n = i - 1;  // "Reyes's claim is that the bridge is “…”": a copula before
      if (n > sb && (tok_[n].lower() == "is" || tok_[n].lower() == "was")) --n;
      if (!IsWordsNoun(tok_[n].lower())) continue;
      if (copulas > 1) return {};
      *noun = n;
      return PossessorBefore(n, sb);
    }
    return {};
  }

  // The possessor before the noun at tokens[noun], past up to two words
  // ("her March comment", "Reyes's infamous remark").
  Mention PossessorBefore(size_t noun, size_t sb) const {
    for (size_t j = noun; j-- > sb && j + 3 >= noun;) {
      if (!IsWord(tok_[j])) break;
      if (Mention m = PossessorEndingAt(text_, frame_, j, sb); m.found()) return m;
    }
    return {};
  }

  static bool IsWordsNoun(std::string_view w) {
    static const std::unordered_set<std::string_view> kNouns = {
        "remark", "remarks", "comment", "comments", "statement", "statements", "claim",
        "claims", "promise", "promises", "pledge", "vow", "warning", "warnings", "assertion",
        "conclusion", "suggestion", "charge", "charges", "allegation", "allegations",
        "argument", "arguments", "belief", "quip", "joke", "slogan", "mantra", "motto",
        "refrain", "catchphrase", "line", "words", "tweet", "message", "advice", "answer",
        "response", "reply", "retort", "insistence", "admission", "accusation", "complaint",
        "prediction", "description", "boast"};
    return kNouns.count(w) > 0;
  }

  // A name, ending before tokens[next], that can be an outlet or a channel:
  // not a date ("in June", "in a June 10 email").
  bool IsOutletName(const Mention& m, size_t next) const {
    return m.kind == Mention::kName && !frame_.Is(FirstTokenOf(m, next - 1), kMonth);
  }

  static bool IsSpeechNoun(std::string_view w) {
    return w == "statement" || w == "tweet" || w == "post" || w == "interview" || w == "speech" ||
           w == "remarks" || w == "letter" || w == "email" || w == "message" || w == "op-ed";
  }

  // The quotation at tokens[k] opens with an auxiliary verb, negated or
  // not: "“wasn't good”", "“is a failure”".
  bool OpensWithAuxiliary(size_t k) const {
    const Token& q = tok_[k];
    size_t b = q.begin;
    while (b < q.end && !std::isalpha(static_cast<unsigned char>(text_[b]))) ++b;
    size_t e = b;
    while (e < q.end && std::isalpha(static_cast<unsigned char>(text_[e]))) ++e;
    std::string w = text::AsciiLower(text_.substr(b, e - b));
    const std::string_view rest = text_.substr(e);
    if (w.ends_with("n") && (rest.starts_with("'t") || rest.starts_with("\xE2\x80\x99t"))) {
      w.pop_back();  // "wasn’t": "was"
    }
    return IsAuxiliary(w);
  }

  size_t QuoteWords(size_t k) const {
    const Token& q = tok_[k];
    size_t words = 0;
    bool in_word = false;
    for (size_t i = q.begin; i < q.end; ++i) {
      const bool space = text_[i] == ' ' || text_[i] == '\n';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    return words;
  }

  size_t LastTokenOf(const Mention& m, size_t from, size_t to) const {
    size_t i = from;
    while (i + 1 < to && tok_[i + 1].begin < m.end) ++i;
    return i;
  }

  // “…” is how X put it: a cue later in the sentence.
  bool LaterInSentence(size_t k, size_t se, Attribution* a) const {
    for (size_t c = k + 1; c < se; ++c) {
      if (IsPunct(tok_[c], ';')) return false;  // "…; rivals deride it as …": another clause
      size_t length;
      const Cue* cue = CueAt(c, &length);
      if (cue == nullptr || cue->kind == CueKind::kSource) continue;
      // "“…” and a frontal attack on Trump, who has said …": a relative
      // clause tells of someone else.
      const size_t j = SkipModifiersLeft(c - 1, k + 1);
      if (j < tok_.size() && IsRelativePronoun(tok_[j])) continue;
      a->speaker = SubjectOf(c, length, k + 1, se);
      SetCue(*cue, c, length, k + 1, se, a);
      return a->speaker.found();
    }
    return false;
  }

  // In a headline in title case, the name or description of up to three
  // words that opens the sentence [sb, k) and ends right before a colon:
  // "Hacker Guccifer: Clinton's Server Unprotected, ‘Like an Open
  // Orchid’"; not found() otherwise.
  Mention HeadlineSource(size_t sb, size_t k) const {
    size_t colon = sb + 1;  // after at most three words: "Clinton Cash Debunks Hillary:" is a claim
    while (colon < k && colon < sb + 3 && !IsPunct(tok_[colon], ':')) ++colon;
    if (colon >= k || colon + 1 == k || !IsPunct(tok_[colon], ':') || !IsTitleCase()) return {};
    const Mention m = MentionEndingAt(text_, frame_, colon - 1, sb);
    if (m.kind != Mention::kName && m.kind != Mention::kDescription) return {};
    return FirstTokenOf(m, colon - 1) == sb ? m : Mention{};
  }

  // The frame is a headline in title case ("John McCain: Republican
  // Populist Anger Appeals to …"): nearly all its longer words are
  // capitalized, and at least two of them are English words, not names (a
  // sentence of names, "Reyes, Okafor and Lindqvist met Mendes", is no
  // headline).
  bool IsTitleCase() const {
    if (title_case_ < 0) {
      size_t long_words = 0, capitalized = 0, words_capitalized = 0;
      for (const Token& t : tok_) {
        if (t.kind != Token::kWord || t.end - t.begin < 4) continue;
        ++long_words;
        if (!t.capitalized) continue;
        ++capitalized;
        words_capitalized += text::IsEnglishWord(t.lower());
      }
      title_case_ = long_words >= 4 && capitalized * 10 >= long_words * 9 && words_capitalized >= 2;
    }
    return title_case_ > 0;
  }

 private:
  std::string_view text_;
  const Frame& frame_;
  const std::vector<Token>& tok_;
  mutable int title_case_ = -1;  // IsTitleCase, once asked
};

// Whether `a` reads as a tag right after the quotation `quote`: its
// speaker's mention opens within a few bytes of the closing mark and its
// cue follows the mention ("“…,” the Harbor Examiner writes").
bool IsTagAfter(std::string_view text, const Token& quote, const Attribution& a) {
  if (!a.speaker.found() || a.cue.empty() || a.speaker.begin < quote.end ||
      a.speaker.begin > quote.end + 12) {
    return false;
  }
  size_t i = a.speaker.end;
  while (i < text.size() && text[i] == ' ') ++i;
  return text.substr(i).starts_with(a.cue);
}

}  // namespace

Attribution Attribute(std::string_view text, const Frame& frame, size_t k) {
  Reader reader(text, frame);
  size_t sb, se;
  reader.Sentence(k, &sb, &se);
  Attribution after, before;
  const bool next_reports_own = reader.NextSentenceReportsItsOwn(k, se);
  const bool found_after = !next_reports_own && reader.AfterQuote(k, se, &after);
  const bool found_before = reader.BeforeQuote(k, sb, se, &before);
  const char32_t last = LastContentChar(text, frame.tokens[k]);
  const bool tag_follows = last == ',' || last == '?' || last == '!' || text::IsDash(last) ||
                           last == U'…' || last == '-';
  // A tag right after a quotation that ends in a comma (or ? ! —) is its
  // own; after a full stop the next sentence may be someone else's, so an
  // attribution before the quotation wins.
  // "Clinton responds to Mills with, “Why now?” Mills then writes back, “…”":
  // after a question or an exclamation, a lead-in before the quotation is
  // its own, and the clause after leads into the next.
  const bool lead_in_wins = (last == '?' || last == '!') && found_before && before.lead_in &&
                            before.speaker.found();
  // "Okafor said the plan was “dead,” according to the Ledger": a speaker
  // of the sentence's own is who said it; the source after reports it (`via`).
  const bool source_after = found_after && after.cue_kind == CueKind::kSource;
  // "Okafor told the council it was “safe,” the Harbor Examiner writes": a
  // body's tag right after the quotation (its name, then its cue) reports
  // what a person before it said.
  const size_t end = frame.tokens.size();
  const bool body_reports = found_after && tag_follows && before.speaker.found() &&
                            reader.IsBodyName(after.speaker, end) &&
                            !reader.IsBodyName(before.speaker, end) &&
                            IsTagAfter(text, frame.tokens[k], after);
  // "After Okafor said students would do better at “smaller schools,”
  // Reyes said: “…”": a tag that ends in a colon leads in the next
  // quotation; the one before it is the first clause's.
  const bool leads_next = found_after && before.speaker.found() && reader.LeadsInNext(k, se);
  const bool before_wins =
      lead_in_wins || (source_after && before.speaker.found()) || body_reports || leads_next;
  Attribution chosen;
  if (found_after && !before_wins && (tag_follows || !before.speaker.found())) {
    chosen = after;
  } else if (found_before) {
    chosen = before;
  } else if (found_after) {
    chosen = after;
  }
  if (!chosen.speaker.found() && before.speaker.found()) chosen = before;
  if (body_reports) chosen.via = after.speaker;
  // “…” is how X put it: a cue later in the sentence, unless a quotation
  // inside the sentence ends it ("… to “open its doors.” And then he
  // promised").
  const bool ends_sentence = k > sb && (last == '.' || last == '?' || last == '!') &&
                             (k + 1 >= frame.tokens.size() || frame.tokens[k + 1].capitalized);
  // A claim's owner said the quotation in its that-clause; whoever tells of
  // the claim reports it (`via`).
  if (size_t noun; !chosen.lead_in) {
    if (const Mention owner = reader.ClaimOwner(k, sb, &noun); owner.found()) {
      if (chosen.speaker.found() && chosen.speaker.begin != owner.begin) chosen.via = chosen.speaker;
      chosen.speaker = owner;
      chosen.cue = std::string(frame.tokens[noun].Text(text));
      chosen.cue_kind = CueKind::kSpeech;
    }
  }
  if (!chosen.speaker.found() && !ends_sentence && !next_reports_own) {
    Attribution later;
    if (reader.LaterInSentence(k, reader.SentenceEndPastQuotes(k), &later)) chosen = later;
  }
  // "Reyes's “…” promise", "her remark that “…”" name whose words they are.
  if (!chosen.speaker.found() && k > sb) chosen.speaker = reader.OwnerOfWords(k, sb, se);
  if (!chosen.speaker.found() && k > sb) reader.SubjectOfSentence(k, sb, &chosen);
  if (Mention m = reader.IntroducedSubject(k, sb, se);
      m.found() && (!chosen.speaker.found() || chosen.speaker.begin < m.begin)) {
    chosen.speaker = m;
    if (chosen.cue.empty()) chosen.cue = std::string(frame.tokens[sb].Text(text));
  }
  if (Mention issuer = reader.IssuerOfDocument(chosen.speaker); issuer.found()) {
    chosen.speaker = issuer;
  }
  if (Mention agent = reader.PassiveAgent(k, se); agent.found()) {
    if (chosen.speaker.found()) chosen.via = chosen.speaker;  // who tells of it
    chosen.speaker = agent;
  }
  // Words, not marks: a paragraph that goes on a quotation opens with “.
  bool words_before = false;
  for (size_t i = sb; i < k && !words_before; ++i) {
    words_before = frame.tokens[i].kind != text::Token::kPunct && !frame.IsQuote(i);
  }
  // "He warned: “…,” Reyes told the Ledger": a tag after the quotation
  // names its speaker, and it stays a quotation led in, not a fragment.
  chosen.inside_sentence = words_before && !chosen.lead_in && !(found_before && before.lead_in);
  reader.ReadVia(sb, se, &chosen);
  if (chosen.via.found() && chosen.speaker.found() && chosen.via.begin == chosen.speaker.begin) {
    chosen.via = {};
  }
  // "the Graysons became “agitated,” according to a source": with nobody
  // else to say it, the source did.
  if (!chosen.speaker.found() && chosen.via.found()) {
    chosen.speaker = chosen.via;
    chosen.via = {};
  }
  return chosen;
}

Attribution EarlierReportedSpeech(std::string_view text, const Frame& frame, size_t k) {
  Attribution a;
  a.speaker = Reader(text, frame).LatestSpeakerBefore(k);
  return a;
}

Mention SubjectOfSentenceBefore(std::string_view text, const Frame& frame, size_t k) {
  if (k == 0 || k > frame.tokens.size()) return {};
  Reader reader(text, frame);
  if (!reader.IsSentenceEnd(k - 1)) return {};
  size_t sb, se;
  reader.Sentence(k - 1, &sb, &se);
  for (size_t i = sb; i < se; ++i) {
    if (frame.IsQuote(i)) return {};
  }
  return reader.FirstMention(sb, se);
}

Mention SubjectQuotedBy(std::string_view text, const Frame& frame, size_t k) {
  Reader reader(text, frame);
  size_t sb, se;
  reader.Sentence(k, &sb, &se);
  return reader.SubjectBefore(sb, k);
}

Attribution ParagraphTopic(std::string_view text, const Frame& frame) {
  Reader reader(text, frame);
  Attribution a;
  for (size_t i = 0; i < frame.tokens.size(); ++i) {
    if (frame.IsQuote(i)) return a;
    size_t next;
    Mention m = MentionStartingAt(text, frame, i, frame.tokens.size(), &next);
    if (!m.found()) continue;
    if (m.kind != Mention::kDescription && IsSubjectAt(frame, next)) a.speaker = m;
    return a;
  }
  return a;
}

std::vector<DisputeCue> DisputeCues(std::string_view text, const Frame& frame) {
  Reader reader(text, frame);
  std::vector<DisputeCue> out;
  for (size_t c = 0; c < frame.tokens.size(); ++c) {
    size_t length;
    const Cue* cue = reader.CueAt(c, &length);
    if (cue == nullptr || (cue->kind != CueKind::kDispute && cue->kind != CueKind::kAssert)) {
      continue;
    }
    size_t sb, se;
    reader.Sentence(c, &sb, &se);
    const size_t end = reader.SentenceEndPastQuotes(c);
    if (ContestsNothing(text, frame, *cue, c, length, end)) continue;
    const bool answers_only =
        cue->kind == CueKind::kAssert && !NegatedAfter(text, frame, c + length, end);
    Mention subject = reader.SubjectOf(c, length, sb, se);
    const size_t form_end = frame.tokens[c + length - 1].end;
    const std::string form(text.substr(frame.tokens[c].begin, form_end - frame.tokens[c].begin));
    if (subject.found()) {
      out.push_back({subject, form, c, answers_only, reader.ObjectBeforeSubject(c, sb)});
    }
  }
  return out;
}

std::vector<uint32_t> SentenceNumbers(std::string_view text, const Frame& frame) {
  Reader reader(text, frame);
  std::vector<uint32_t> numbers(frame.tokens.size());
  uint32_t n = 0;
  for (size_t i = 0; i < frame.tokens.size(); ++i) {
    numbers[i] = n;
    if (frame.IsQuote(i) ? EndsWithSentence(text, frame, i) : reader.IsSentenceEnd(i)) ++n;
  }
  return numbers;
}

Attribution Byline(std::string_view text, const Frame& frame) {
  const auto& tok = frame.tokens;
  if (tok.size() < 2 || !IsDashToken(tok[0])) return {};
  size_t next;
  Attribution a;
  a.speaker = MentionStartingAt(text, frame, 1, tok.size(), &next);
  const bool ends = next >= tok.size() || IsPunct(tok[next], ',') || IsPunct(tok[next], '.');
  if (a.speaker.kind != Mention::kName || !ends) return {};
  return a;
}

Attribution ColonLeadIn(std::string_view text, const Frame& frame) {
  Attribution a;
  const auto& tok = frame.tokens;
  if (tok.empty() || !IsPunct(tok.back(), ':')) return a;
  Reader reader(text, frame);
  const size_t k = tok.size() - 1;
  size_t sb = k;
  while (sb > 0 && !frame.IsQuote(sb - 1) && !reader.IsSentenceEnd(sb - 1)) --sb;
  for (size_t c = k; c-- > sb;) {
    size_t length;
    const Cue* cue = reader.CueAt(c, &length);
    if (cue == nullptr || cue->kind == CueKind::kSource) continue;
    a.speaker = reader.SubjectOf(c, length, sb, k);
    reader.SetCue(*cue, c, length, sb, k, &a);
    return a;
  }
  a.speaker = reader.FirstMention(sb, k);
  return a;
}

}  // namespace qt::quotes
