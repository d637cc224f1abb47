#include "quotes/mentions.h"

#include <algorithm>

#include "quotes/gender.h"
#include "text/char_class.h"
#include "text/english_words.h"

namespace qt::quotes {
namespace {

using text::Token;

bool IsWord(const Token& t) { return t.kind == Token::kWord; }
bool IsPunct(const Token& t, char32_t c) { return t.kind == Token::kPunct && t.punct == c; }

// A capitalized word that is no function word: "Zuckerberg", "CEO", "J".
bool IsPlainNameWord(const Frame& frame, size_t i) {
  return i < frame.tokens.size() && IsWord(frame.tokens[i]) && frame.tokens[i].capitalized &&
         !frame.Is(i, kFunctionWord);
}

// "said Will Doyle", "Theresa May", "Judicial Watch", "Ian Read": four
// function words are names, capitalized inside a sentence:
// - "Will", unless between capitalized words (a headline's "Trump Will Win");
// - "May" next to another name word, but not before a number ("May 5") nor
//   after a preposition ("in May Reyes said");
// - "Watch", "Read" and "Today" after a name word ("USA Today").
bool IsNameLikeFunctionWord(const Frame& frame, size_t i) {
  const auto& tok = frame.tokens;
  const std::string_view w = tok[i].lower();
  if ((w != "will" && w != "may" && w != "watch" && w != "read" && w != "today") ||
      AtSentenceStart(frame, i)) {
    return false;
  }
  const bool name_before = i > 0 && IsPlainNameWord(frame, i - 1);
  const bool capital_after = i + 1 < tok.size() && IsWord(tok[i + 1]) && tok[i + 1].capitalized;
  if (w == "will") return !(name_before && capital_after);
  if (w == "watch" || w == "read" || w == "today") return name_before;
  const bool number_after = i + 1 < tok.size() && tok[i + 1].kind == Token::kNumber;
  const bool after_preposition = i > 0 && frame.Is(i - 1, kPreposition);
  return (name_before || IsPlainNameWord(frame, i + 1)) && !number_after && !after_preposition;
}

// A capitalized word that can be part of a name ("Zuckerberg", "CEO", "J").
bool IsNameWord(const Frame& frame, size_t i) {
  if (i >= frame.tokens.size() || !IsWord(frame.tokens[i]) || !frame.tokens[i].capitalized) {
    return false;
  }
  return !frame.Is(i, kFunctionWord) || IsNameLikeFunctionWord(frame, i);
}

// A word a period may follow inside a name: an initial ("J." in "Donald J.
// Trump") or an abbreviated title ("Ms." in "said Ms. Acosta", "Gov." in
// "Gov. Terry E. Branstad"), or a place's opening "St." ("St. Paul City
// Council", "Ft. Worth"; not a street's, after its name: "Dock St. Reyes").
bool TakesPeriodInName(const Frame& frame, size_t i) {
  const Token& t = frame.tokens[i];
  if (t.end - t.begin == 1 || (frame.Is(i, kRoleWord) && frame.Is(i, kAbbreviation))) return true;
  const std::string_view w = t.lower();
  return (w == "st" || w == "ft" || w == "mt") && (i == 0 || !IsNameWord(frame, i - 1));
}

// Read from the word's classes (BuildFrame marks it), not its bytes.
bool IsPossessiveAt(const Frame& frame, size_t i) { return frame.Is(i, kPossessive); }

// "Peter T. King", "Ada King of Ohio", "Billie Jean King said": a role
// word that ends a name, right after a first name or an initial (both at
// or past `name_first`), is a surname. Before another name word it is a
// role still ("Charlotte Mayor Jennifer Roberts", "Virginia Sen. Tim
// Kaine"), and so it is after any other word ("Obama Chief of Staff Denis
// McDonough").
bool IsSurnameAt(const Frame& frame, size_t name_first, size_t i) {
  const auto& tok = frame.tokens;
  const bool abbreviated = i + 1 < tok.size() && IsPunct(tok[i + 1], '.') &&
                           frame.Is(i, kAbbreviation);  // "Sen.", not "King."
  if (i < name_first + 1 || abbreviated || IsPlainNameWord(frame, i + 1)) return false;
  size_t before = i - 1;
  if (IsPunct(tok[before], '.') && before >= name_first + 1) --before;  // "T."
  if (before < name_first || !IsWord(tok[before])) return false;
  const bool initial = tok[before].end - tok[before].begin == 1 && before + 1 < i;
  return initial || (before + 1 == i && GenderOfFirstName(tok[before].lower()) != Gender::kUnknown);
}

// The end of a name run [first, last] that starts with a person's name:
// "Brian Schatz of Hawaii" is Brian Schatz (from Hawaii). A name of two
// plain words or more ends before "of"; "Bank of America", "Secretary of
// State" and "Federal Bureau of Investigation" do not.
size_t PersonNameEnd(const Frame& frame, size_t first, size_t last) {
  size_t words = 0;
  for (size_t i = first; i < last; ++i) {
    if (!IsWord(frame.tokens[i])) continue;
    if (frame.tokens[i].lower() == "of") return words >= 2 ? i - 1 : last;
    if (frame.Is(i, kOrganisation | kPlace)) return last;
    if (frame.Is(i, kRoleWord) && !IsSurnameAt(frame, first, i)) return last;
    ++words;
  }
  return last;
}

// Whether the tokens [first, end) are capitalized words of places or
// bodies ("Iowa", "Democratic", "Senate"), none of them a title's
// abbreviation or a possessive.
bool OnlyPlaceOrBodyWords(const Frame& frame, size_t first, size_t end) {
  for (size_t i = first; i < end; ++i) {
    const Token& t = frame.tokens[i];
    if (!IsWord(t) || !t.capitalized || !frame.Is(i, kPlace | kOrganisation) ||
        frame.Is(i, kAbbreviation | kPossessive)) {
      return false;
    }
  }
  return true;
}

// "A poll released in late August found", "the June 23 referendum": a
// month alone, after a word that dates or before a day's number, is a
// date, never a name ("August Wilson said" is one: two words).
bool IsDateMonth(const Frame& frame, size_t i) {
  static constexpr std::string_view kDating[] = {
      "in",   "late", "early",   "mid",    "since", "until",  "by",   "last",
      "next", "this", "through", "before", "after", "during", "from", "of"};
  if (!frame.Is(i, kMonth)) return false;
  const auto& tok = frame.tokens;
  const bool dated =
      i > 0 && tok[i - 1].kind == Token::kWord &&
      std::find(std::begin(kDating), std::end(kDating), tok[i - 1].lower()) != std::end(kDating);
  return dated || (i + 1 < tok.size() && tok[i + 1].kind == Token::kNumber);
}

// Splits a run of capitalized tokens [first, last] into role and name: the
// name is what follows the last role word or possessive.
Mention NameFromRun(std::string_view text, const Frame& frame, size_t first, size_t last) {
  const auto& tok = frame.tokens;
  size_t name_first = first;
  for (size_t i = first; i <= last; ++i) {
    if (tok[i].kind != Token::kWord) continue;
    // The word after "Mr." or "Gov." names someone even when it is also a
    // role ("Mr. Singer", "Ms. Judge"), unless it is a title too ("Lt. Gen.").
    const bool title = frame.Is(i, kAbbreviation) && i < last && IsPunct(tok[i + 1], '.');
    const bool after_title = i >= first + 2 && name_first == i - 1 && IsPunct(tok[i - 1], '.') &&
                             frame.Is(i - 2, kRoleWord) && frame.Is(i - 2, kAbbreviation) && !title;
    const bool role = frame.Is(i, kRoleWord) && !after_title && !IsSurnameAt(frame, name_first, i);
    if (role || IsPossessiveAt(frame, i)) name_first = i + 1;
  }
  while (name_first <= last && tok[name_first].kind != Token::kWord) ++name_first;
  // "State Department", "Senate Republicans": what a role word leaves is a
  // body's noun, not a name; the run names the body. After a title it is a
  // surname all the same ("Ms. White", "Dr. King").
  if (name_first == last && name_first > first && frame.Is(last, kPersonNoun) &&
      !frame.Is(first, kAbbreviation)) {
    name_first = first;
  }
  // "Iowa Democratic Party", "Senate Judiciary Committee": a party's or a
  // chamber's word before a body's name is part of it, no role. ("Pastor
  // Joseph Brown of Marion Avenue Baptist Church" is a person's name.)
  if (name_first > first && name_first <= last && frame.Is(last, kOrganisation) &&
      OnlyPlaceOrBodyWords(frame, first, name_first)) {
    name_first = first;
  }
  // "CEO of Washington Restaurant Association", "Republican of New York":
  // a role of a body or a place, no name.
  const bool of_body = name_first <= last && tok[name_first].lower() == "of";
  Mention m;
  if (name_first > last || of_body) {  // all roles: "the President said" is a description
    m.kind = Mention::kDescription;
    m.begin = tok[first].begin;
    m.end = tok[last].end;
    m.text = std::string(text.substr(m.begin, m.end - m.begin));
    return m;
  }
  last = PersonNameEnd(frame, name_first, last);
  m.kind = Mention::kName;
  m.begin = tok[name_first].begin;
  m.end = tok[last].end;
  m.text = std::string(text.substr(m.begin, m.end - m.begin));
  if (name_first > first) {
    m.role = std::string(text.substr(tok[first].begin, tok[name_first - 1].end - tok[first].begin));
  }
  return m;
}

// An adjective of an office or a race, which a role word follows:
// "presidential candidate", "gubernatorial nominee".
bool IsOfficeAdjective(std::string_view lower) {
  static constexpr std::string_view kAdjectives[] = {"presidential",  "vice-presidential",
                                                     "gubernatorial", "mayoral",
                                                     "senatorial",    "congressional"};
  return std::find(std::begin(kAdjectives), std::end(kAdjectives), lower) != std::end(kAdjectives);
}

// Lower-case role words directly before a run belong to the role: "former"
// in "former President Donald Trump", "editor in chief Tomas Reyes",
// "presidential candidate Ada Lindqvist". A capitalized role word before
// them (a party's, "Senate") does too ("Republican presidential
// candidate", "Senate minority leader"), but never begins the role on its
// own: "Republican Ada Lindqvist" is a name run already.
size_t ExtendRoleLeft(const Frame& frame, size_t first, size_t floor) {
  const auto& tok = frame.tokens;
  const size_t run_first = first;
  while (first > floor && IsWord(tok[first - 1])) {
    const size_t i = first - 1;
    const std::string_view w = tok[i].lower();
    const bool in_chief = w == "in" && tok[first].lower() == "chief" && i > floor &&
                          IsWord(tok[i - 1]) && frame.Is(i - 1, kRoleWord);
    const bool lower_role = !tok[i].capitalized && (frame.Is(i, kRoleWord) || IsOfficeAdjective(w));
    const bool party = first < run_first && tok[i].capitalized && frame.Is(i, kRoleWord) &&
                       !frame.Is(i, kAbbreviation);
    if (!in_chief && !lower_role && !party) break;
    first = i;
  }
  return first;
}

// "Harbor Fund director Ada Lindqvist said", "Sanders campaign manager
// Jeff Weaver said": a body's name and lower-case words before the name run
// [first, last] are its role, when MentionStartingAt reads the whole as
// one name forwards (it does for a role's words, not a verb's: "Reyes
// praised aide Jo Park"). Only where the body's name opens a phrase (a
// sentence, or after a comma, a conjunction or a preposition).
Mention NameWithBodysRole(std::string_view text, const Frame& frame, size_t first, size_t last,
                          size_t floor) {
  const auto& tok = frame.tokens;
  size_t lower = first;
  while (lower > floor && first - lower < 3 && IsWord(tok[lower - 1]) &&
         !tok[lower - 1].capitalized &&
         !frame.Is(lower - 1,
                   kFunctionWord | kPreposition | kDeterminer | kSubjectPronoun | kObjectPronoun)) {
    --lower;
  }
  size_t body = lower;
  while (body > floor && lower - body < 4 && IsNameWord(frame, body - 1)) --body;
  if (lower == first || body == lower) return {};
  const bool opens = body == floor || IsPunct(tok[body - 1], ',') ||
                     frame.Is(body - 1, kPreposition) || tok[body - 1].lower() == "and" ||
                     tok[body - 1].lower() == "but";
  if (!opens) return {};
  size_t next;
  Mention m = MentionStartingAt(text, frame, body, last + 1, &next);
  return m.kind == Mention::kName && next == last + 1 ? m : Mention{};
}

Mention Description(std::string_view text, const Frame& frame, size_t first, size_t last) {
  const auto& tok = frame.tokens;
  Mention m;
  m.kind = Mention::kDescription;
  m.begin = tok[first].begin;
  m.end = tok[last].end;
  // "the spokesperson" is "spokesperson"; "another resident" keeps its
  // "another": it names someone else than the resident before; "one
  // official" its "one" and "one of the organizers" its "one of": a member
  // the reporter does not name, not the group nor whoever else the article
  // gives the role.
  const std::string_view determiner = tok[first].lower();
  const bool partitive = first + 1 < last && determiner == "one" && tok[first + 1].lower() == "of";
  const bool drop = frame.Is(first, kDeterminer) && determiner != "another" && determiner != "one";
  const size_t text_first = drop && first < last ? first + 1 : first;
  m.text = std::string(text.substr(tok[text_first].begin, m.end - tok[text_first].begin));
  m.indefinite = determiner == "a" || determiner == "an";
  const std::string_view head = tok[last].lower();
  m.plural = !partitive &&
             ((head.ends_with("s") && !head.ends_with("ss")) || head == "people" || head == "men" ||
              head == "women" || head == "children" || head == "police" || head == "staff");
  return m;
}

Mention Pronoun(const Token& t) {
  Mention m;
  m.kind = Mention::kPronoun;
  m.begin = t.begin;
  m.end = t.end;
  m.text = std::string(WithoutContraction(t.lower()));
  m.plural = m.text == "they" || m.text == "we" || m.text == "them" || m.text == "us";
  return m;
}

// True when capitalized `word` also stands in the article in lower case.
bool InLowerCase(std::string_view text, const Frame& frame, std::string_view word) {
  std::string lower(word);
  lower[0] = static_cast<char>(lower[0] + 32);
  return frame.article_words ? frame.article_words->Contains(lower)
                                : text::WholeWords::Search(text, lower);
}

// True when capitalized `word` is an English word (text/english_words.h)
// that the article capitalizes only where sentences open: "Hours later,",
// "Across town,", "Multiple outlets". A name that is a word too ("Bush",
// "King") stands inside a sentence somewhere, if only in its fuller form.
// (The caller keeps a group's noun, "Republicans said", for the subject it
// is.)
bool OnlyOpensSentences(std::string_view text, const Frame& frame, std::string_view word) {
  if (!text::IsEnglishWord(text::AsciiLower(word))) return false;
  return !(frame.article_words ? frame.article_words->ContainsInsideSentence(word)
                               : text::WholeWords::SearchInsideSentence(text, word));
}

}  // namespace

bool AtSentenceStart(const Frame& frame, size_t i) {
  if (i == 0) return true;
  const Token& p = frame.tokens[i - 1];
  if (p.kind == Token::kWord) return frame.classes[i - 1] & kEndsSentence;  // "the U.S. He …"
  if (p.kind != Token::kPunct || frame.IsQuote(i - 1)) return false;
  if (p.punct == '!' || p.punct == '?' || p.punct == ':') return true;
  if (p.punct != '.') return false;
  if (i < 2 || frame.tokens[i - 2].kind != Token::kWord) return true;
  const Token& w = frame.tokens[i - 2];
  return !frame.Is(i - 2, kAbbreviation) && !(w.capitalized && w.end - w.begin == 1);
}

bool IsCommonWordOpeningSentence(std::string_view text, const Frame& frame, size_t i,
                                 const Mention& m) {
  return m.kind == Mention::kName && m.begin == frame.tokens[i].begin &&
         m.text.find(' ') == std::string::npos && m.text[0] >= 'A' && m.text[0] <= 'Z' &&
         AtSentenceStart(frame, i) &&
         (InLowerCase(text, frame, m.text) ||
          (!frame.Is(i, kPersonNoun) && OnlyOpensSentences(text, frame, m.text)));
}

namespace {

// Other words are skipped without parsing.
bool CanStartMention(const Frame& frame, size_t i) {
  const Token& t = frame.tokens[i];
  return t.kind == Token::kWord &&
         (t.capitalized || frame.Is(i, kSubjectPronoun | kObjectPronoun | kDeterminer | kRoleWord |
                                           kPersonNoun));
}

}  // namespace

std::vector<FrameMention> MentionsOf(std::string_view text, const Frame& frame) {
  std::vector<FrameMention> out;
  // About one mention in six words: growing the vector moved each mention's
  // strings again.
  out.reserve(frame.tokens.size() / 6 + 1);
  for (size_t i = 0; i < frame.tokens.size();) {
    if (!CanStartMention(frame, i)) {
      ++i;
      continue;
    }
    size_t next;
    Mention m = MentionStartingAt(text, frame, i, frame.tokens.size(), &next);
    if (m.found()) out.push_back({i, next, std::move(m)});
    i = std::max(next, i + 1);
  }
  return out;
}

size_t SkipParenthetical(const Frame& frame, size_t i, size_t limit) {
  const auto& tok = frame.tokens;
  limit = std::min(limit, tok.size());
  if (i >= limit || !IsPunct(tok[i], '(')) return i;
  while (i < limit && !IsPunct(tok[i], ')')) ++i;
  return i + 1;
}

bool IsAppositiveName(const Frame& frame, const FrameMention& description,
                      const FrameMention& name) {
  const auto& tok = frame.tokens;
  return description.mention.kind == Mention::kDescription &&
         name.mention.kind == Mention::kName && name.first == description.next + 1 &&
         description.next < tok.size() && IsPunct(tok[description.next], ',') &&
         name.next < tok.size() && IsPunct(tok[name.next], ',');
}

bool IsAppositiveDescription(const Frame& frame, const FrameMention& name,
                             const FrameMention& description) {
  const auto& tok = frame.tokens;
  if (name.mention.kind != Mention::kName || description.mention.kind != Mention::kDescription ||
      description.first != name.next + 1 || name.next >= tok.size() ||
      !IsPunct(tok[name.next], ',')) {
    return false;
  }
  // "Millbrook, Ore., resident": no apposition without a determiner, but
  // for a full name's role in lower case ("Jan Lee, executive director of
  // the fund,").
  if (!frame.Is(description.first, kDeterminer) &&
      (tok[description.first].capitalized || name.mention.text.find(' ') == std::string::npos)) {
    return false;
  }
  // The words the description's head leaves: "the chief financial officer
  // of the city" is read as "the chief"; "a Harbor Fund supporter and
  // president of the Millbrook Institute" as "a Harbor Fund supporter".
  size_t end = description.next;
  while (end < tok.size() && end < description.next + 12 && IsWord(tok[end])) ++end;
  return end < tok.size() && (IsPunct(tok[end], ',') || IsPunct(tok[end], '.'));
}

size_t SkipPlace(const Frame& frame, size_t i) {
  const auto& tok = frame.tokens;
  while (i < tok.size() && (IsPunct(tok[i], '.') ||
                            (tok[i].capitalized && frame.Is(i, kPlace | kAbbreviation)))) {
    ++i;
  }
  return i;
}

bool IsSubjectAt(const Frame& frame, size_t next) {
  const auto& tok = frame.tokens;
  const size_t after_name = next;
  next = SkipParenthetical(frame, next, tok.size());  // "Jack Reed (D-R.I.), said"
  const bool parenthetical = next != after_name;
  // "Rep. Ann Lee of New York, a …, said": the name's state.
  if (next + 1 < tok.size() && tok[next].lower() == "of" && tok[next + 1].capitalized) {
    if (const size_t place = SkipPlace(frame, next + 1); place > next + 1) next = place;
  }
  // "Reyes on Wednesday downplayed", "Reyes last week said": a time phrase.
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  const auto lower = [&](size_t i) { return i < tok.size() ? tok[i].lower() : std::string_view(); };
  if (lower(next) == "on" && std::find(std::begin(kDays), std::end(kDays), lower(next + 1)) !=
                                 std::end(kDays)) {
    next += 2;
  } else if ((lower(next) == "last" || lower(next) == "this") &&
             (lower(next + 1) == "week" || lower(next + 1) == "month" ||
              lower(next + 1) == "year")) {
    next += 2;
  }
  while (next < tok.size() && IsWord(tok[next]) && !tok[next].capitalized &&
         frame.Is(next, kVerbModifier)) {
    ++next;
  }
  // "Sen. Jack Reed (D-R.I.), said": a comma after the party and state.
  if (parenthetical && next + 1 < tok.size() && IsPunct(tok[next], ',') &&
      frame.cues[next + 1].cue != nullptr && !tok[next + 1].capitalized) {
    return true;
  }
  if (next < tok.size() && IsPunct(tok[next], ',')) {  // "Zuckerberg, who …, told"
    size_t close = next + 1;
    while (close < tok.size() && close < next + 30 && !IsPunct(tok[close], ',')) ++close;
    // "Ann Lee, a donor from Salem, Oregon, said": a state after
    // the town.
    const size_t state = SkipPlace(frame, close + 1);
    if (state > close + 1 && state < tok.size() && IsPunct(tok[state], ',')) close = state;
    next = close + 1;
    // "Reyes, 18, from Lane County, Ore., disagrees": an age, then a
    // hometown and its state.
    if (lower(next) == "from" || lower(next) == "of") {
      size_t town = next + 1;
      while (town < tok.size() && town < next + 6 && !IsPunct(tok[town], ',')) ++town;
      if (town < tok.size() && IsPunct(tok[town], ',')) {
        next = town + 1;
        const size_t its_state = SkipPlace(frame, next);
        if (its_state > next && its_state < tok.size() && IsPunct(tok[its_state], ',')) {
          next = its_state + 1;
        }
      }
    }
  }
  if (next >= tok.size() || !IsWord(tok[next]) || tok[next].capitalized) return false;
  return !frame.Is(next, kPreposition | kDeterminer | kNameConnector) && tok[next].lower() != "who" &&
         tok[next].lower() != "which" && tok[next].lower() != "than" && tok[next].lower() != "but" &&
         tok[next].lower() != "or" && tok[next].lower() != "as";
}

bool IsObjectPronoun(std::string_view lower) { return WordClassesOf(lower) & kObjectPronoun; }
bool IsOrganisationWord(std::string_view lower) { return WordClassesOf(lower) & kOrganisation; }

Mention DescriptionSpanning(std::string_view text, const Frame& frame, size_t first, size_t last) {
  return Description(text, frame, first, last);
}

// "the Oregon senator’s", "the city council's": a determiner, up to
// three words and a head that can speak, possessive. The mention's text
// is the description's without the determiner or the mark.
Mention DescribedPossessor(std::string_view text, const Frame& frame, size_t last, size_t floor) {
  const auto& tok = frame.tokens;
  const std::string_view w = tok[last].lower();
  const uint32_t head = WordClassesOf(w.substr(0, w.size() - text::PossessiveMarkLength(w)));
  if (!(head & (kPersonNoun | kRoleWord)) || (head & kGenericPerson)) return {};
  size_t first = last;
  while (first > floor && last - first < 4 && IsWord(tok[first - 1]) &&
         !frame.Is(first - 1, kFunctionWord | kVerbModifier | kDeterminer)) {
    --first;
  }
  if (first == floor || !frame.Is(first - 1, kDeterminer) || frame.Is(first - 1, kPossessive)) {
    return {};
  }
  Mention m = Description(text, frame, first - 1, last);
  const size_t mark = text::PossessiveMarkLength(m.text);
  m.text.resize(m.text.size() - mark);
  m.end -= mark;
  return m;
}

Mention PossessorEndingAt(std::string_view text, const Frame& frame, size_t last, size_t floor) {
  const auto& tok = frame.tokens;
  if (last >= tok.size() || last < floor || !IsWord(tok[last])) return {};
  const std::string_view w = tok[last].lower();
  if (w == "his" || w == "her" || w == "their") {
    Mention m = Pronoun(tok[last]);
    m.text = w == "his" ? "he" : w == "their" ? "they" : "her";
    m.plural = w == "their";
    return m;
  }
  if (!IsPossessiveAt(frame, last)) return {};
  if (!tok[last].capitalized) return DescribedPossessor(text, frame, last, floor);
  size_t first = last;
  while (first > floor && IsNameWord(frame, first - 1)) --first;
  // The run before the possessive word splits into role and name as any
  // run does; the possessive word ends the name.
  Mention m;
  if (first < last) m = NameFromRun(text, frame, ExtendRoleLeft(frame, first, floor), last - 1);
  if (m.kind != Mention::kName) {
    m.role = m.text;  // all roles ("Mayor Okafor's"), or none
    m.begin = tok[last].begin;
  }
  m.kind = Mention::kName;
  m.end = tok[last].end;
  m.text = std::string(text.substr(m.begin, m.end - m.begin));
  const size_t mark = text::PossessiveMarkLength(m.text);  // "Reyes’s" → "Reyes"
  m.text.resize(m.text.size() - mark);
  m.end -= mark;
  return m;
}

Mention MentionEndingAt(std::string_view text, const Frame& frame, size_t last, size_t floor) {
  const auto& tok = frame.tokens;
  if (last >= tok.size() || last < floor || frame.IsQuote(last)) return {};
  const Token& t = tok[last];
  if (!IsWord(t)) return {};
  if (frame.Is(last, kSubjectPronoun | kObjectPronoun)) return Pronoun(t);
  // "Mr. Trump's comments", "Donald J. Trump": a title or an initial ends
  // no mention; the name after it does.
  const bool name_follows = last + 2 < tok.size() && IsPunct(tok[last + 1], '.') &&
                            TakesPeriodInName(frame, last) && IsNameWord(frame, last + 2);
  if (IsNameWord(frame, last) && !IsPossessiveAt(frame, last) && !name_follows) {
    size_t first = last;
    while (first > floor) {
      if (IsNameWord(frame, first - 1)) {
        --first;
      } else if (IsPunct(tok[first - 1], '.') && first >= floor + 2 && IsNameWord(frame, first - 2) &&
                 TakesPeriodInName(frame, first - 2)) {
        first -= 2;  // an initial or a title: Donald J. Trump, Gov. Terry Branstad
      } else if (frame.Is(first - 1, kNameConnector) && first >= floor + 2 &&
                 IsNameWord(frame, first - 2)) {
        first -= 2;  // Secretary of State John Kerry
      } else {
        break;
      }
    }
    if (first == last && IsDateMonth(frame, first)) return {};
    if (Mention m = NameWithBodysRole(text, frame, first, last, floor); m.found()) return m;
    return NameFromRun(text, frame, ExtendRoleLeft(frame, first, floor), last);
  }
  if (!t.capitalized && frame.Is(last, kPersonNoun)) {
    size_t first = last;
    bool coordinated = false;
    for (int steps = 0; first > floor && steps < 5 && !frame.Is(last, kGenericPerson); ++steps) {
      if (tok[first - 1].kind == Token::kNumber) {  // "21 percent", "two officials"
        --first;
        break;
      }
      if (!IsWord(tok[first - 1]) || frame.IsQuote(first - 1)) break;
      if (frame.Is(first - 1, kDeterminer)) {
        --first;
        break;
      }
      // "the Florida senator and Republican presidential candidate": one
      // person described twice, the first noun a head too.
      if (!coordinated && tok[first - 1].lower() == "and" && first >= floor + 3 &&
          IsWord(tok[first - 2]) && !tok[first - 2].capitalized &&
          frame.Is(first - 2, kPersonNoun) && !frame.Is(first - 2, kGenericPerson) &&
          !frame.Is(first, kDeterminer)) {
        coordinated = true;
        first -= 2;
        steps = 0;
        continue;
      }
      if (frame.Is(first - 1, kVerbModifier | kFunctionWord)) break;
      --first;
    }
    // Without its determiner the coordination is a list ("critics and
    // supporters said"): the last noun alone.
    if (coordinated && !frame.Is(first, kDeterminer)) {
      first = last;
      while (first > floor && tok[first - 1].lower() != "and") --first;
    }
    // "One of the organizers said": a member of the group.
    if (first >= floor + 2 && tok[first - 1].lower() == "of" && tok[first - 2].lower() == "one") {
      first -= 2;
    }
    return Description(text, frame, first, last);
  }
  return {};
}

// A capitalized role word of a party's or a chamber's: "Republican",
// "Democratic", "GOP", "Senate" (not "Senator": no body's word).
bool IsPartyWord(const Frame& frame, size_t i) {
  return frame.tokens[i].capitalized && frame.Is(i, kRoleWord) &&
         frame.Is(i, kOrganisation | kPlace) && !frame.Is(i, kAbbreviation);
}

namespace {

// "one of the organizers", "one of them": one member of a group, with its
// own words; nobody the group's earlier mentions name.
Mention PartitiveStartingAt(std::string_view text, const Frame& frame, size_t first, size_t limit,
                            size_t* next) {
  const auto& tok = frame.tokens;
  if (first + 2 >= limit || tok[first].lower() != "one" || tok[first + 1].lower() != "of") return {};
  size_t group_next;
  const Mention group = MentionStartingAt(text, frame, first + 2, limit, &group_next);
  if (group.kind != Mention::kDescription && group.kind != Mention::kPronoun) return {};
  if (group.kind == Mention::kPronoun && !group.plural) return {};
  *next = group_next;
  return Description(text, frame, first, group_next - 1);
}

// "Republican presidential candidate Ada Lindqvist", read from its first
// word: a party's word and lower-case role words before a name are the
// name's role, as ExtendRoleLeft reads them from the name leftwards.
Mention NameAfterPartyRole(std::string_view text, const Frame& frame, size_t first, size_t limit,
                           size_t* next) {
  const auto& tok = frame.tokens;
  if (!IsPartyWord(frame, first)) return {};
  size_t name = first + 1;
  while (name < limit && name < first + 6 && IsWord(tok[name]) && !tok[name].capitalized) ++name;
  if (name == first + 1 || !IsNameWord(frame, name) ||
      ExtendRoleLeft(frame, name, first) != first) {
    return {};
  }
  size_t after;
  Mention m = MentionStartingAt(text, frame, name, limit, &after);
  if (m.kind != Mention::kName) return {};
  const std::string_view role = text.substr(tok[first].begin, tok[name - 1].end - tok[first].begin);
  m.role = m.role.empty() ? std::string(role) : std::string(role) + " " + m.role;
  *next = after;
  return m;
}

// "conservative radio host Hugh Hewitt", "top foreign policy aide Jake
// Sullivan": up to three lower-case words from `first` and a singular
// person's noun or role word right before a name are the name's role, as
// after a party's word (NameAfterPartyRole). A bare plural stays what the
// caller reads ("told supporters Reyes would win").
Mention NameAfterLowerRole(std::string_view text, const Frame& frame, size_t first, size_t limit,
                           size_t* next) {
  const auto& tok = frame.tokens;
  constexpr uint32_t kNoModifier =
      kDeterminer | kPreposition | kFunctionWord | kVerbModifier | kSubjectPronoun | kObjectPronoun;
  if (tok[first].capitalized || frame.Is(first, kNoModifier)) return {};
  size_t head = first + 1;
  while (head < limit && head < first + 4 && IsWord(tok[head]) && !tok[head].capitalized &&
         !frame.Is(head, kNoModifier) && !frame.Is(head, kPersonNoun | kRoleWord)) {
    ++head;
  }
  const std::string_view w = head < limit ? tok[head].lower() : std::string_view();
  const bool singular = !w.ends_with("s") || w.ends_with("ss");
  if (head >= limit || head + 1 >= limit || tok[head].capitalized || !singular ||
      !frame.Is(head, kPersonNoun | kRoleWord) || !IsNameWord(frame, head + 1)) {
    return {};
  }
  size_t after;
  Mention m = MentionStartingAt(text, frame, head + 1, limit, &after);
  if (m.kind != Mention::kName) return {};
  const std::string_view role = text.substr(tok[first].begin, tok[head].end - tok[first].begin);
  m.role = m.role.empty() ? std::string(role) : std::string(role) + " " + m.role;
  *next = after;
  return m;
}

// The description [first, head] whose head is capitalized. Its text is the
// capitalized run when that is a proper name of two words or more: "the
// nonpartisan Congressional Budget Office" is the "Congressional Budget
// Office"; "another New Hampshire Democrat" keeps its "another".
Mention CapitalizedHeadDescription(std::string_view text, const Frame& frame, size_t first,
                                   size_t head) {
  const auto& tok = frame.tokens;
  Mention m = Description(text, frame, first, head);
  size_t run = head;
  while (run > first + 1 && IsWord(tok[run - 1]) && tok[run - 1].capitalized) --run;
  if (run < head && run > first + 1 && tok[first].lower() != "another") {
    m.text = std::string(text.substr(tok[run].begin, tok[head].end - tok[run].begin));
  }
  return m;
}

// "according to her lawyers": "her" is the determiner of a description
// when a person noun follows within three lower-case words.
bool DeterminesAHead(const Frame& frame, size_t i, size_t limit) {
  if (!frame.Is(i, kDeterminer)) return false;
  for (size_t k = i + 1; k < limit && k <= i + 3; ++k) {
    const Token& t = frame.tokens[k];
    if (!IsWord(t) || t.capitalized ||
        frame.Is(k, kFunctionWord | kPreposition | kDeterminer | kVerbModifier)) {
      return false;
    }
    if (frame.Is(k, kPersonNoun)) return true;
  }
  return false;
}

// Whether the words after `k` are capitalized ones (a name or a body:
// "Cruz", "White House") and then a lower-case person noun, which heads
// the description `k` modifies.
bool ModifiesALaterHead(const Frame& frame, size_t k, size_t limit) {
  const auto& tok = frame.tokens;
  size_t j = k + 1;
  while (j < limit && j < k + 5 && IsWord(tok[j]) && tok[j].capitalized) ++j;
  return j > k + 1 && j < limit && IsWord(tok[j]) && !tok[j].capitalized &&
         frame.Is(j, kPersonNoun);
}

}  // namespace

// "the daughter of former President …": a word that modifies a title is
// no noun of the description's.
bool ModifiesAsATitle(std::string_view lower) {
  static constexpr std::string_view kModifiers[] = {
      "former", "retired", "acting",   "deputy",   "assistant", "senior",  "junior",
      "late",   "then",    "incoming", "outgoing", "longtime",  "current", "future"};
  return std::find(std::begin(kModifiers), std::end(kModifiers), lower) != std::end(kModifiers);
}

// Whether a noun phrase can end before tokens[i]: at punctuation, a name,
// a word no noun is ("in", "who") or a cue ("said"); not before another
// lower-case word that may be its noun ("professor of constitutional law").
bool EndsANounPhrase(const Frame& frame, size_t i, size_t limit) {
  if (i >= limit || !IsWord(frame.tokens[i]) || frame.tokens[i].capitalized) return true;
  return frame.Is(i, kDeterminer | kPreposition | kFunctionWord | kVerbModifier | kSubjectPronoun |
                         kObjectPronoun) ||
         frame.cues[i].cue != nullptr;
}

Mention MentionStartingAt(std::string_view text, const Frame& frame, size_t first, size_t limit,
                          size_t* next) {
  const auto& tok = frame.tokens;
  limit = std::min(limit, tok.size());
  *next = first;
  if (first >= limit || !IsWord(tok[first])) return {};
  if (frame.Is(first, kSubjectPronoun | kObjectPronoun) && !DeterminesAHead(frame, first, limit)) {
    *next = first + 1;
    return Pronoun(tok[first]);
  }
  if (Mention part = PartitiveStartingAt(text, frame, first, limit, next); part.found()) return part;
  if (Mention m = NameAfterPartyRole(text, frame, first, limit, next); m.found()) return m;
  if (Mention m = NameAfterLowerRole(text, frame, first, limit, next); m.found()) return m;
  // "former Sen. Evan Bayh": lower-case role words before a name.
  size_t role_start = first;
  while (first + 1 < limit && !tok[first].capitalized && frame.Is(first, kRoleWord) &&
         !frame.Is(first, kPersonNoun) && IsWord(tok[first + 1])) {
    ++first;
  }
  if (first > role_start && !IsNameWord(frame, first)) first = role_start;
  // A description: determiner, modifiers, a person noun ("the spokesperson",
  // "a Meta spokesperson", "Trump's campaign", "officials"). Between a
  // determiner and the head stand capitalized words, possessives, numbers
  // and at most two lower-case modifiers ("a senior official", "a longtime
  // GOP data expert", "a 2008 campaign veteran"), never a function word; a
  // bare head needs none.
  // Generic heads (people, man …) take no modifier at all, so "the way
  // people" is no description.
  const bool determiner = frame.Is(first, kDeterminer);
  // "Republican political consultant Chris Russell": a party's word takes
  // lower-case modifiers before the head of a name's role as a determiner
  // does.
  const bool party = !determiner && IsPartyWord(frame, first) && first + 1 < limit &&
                     IsWord(tok[first + 1]) && !tok[first + 1].capitalized;
  size_t lower_modifiers = 0;
  for (size_t k = first + (determiner ? 1 : 0), steps = 0;
       k < limit && steps < 6 && (IsWord(tok[k]) || (determiner && tok[k].kind == Token::kNumber));
       ++k, ++steps) {
    if (tok[k].kind == Token::kNumber) continue;  // "a 2008 campaign veteran"
    const bool possessive = IsPossessiveAt(frame, k);
    // "a senior Cruz adviser", "a deputy White House spokesman": a role
    // word that is a person noun too ("senior") modifies a later head.
    if (determiner && frame.Is(k, kRoleWord) && ModifiesALaterHead(frame, k, limit)) continue;
    if (!tok[k].capitalized && frame.Is(k, kPersonNoun) && !possessive) {
      const bool modified = k > first + (determiner ? 1 : 0);
      if (frame.Is(k, kGenericPerson) && modified) break;
      if (!determiner && k > first && !tok[first].capitalized) break;
      // Compound heads: "the chief executive", "a campaign spokesman",
      // "the editor in chief".
      while (k + 1 < limit && IsWord(tok[k + 1]) && !tok[k + 1].capitalized &&
             frame.Is(k + 1, kPersonNoun) && !frame.Is(k + 1, kGenericPerson)) {
        ++k;
      }
      if (k + 2 < limit && tok[k + 1].lower() == "in" && tok[k + 2].lower() == "chief") k += 2;
      // "the former secretary of state", "chief of staff Ada Lindqvist": a
      // title with "of" and one lower-case noun is one head; "the head of
      // the union" is a head ("head") and its body.
      if (k + 2 < limit && IsWord(tok[k + 1]) && tok[k + 1].lower() == "of" && IsWord(tok[k + 2]) &&
          !tok[k + 2].capitalized &&
          !frame.Is(k + 2, kDeterminer | kPreposition | kFunctionWord | kVerbModifier |
                               kSubjectPronoun | kObjectPronoun) &&
          !ModifiesAsATitle(tok[k + 2].lower()) && EndsANounPhrase(frame, k + 3, limit)) {
        k += 2;
      }
      *next = k + 1;
      Mention description = Description(text, frame, first, k);
      // "said Meta spokesperson Andy Stone": the description is the role
      // of the name right after it.
      if (k + 1 < limit && IsNameWord(frame, k + 1)) {
        size_t after_name;
        Mention name = MentionStartingAt(text, frame, k + 1, limit, &after_name);
        if (name.kind == Mention::kName) {
          name.role = name.role.empty() ? description.text : description.text + " " + name.role;
          *next = after_name;
          return name;
        }
      }
      // Without a name after it, no mention starts at a party's word:
      // "the Florida senator and Republican presidential candidate said"
      // is one person, whom MentionEndingAt reads whole, and "Republican"
      // alone no one.
      if (party && lower_modifiers > 0) {
        *next = first;
        return {};
      }
      return description;
    }
    // "a Republican said", "one well-connected Democrat familiar with the
    // campaign": a capitalized person noun after a determiner heads the
    // description when no name or other person noun follows.
    if (determiner && tok[k].capitalized && !possessive && frame.Is(k, kPersonNoun) &&
        !frame.Is(k, kRoleWord) && !IsNameWord(frame, k + 1) &&
        !(k + 1 < limit && frame.Is(k + 1, kPersonNoun | kNameConnector))) {
      *next = k + 1;
      return CapitalizedHeadDescription(text, frame, first, k);
    }
    if (tok[k].capitalized || possessive) continue;
    // "the former top aide": a role word ("former") is no second modifier.
    if (frame.Is(k, kRoleWord) && determiner) continue;
    if (!(determiner || party) || ++lower_modifiers > 2 ||
        frame.Is(k, kDeterminer | kPreposition | kFunctionWord | kVerbModifier)) {
      break;
    }
  }
  // A name: a run of capitalized words, possibly with connectors and
  // initials; "the Northern Ledger" is the name "Northern Ledger".
  const bool after_article = determiner && IsNameWord(frame, first + 1) && first + 1 < limit;
  const size_t roles_end = first;  // "that Tomas Reyes": a determiner is no role
  if (after_article) ++first;
  if (!IsNameWord(frame, first)) return {};
  size_t last = first;
  while (last + 1 < limit) {
    if (IsNameWord(frame, last + 1) && !IsPossessiveAt(frame, last)) {
      ++last;
    } else if (IsPunct(tok[last + 1], '.') && TakesPeriodInName(frame, last) && last + 2 < limit &&
               IsNameWord(frame, last + 2)) {
      last += 2;
    } else if (frame.Is(last + 1, kNameConnector) && last + 2 < limit && IsNameWord(frame, last + 2)) {
      last += 2;
    } else {
      break;
    }
  }
  if (IsPossessiveAt(frame, last)) return {};
  if (first == last && IsDateMonth(frame, first)) return {};
  *next = last + 1;
  Mention m = NameFromRun(text, frame, first, last);
  // "the Northern Ledger", "a Harbor Fund clinic": a name after an
  // article is an organisation's, or a modifier of the noun after it.
  if (after_article) {  // tokens[first - 1] is the determiner
    m.after_article = IsArticle(tok[first - 1].lower());
  }
  if (role_start < roles_end && m.kind == Mention::kName) {  // the role runs up to the name
    size_t role_end = m.begin;
    while (role_end > tok[role_start].begin && text[role_end - 1] == ' ') --role_end;
    m.role = std::string(text.substr(tok[role_start].begin, role_end - tok[role_start].begin));
  }
  return m;
}

}  // namespace qt::quotes
