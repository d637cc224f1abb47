#include "quotes/discourse.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "text/char_class.h"
#include "text/english_words.h"
#include "text/tokens.h"
#include "text/utf8.h"

namespace qt::quotes {
namespace {

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// "Zuckerberg’s" → "Zuckerberg", "Sanders'" → "Sanders".
std::string WithoutPossessive(std::string name) {
  name.resize(name.size() - text::PossessiveMarkLength(name));
  return name;
}

// Whether a description's head names someone who could be "he" or "she".
// The lists of heads that speak (word_classes.h) hold bodies, groups and
// documents too ("the firm said", "the crowd cheered", "the email read"),
// and a head no list knows is as often a thing ("a firm stance", "the
// email scandal", whose heads the mention parser took for "firm" and
// "email") as a person.
bool IsPersonHead(std::string_view lower) {
  static const std::unordered_set<std::string_view> kNoPerson = {
      // groups
      "audience", "crowd", "panel", "jury", "board", "team", "group", "staff", "police",
      "military", "army", "navy", "family", "public", "press", "media", "electorate",
      "congregation", "class", "delegation", "caucus", "majority", "minority", "union",
      "committee", "court", "council", "commission",
      // bodies
      "campaign", "administration", "department", "agency", "company", "firm", "ministry",
      "government", "organization", "organisation", "office", "network", "outlet", "newspaper",
      "magazine", "website", "site", "blog",
      // documents
      "statement", "report", "study", "poll", "memo", "letter", "lawsuit", "complaint", "filing",
      "survey", "paper", "post", "tweet", "editorial", "column", "article", "release", "document",
      "ad", "advertisement", "video", "email", "ruling", "clip", "book", "suit", "cable",
      "transcript", "indictment", "petition",
      // modifiers among the role words: "the U.S. needs"
      "u.s.", "state", "house", "senate", "former", "retired", "acting", "senior", "junior", "vice",
      "prime", "white", "percent"};
  const uint32_t classes = WordClassesOf(lower);
  return (classes & (kPersonNoun | kRoleWord | kGenericPerson)) &&
         !(classes & (kOrganisation | kPlace | kDocument)) && kNoPerson.count(lower) == 0;
}

// The last word of `s`, lower-cased.
std::string LastLowerWord(std::string_view s) {
  const size_t space = s.rfind(' ');
  return text::AsciiLower(space == std::string_view::npos ? s : s.substr(space + 1));
}

// "Mexicans", "Christians", "Muslims", "Latinos", "Millennials": one
// capitalized word that names a people or a generation is a group, so
// "they" and never "he" or "she". Surnames rarely end so ("Evans" and
// "Williams" do not).
bool IsPeopleName(std::string_view name) {
  if (name.find(' ') != std::string_view::npos) return false;
  static constexpr std::string_view kEndings[] = {"ians", "cans", "ims", "inos", "nials", "crats"};
  return std::any_of(std::begin(kEndings), std::end(kEndings),
                     [&](std::string_view e) { return name.size() > e.size() + 2 && name.ends_with(e); });
}

// "paid off her student loans", "praised his staff training": a
// description right after a lower-case word that is no function word (most
// often a verb) is its object. After "said" or "that" it may still be a
// clause's subject.
bool IsObjectOfVerb(const Frame& frame, size_t i) {
  // "engage either man": past a quantifier to the word before it.
  if (i >= 2) {
    const std::string_view q = frame.tokens[i - 1].lower();
    if (q == "either" || q == "neither" || q == "both" || q == "each" || q == "every") --i;
  }
  if (i == 0) return false;
  const text::Token& before = frame.tokens[i - 1];
  return before.kind == text::Token::kWord && !before.capitalized &&
         !frame.Is(i - 1, kFunctionWord | kVerbModifier);
}

// "help both the mayor and the council": one of two joined phrases,
// the first ending at tokens[next].
bool IsJoined(const Frame& frame, size_t next) {
  if (next + 1 >= frame.tokens.size()) return false;
  const std::string_view w = frame.tokens[next].lower();
  return (w == "and" || w == "or") && frame.Is(next + 1, kDeterminer);
}

// "That's when Okafor says …", "because Reyes spoke": these words open a
// clause. Of them, "when", "while", "after", "before" and "since" are also
// prepositions (word_classes.h), which otherwise take objects.
bool OpensClause(const Frame& frame, size_t i) {
  if (i == 0 || !frame.Is(i - 1, kFunctionWord)) return false;
  static constexpr std::string_view kOpeners[] = {"when",  "while", "because", "although", "though",
                                                  "if",    "after", "before",  "since",    "until",
                                                  "unless", "once"};
  const std::string_view w = frame.tokens[i - 1].lower();
  return std::find(std::begin(kOpeners), std::end(kOpeners), w) != std::end(kOpeners);
}

// Verbs of saying whose next word is whom they address or speak of ("asked
// Reyes whether", "praised Berg"), not what they report.
bool TakesAnObject(const Cue& cue) {
  static constexpr std::string_view kLemmas[] = {
      "tell",    "ask",      "urge",    "accuse",       "blast",   "slam",      "criticize",
      "praise",  "laud",     "hail",    "mock",         "assure",  "reassure",  "caution",
      "advise",  "implore",  "beg",     "threaten",     "inform",  "notify",    "remind",
      "condemn", "denounce", "thank",   "congratulate", "greet",   "introduce", "interrupt",
      "quote",   "cite",     "lecture", "exhort",       "command", "question",  "lambaste",
      "deride",  "decry",    "press",   "warn",         "charge",  "echo",      "paraphrase",
      "answer",  "tout",     "herald"};
  return std::find(std::begin(kLemmas), std::end(kLemmas), cue.lemma) != std::end(kLemmas);
}

// "Reyes says Berg is wrong", "said that Berg …": tokens[i] opens what a
// speaker says, a clause below the speaker's own. A cue's form ends right
// before it, or before its "that".
bool OpensReportedClause(const Frame& frame, size_t i) {
  size_t end = i;
  const bool after_that = end > 0 && frame.tokens[end - 1].lower() == "that";
  if (after_that) --end;
  for (size_t j = end; j-- > 0 && end - j <= 3;) {
    const Cue* cue = frame.cues[j].cue;
    if (cue == nullptr) continue;
    if (j + frame.cues[j].length != end) return false;
    const bool says = cue->kind == CueKind::kSpeech || cue->kind == CueKind::kDispute ||
                      cue->kind == CueKind::kAssert;
    return says && (after_that || !TakesAnObject(*cue));
  }
  return false;
}

// Whether tokens[first] opens a clause: a sentence's first word, or one
// after "but", a word that opens a clause, or a connective and its comma
// ("Meanwhile, the …"). Not after any comma or "and": "Berg, Okafor’s
// spokesman," and "Lee’s wit and Berg’s charm" are no clauses.
bool OpensItsClause(const Frame& frame, size_t first) {
  if (first == 0 || AtSentenceStart(frame, first) || OpensClause(frame, first)) return true;
  const text::Token& before = frame.tokens[first - 1];
  if (before.lower() == "but") return true;
  return first >= 2 && before.kind == text::Token::kPunct && before.punct == ',' &&
         frame.Is(first - 2, kFunctionWord) && AtSentenceStart(frame, first - 2);
}

// "Reyes’s answer was short. But he …", "The Oregon senator’s answer …":
// a possessor that opens its clause is what the clause is about, an
// antecedent as its subject is. The possessor's mention, a name or a
// description, whose possessive word is tokens[k]; *first receives its
// first token. Not found() for any other word.
Mention ClauseOpeningPossessor(std::string_view text, const Frame& frame, size_t k, size_t* first) {
  const auto& tok = frame.tokens;
  if (!frame.Is(k, kPossessive) || k + 1 >= tok.size() || tok[k + 1].kind != text::Token::kWord ||
      tok[k + 1].capitalized) {
    return {};
  }
  Mention m = PossessorEndingAt(text, frame, k, 0);
  if (!m.found() || m.kind == Mention::kPronoun) return {};
  for (*first = k; *first > 0 && tok[*first].begin > m.begin;) --*first;
  if (m.kind == Mention::kName) {
    // "There’s", "Let’s", "Tuesday’s": no person's.
    if (frame.Is(*first, kFunctionWord)) return {};
  } else {
    // "the current party nominee’s"; not "his aide’s", nor a body's.
    const std::string_view head = tok[k].lower();
    if (!IsPersonHead(head.substr(0, head.size() - text::PossessiveMarkLength(head))) ||
        tok[*first].lower() != "the") {
      return {};
    }
  }
  return OpensItsClause(frame, *first) ? m : Mention{};
}

// "Millbrook, Oregon,", "Salem, Ore.": a name that ends before
// tokens[next] is a town when a state follows it between commas or before a
// full stop.
bool IsTownOfState(const Frame& frame, size_t next) {
  const auto& tok = frame.tokens;
  const auto is = [&](size_t i, char32_t c) {
    return i < tok.size() && tok[i].kind == text::Token::kPunct && tok[i].punct == c;
  };
  if (!is(next, ',') || next + 1 >= tok.size() || !tok[next + 1].capitalized) return false;
  const size_t end = SkipPlace(frame, next + 1);
  return end > next + 1 && (is(end, ',') || is(end - 1, '.') || is(end, '.'));
}

// The gender a name mention's honorific says: "Mrs. Okafor", "Mr.
// Okafor". Only an honorific: "spokesman Ada Lind" is printed too.
Gender TitledGender(const Mention& m) {
  std::string_view rest = m.role;  // read in place: most names have no role
  while (!rest.empty()) {
    const size_t space = rest.find(' ');
    const Gender g = GenderOfHonorific(rest.substr(0, space));
    if (g != Gender::kUnknown) return g;
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  return Gender::kUnknown;
}

// The lower-case words of a description: "a veteran Republican strategist"
// makes no "Republican" its person.
std::vector<std::string> LowerCaseWords(const Frame& frame, const FrameMention& description) {
  std::vector<std::string> words;
  for (size_t i = description.first; i < description.next; ++i) {
    const text::Token& t = frame.tokens[i];
    if (t.kind == text::Token::kWord && !t.capitalized && !frame.Is(i, kDeterminer)) {
      words.emplace_back(t.lower());
    }
  }
  return words;
}

// A person's singular description in apposition to a full name, opened
// by an article and closed right after its lower-case head by a comma or
// a full stop: "Tomas Reyes, the union leader,". Not a document ("Reyes,
// the report said"), a group or a party's member ("a Republican"), not a
// relative's ("Ada Reyes, whose husband, …"), and not a description that
// goes on ("Reyes, the leader of the union, …" has its head before "of").
bool IsApposedRole(const Frame& frame, const FrameMention& name, const FrameMention& description) {
  const auto& tok = frame.tokens;
  const Mention& d = description.mention;
  const std::string_view article = tok[description.first].lower();
  return name.mention.text.find(' ') != std::string::npos && !d.plural && IsArticle(article) &&
         !tok[description.next - 1].capitalized &&
         IsAppositiveDescription(frame, name, description) && description.next < tok.size() &&
         tok[description.next].kind == text::Token::kPunct &&
         (tok[description.next].punct == ',' || tok[description.next].punct == '.') &&
         frame.Is(description.next - 1, kPersonNoun) &&
         !frame.Is(description.next - 1, kDocument | kGenericPerson);
}

}  // namespace

// Names are taken for people unless they hold an organisation word or are
// all place words (word_classes.h: "Iowa", "North Carolina", "Syrian"); a
// single word must also not be an acronym (CNN, NATO). Cities and other
// places slip through: a surname alone is the commoner case in news.
bool Discourse::IsPersonName(const std::string& name) {
  std::string_view rest = name;
  size_t words = 0, places = 0;
  while (!rest.empty()) {
    const size_t space = rest.find(' ');
    const std::string_view w = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    if (w.empty()) continue;
    if (++words > 5) return false;
    char lower[32];
    if (w.size() < sizeof lower) {
      for (size_t k = 0; k < w.size(); ++k) {
        lower[k] = (w[k] >= 'A' && w[k] <= 'Z') ? static_cast<char>(w[k] + 32) : w[k];
      }
      const uint32_t classes = WordClassesOf({lower, w.size()});
      if (classes & kOrganisation) return false;
      places += (classes & kPlace) != 0;
    }
    size_t i = 0;
    if (!text::IsUpper(text::DecodeUtf8(w, &i))) return false;
    if (words == 1 && rest.empty() &&  // a lone letter ("X", the "T" of "AT&T") or acronym: CNN
        (w.size() == 1 ||
         std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))) {
      return false;
    }
  }
  return words > places;
}

// "Sen." is a senator: a title abbreviated before a name is what a
// description later calls the person ("the senator said").
std::vector<std::string> RoleWords(const std::string& role) {
  static const std::unordered_map<std::string_view, std::string_view> kSpelledOut = {
      {"sen.", "senator"},         {"sen", "senator"},     {"rep.", "representative"},
      {"gov.", "governor"},        {"lt.", "lieutenant"},  {"gen.", "general"},
      {"pres.", "president"},      {"sec.", "secretary"},  {"atty.", "attorney"},
      {"col.", "colonel"},         {"sgt.", "sergeant"},   {"capt.", "captain"},
      {"adm.", "admiral"},         {"prof.", "professor"}, {"amb.", "ambassador"},
      {"supt.", "superintendent"}, {"cmdr.", "commander"}, {"gov", "governor"}};
  std::vector<std::string> words = Words(text::AsciiLower(role));
  for (std::string& w : words) {
    if (const auto it = kSpelledOut.find(w); it != kSpelledOut.end()) w = it->second;
  }
  return words;
}

void Discourse::AddNames(std::string_view text, const Frame& frame,
                         const std::vector<FrameMention>& mentions) {
  for (size_t n = 0; n < mentions.size(); ++n) {
    const FrameMention& fm = mentions[n];
    const Mention& m = fm.mention;
    if (m.kind != Mention::kName) continue;
    const bool inside_sentence =
        m.begin != frame.tokens[fm.first].begin || !AtSentenceStart(frame, fm.first);
    Known& known = AddName(m, inside_sentence);
    known.town |= IsTownOfState(frame, fm.next);
    // "Tomas Reyes, the union leader, met …": a role printed beside the name
    // names it too, when the name printed none ("the union leader said").
    if (known.role.empty() && n + 1 < mentions.size() &&
        IsApposedRole(frame, fm, mentions[n + 1])) {
      known.role = LowerCaseWords(frame, mentions[n + 1]);
      ++names_version_;
    }
  }
  AddPossessorNames(text, frame, mentions);
}

Discourse::Known& Discourse::AddName(const Mention& m, bool inside_sentence) {
  const std::string name = WithoutPossessive(m.text);
  auto [it, added] = name_index_.try_emplace(name, names_.size());
  if (added) {
    names_.push_back({name, Words(name), {}, 0, inside_sentence, false});
    const Known& k = names_.back();
    if (k.words.size() >= 2) {
      by_word_[k.words.front()].push_back(it->second);
      if (k.words.back() != k.words.front()) by_word_[k.words.back()].push_back(it->second);
    }
  }
  Known& known = names_[it->second];
  ++known.count;
  ++names_version_;
  known.inside_sentence |= inside_sentence;
  std::vector<std::string> role = RoleWords(m.role);
  if (role.size() > known.role.size()) known.role = std::move(role);
  return known;
}

// "Bernie Sanders' plan would …", "Gov. Ravi Mendes's office said": a
// full name printed only as an owner is in the inventory all the same,
// for "Sanders" and "Mendes" to resolve to. Owners inside a name mention
// (counted there) are passed over.
void Discourse::AddPossessorNames(std::string_view text, const Frame& frame,
                                  const std::vector<FrameMention>& mentions) {
  size_t n = 0;
  for (size_t k = 0; k < frame.tokens.size(); ++k) {
    if (!(frame.classes[k] & kPossessive) || !frame.tokens[k].capitalized) continue;
    while (n < mentions.size() && mentions[n].next <= k) ++n;
    if (n < mentions.size() && mentions[n].first <= k &&
        mentions[n].mention.kind == Mention::kName) {
      continue;
    }
    const Mention owner = PossessorEndingAt(text, frame, k, 0);
    if (owner.kind != Mention::kName || owner.text.find(' ') == std::string::npos) continue;
    size_t first = k;
    while (first > 0 && frame.tokens[first].begin > owner.begin) --first;
    AddName(owner, !AtSentenceStart(frame, first));
  }
}

void Discourse::AddAntecedents(std::string_view text, const Frame& frame,
                               const std::vector<FrameMention>& mentions) {
  CollectAntecedents(text, frame, mentions, PossessorsOf(text, frame), &antecedents_, &speakers_,
                     &descriptions_);
}

std::vector<Discourse::Possessor> Discourse::PossessorsOf(std::string_view text,
                                                          const Frame& frame) {
  std::vector<Possessor> possessors;
  for (size_t k = 0; k < frame.tokens.size(); ++k) {
    if (!(frame.classes[k] & kPossessive)) continue;  // dense: most words are skipped here
    size_t first = 0;
    if (Mention p = ClauseOpeningPossessor(text, frame, k, &first); p.found()) {
      possessors.push_back({first, std::move(p)});
    }
  }
  return possessors;
}

void Discourse::CollectAntecedents(std::string_view text, const Frame& frame,
                                   const std::vector<FrameMention>& mentions,
                                   const std::vector<Possessor>& possessors,
                                   std::vector<Antecedent>* out,
                                   const std::vector<Antecedent>* speakers,
                                   std::vector<Description>* descriptions) const {
  size_t next_possessor = 0;
  const auto add_possessors_before = [&](size_t token) {
    for (; next_possessor < possessors.size() && possessors[next_possessor].first < token;
         ++next_possessor) {
      const Possessor& p = possessors[next_possessor];
      const Mention& m = p.mention;
      if (m.kind == Mention::kName) {
        // A person the article names in full ("Reyes’s" for Tomas Reyes):
        // a company's or a day's name alone is no antecedent.
        std::string name = ResolveName(m.text);
        if (name.find(' ') == std::string::npos || !IsPersonName(name)) continue;
        out->push_back({m.begin, std::move(name), true, false, true});
      } else {
        const std::vector<std::string> words = Words(text::AsciiLower(m.text));
        out->push_back({m.begin, ResolveDescription(m.text, words), true, false, true});
      }
    }
  };
  // The sentence of the latest mention marked, tokens [sentence_first,
  // sentence_next): found once for all the mentions in it, so that a
  // paragraph of megabytes is walked once.
  size_t sentence_first = 0, sentence_next = 0;
  const auto find_sentence = [&](size_t i) {
    if (i >= sentence_first && i < sentence_next) return;
    sentence_first = i;
    while (sentence_first > 0 && !AtSentenceStart(frame, sentence_first)) --sentence_first;
    sentence_next = i + 1;
    while (sentence_next < frame.tokens.size() && !AtSentenceStart(frame, sentence_next)) {
      ++sentence_next;
    }
  };
  for (size_t n = 0; n < mentions.size(); ++n) {
    const FrameMention& fm = mentions[n];
    const Mention& m = fm.mention;
    const size_t i = fm.first;
    add_possessors_before(i);
    const size_t before_out = out->size();
    // "Mara Flint, 41, of Riverton, Ore., said": a name after a preposition
    // is no subject, and no apposition after it makes it one ("the board
    // of Harbor Jets, a charter firm and broker, …").
    const bool opens_clause = OpensClause(frame, i);
    const bool reported = !opens_clause && OpensReportedClause(frame, i);
    const bool after_preposition = i > 0 && frame.Is(i - 1, kPreposition) && !opens_clause;
    const bool subject = IsSubjectAt(frame, fm.next) && !after_preposition &&
                         !(m.kind == Mention::kDescription &&
                           (IsObjectOfVerb(frame, i) || IsJoined(frame, fm.next)));
    const auto mark = [&] {
      if (!opens_clause && !reported) return;
      find_sentence(i);
      const size_t end = sentence_next < frame.tokens.size() ? frame.tokens[sentence_next].begin
                                                             : frame.tokens.back().end;
      for (size_t k = before_out; k < out->size(); ++k) {
        (*out)[k].subordinate = true;
        (*out)[k].sentence = frame.tokens[sentence_first].begin;
        (*out)[k].reported_end = reported ? end : 0;
      }
    };
    // "The council member, Ann Lee, abstained": the name in apposition is
    // who the description is, of the gender it says ("her husband, Jon
    // Berg"), and the subject, unless the description is a preposition's
    // object ("With her husband, Jon Berg, she gave"). A thing's noun has
    // no name in apposition: "In an email, Reyes, …" opens with the subject.
    if (n + 1 < mentions.size() && IsAppositiveName(frame, fm, mentions[n + 1]) &&
        IsPersonHead(LastLowerWord(m.text))) {
      const FrameMention& name = mentions[++n];
      // "One voter, Mara Flint, 35, showed up": the name's own age or place
      // may stand between it and the verb.
      const bool name_subject =
          subject || (!after_preposition && IsSubjectAt(frame, name.next));
      out->push_back({name.mention.begin, name.mention.text, false, name.mention.plural,
                      name_subject, false,
                      {text, &frame, name.first, name.mention.after_article,
                       TitledGender(name.mention)}});
      if (const Gender g = GenderOfDescription(Words(text::AsciiLower(m.text))); g != Gender::kUnknown) {
        out->back().gender_known = true;
        out->back().gender = g;
      }
      mark();
      continue;
    }
    if (m.kind == Mention::kName) {
      // "Ann Lee, the council member, abstained": the description is the
      // name's, and its verb the name's too.
      bool name_subject = subject;
      if (n + 1 < mentions.size() && IsAppositiveDescription(frame, fm, mentions[n + 1])) {
        const FrameMention& description = mentions[++n];
        if (descriptions) {
          descriptions->push_back({description.mention.text,
                                   Words(text::AsciiLower(description.mention.text)),
                                   description.mention.begin});
        }
        name_subject = subject || (!after_preposition && IsSubjectAt(frame, description.next));
      }
      out->push_back({m.begin, m.text, false, m.plural, name_subject, false,
                      {text, &frame, i, m.after_article, TitledGender(m)}});
      mark();
      continue;
    }
    std::vector<std::string> words;  // of a description, lower-cased
    std::string name;
    if (m.kind == Mention::kDescription) {
      words = Words(text::AsciiLower(m.text));
      if (descriptions) descriptions->push_back({m.text, words, m.begin});
      name = ResolveDescription(m.text, words);
    } else if (const Antecedent* a = Find(*out, speakers, m.text, m.begin, "")) {
      name = a->name;  // a chain: "Okafor said … She added …"
    }
    if (name.empty() || m.text == "i" || m.text == "we") continue;
    // A description is a person when it resolved to one or when its head
    // names one: "the spokesperson" is a person; "the Minnesota
    // Democratic", a run of roles and places, is none.
    const bool person =
        m.kind == Mention::kPronoun
            ? m.text == "he" || m.text == "she" || m.text == "him" || m.text == "her"
            : (IsPersonName(name) && !m.after_article) ||
                  (!words.empty() && IsPersonHead(words.back()));
    out->push_back({m.begin, name, person && !m.plural, m.plural, subject});
    mark();
  }
  add_possessors_before(frame.tokens.size());
}

bool Discourse::Ready(const Antecedent& a) const {
  if (a.pending.frame == nullptr) return !a.dropped;
  Mention m;
  m.kind = Mention::kName;
  m.begin = a.at;
  m.text = std::move(a.name);
  a.name = ResolveName(m.text, a.pending.titled);
  if (a.pending.titled != Gender::kUnknown) {
    a.gender_known = true;
    a.gender = a.pending.titled;
  }
  const bool person = IsPersonName(a.name) && !a.pending.after_article;
  // A sentence's capitalized first word that the article also prints in
  // lower case is a common word: "Nothing", "First", "Loyalty". So is an
  // English word that no fuller name holds and that the article
  // capitalizes only where sentences start ("Recently, he said", "Friends
  // offered to help"): a surname alone ("Cruz", or "Bush" printed "said
  // Bush" too) stays a name.
  // A town ("Millbrook, Oregon,") is no one's antecedent: it neither
  // speaks nor issues anything.
  const auto known = name_index_.find(a.name);
  a.dropped = a.name.empty() || (known != name_index_.end() && names_[known->second].town) ||
              (person &&
               (IsWordOpeningSentences(a.name) ||  // the inventory first: no search
                IsCommonWordOpeningSentence(a.pending.text, *a.pending.frame, a.pending.first, m)));
  // "Mexicans", "Senate Democrats": a name ending in a people's is a group.
  const size_t last_word = a.name.rfind(' ');
  a.plural = a.plural ||
             IsPeopleName(last_word == std::string::npos ? a.name : a.name.substr(last_word + 1));
  a.person = person && !a.plural;
  a.pending.frame = nullptr;
  return !a.dropped;
}

bool Discourse::IsWordOpeningSentences(const std::string& name) const {
  if (name.find(' ') != std::string::npos) return false;
  const auto it = name_index_.find(name);
  return it != name_index_.end() && !names_[it->second].inside_sentence &&
         EnglishFirst(names_[it->second]);
}

// Asked of few names, once each: a dictionary lookup for every name the
// article prints would cost 5% of the extraction.
bool Discourse::EnglishFirst(const Known& k) const {
  if (k.english_first < 0) k.english_first = text::IsEnglishWord(text::AsciiLower(k.words.front()));
  return k.english_first > 0;
}

void Discourse::AddSpeaker(const std::string& name, size_t at, bool plural) {
  if (name.empty()) return;
  Antecedent a{at, name, IsPersonName(name) && !plural, plural, true};
  auto pos = std::upper_bound(speakers_.begin(), speakers_.end(), at,
                              [](size_t x, const Antecedent& y) { return x < y.at; });
  speakers_.insert(pos, a);
}

void Discourse::AddAlias(const std::string& description, const std::string& name) {
  const std::vector<std::string> words = Words(text::AsciiLower(description));
  if (!words.empty() && !name.empty()) aliases_[words.back()] = name;
}

void Discourse::AddDocument(std::string_view document, const std::string& issuer, size_t at) {
  const std::vector<std::string> words = Words(document);
  if (!words.empty() && !issuer.empty()) documents_.push_back({at, words.back(), issuer});
}

// "the statement read": the bare noun of a document someone spoke through
// before byte `at` is theirs ("a White House statement" is the White
// House's); nullptr when there is none. In lower case only, as printed:
// "the Post" is a newspaper.
const std::string* Discourse::IssuerOf(std::string_view noun, size_t at) const {
  for (auto d = documents_.rbegin(); d != documents_.rend(); ++d) {
    if (d->at < at && d->noun == noun) return &d->issuer;
  }
  return nullptr;
}

std::string Discourse::ResolveName(const std::string& raw, Gender titled) const {
  const std::string name = WithoutPossessive(raw);
  // "Okafor and Reyes" (a coordinated subject): each name resolved, unless
  // the article names something so ("Procter and Gamble").
  if (const size_t and_at = name.find(" and ");
      and_at != std::string::npos && name_index_.count(name) == 0) {
    return ResolveName(name.substr(0, and_at)) + " and " + ResolveName(name.substr(and_at + 5));
  }
  if (name.find(' ') != std::string::npos) return name;
  const auto it = by_word_.find(name);
  if (it == by_word_.end()) return name;
  // A person's name wins over an organisation's: "Trump" is Donald Trump
  // before Trump University, however often the article prints the
  // university. A surname is an organisation's only when it ends it; one
  // named after a person ("Trump Tower", "Clinton Foundation") leaves the
  // person's name alone. Other short names ("NBC", "Fox") take any.
  //
  // A name printed only opening sentences whose first word is an English
  // word may have taken that word in: a headline's "Understated Reyes
  // raises profile" names Tomas Reyes, printed inside a sentence.
  const bool surname = IsPersonName(name);
  const Known* best = nullptr;
  std::tuple<bool, bool, int> best_rank;  // a person's, sure of its words, count
  const Gender other = Opposite(titled);
  for (size_t i : it->second) {
    const Known& k = names_[i];
    const bool person = IsPersonName(k.name);
    if (!person && surname && k.words.back() != name) continue;
    if (other != Gender::kUnknown && GenderOfName(k.role, k.name) == other) continue;
    const bool sure = k.inside_sentence || !EnglishFirst(k);
    const std::tuple<bool, bool, int> rank{person, sure, k.count};
    if (best == nullptr || rank > best_rank) {
      best = &k;
      best_rank = rank;
    }
  }
  return best != nullptr ? best->name : name;
}

std::string Discourse::ResolveDescription(const std::string& description) const {
  return ResolveDescription(description, Words(text::AsciiLower(description)));
}

std::string Discourse::ResolveDescription(const std::string& description,
                                          const std::vector<std::string>& words) const {
  if (words.empty()) return description;
  // "Florida senator and Republican presidential candidate": one person,
  // whom either description may name; the first is read first.
  if (const auto and_at = std::find(words.begin() + 1, words.end() - 1, "and");
      words.size() >= 3 && and_at != words.end() - 1) {
    const std::vector<std::string> first(words.begin(), and_at), second(and_at + 1, words.end());
    for (const std::vector<std::string>* part : {&first, &second}) {
      const std::string joined = JoinWords(*part);
      if (const std::string name = ResolveDescription(joined, *part); name != joined) return name;
    }
    return description;
  }
  const std::string& head = words.back();
  // "21 percent", "14 percent": a counted group is its own, never an
  // earlier one with the same head.
  if (std::isdigit(static_cast<unsigned char>(words.front()[0]))) return description;
  // "Another resident", "a second official" (its "a" dropped, as every
  // determiner but "another" is): someone other than the one named before.
  // "One" alone or "one of the organizers" is a member, not the group.
  static const std::unordered_set<std::string_view> kOther = {"another", "other", "second",
                                                               "third", "different", "one"};
  if (kOther.count(words.front()) > 0) return description;
  if (auto it = aliases_.find(head); it != aliases_.end()) return it->second;
  const Known* best = nullptr;
  size_t best_score = 0;
  // "the council" is no "Council President Ada Lind", nor "the campaign"
  // "campaign chairman Jon Pode": a body's noun names a person only as the
  // head of the role.
  const bool body_noun = (WordClassesOf(head) & kOrganisation) != 0;
  // "the Florida senator" is no "Sen. Tomas Reyes": the state a
  // description names, the role must name too. Not so a people's
  // adjective: a country has one president, whom an article calls "the
  // Mexican president" and prints as "President Lena Okafor". (Parties
  // are in the place list for runs such as "Minnesota Democratic", and
  // are no places here.) Found once, not for each name: a long text
  // holds thousands of names with one role word.
  const std::vector<uint32_t>& holders = NamesWithRoleWord(head);
  std::vector<size_t> states;  // of words
  for (size_t j = 0; !holders.empty() && j < words.size(); ++j) {
    const std::string& w = words[j];
    const bool people = (w.ends_with("an") && w != "michigan") || w.ends_with("ese") ||
                        w.ends_with("ish") || w.ends_with("i");
    if ((WordClassesOf(w) & kPlace) != 0 && !people && w != "democratic" && w != "republican" &&
        w != "democrat") {
      states.push_back(j);
    }
  }
  for (const uint32_t i : holders) {
    const Known& k = names_[i];
    if (body_noun && k.role.back() != head) continue;
    const auto has = [&k](const std::string& w) {
      return std::find(k.role.begin(), k.role.end(), w) != k.role.end();
    };
    if (std::any_of(states.begin(), states.end(), [&](size_t j) { return !has(words[j]); })) {
      continue;
    }
    size_t score = 0;
    for (const std::string& w : words) score += has(w);
    if (best == nullptr || score > best_score || (score == best_score && k.count > best->count)) {
      best = &k;
      best_score = score;
    }
  }
  if (best != nullptr) return best->name;
  // The earlier, fuller description that holds every word of this one:
  // "the spokesperson" is the "Meta spokesperson", but "a Nevada Democrat"
  // no "New Hampshire Democrat", and nobody is "another" one.
  const auto fuller = [&](const Description& d) {
    if (d.words.size() <= words.size() || kOther.count(d.words.front())) return false;
    const auto in_d = [&](const std::string& w) {
      return std::find(d.words.begin(), d.words.end(), w) != d.words.end();
    };
    return std::all_of(words.begin(), words.end(), in_d);
  };
  if (descriptions_.size() < kIndexedDescriptions) {
    for (const Description& d : descriptions_) {
      if (d.words.size() > words.size() && d.words.back() == head && fuller(d)) return d.text;
    }
  } else {
    for (const uint32_t j : DescriptionsWithHead(head)) {
      if (fuller(descriptions_[j])) return descriptions_[j].text;
    }
  }
  if (const Known* body = BodyNamedBy(words); body != nullptr) return body->name;
  return description;
}

// A body's noun alone is the body the article named with it: "The Port
// Authority said …" makes "the authority said" the Port Authority, "the
// council" the Millbrook City Council, "the ministry" the Ministry of
// Transport. Not a place's last word ("the county", "the city": more than
// one is often named) nor a word that names no body alone ("the white",
// "the national").
const Discourse::Known* Discourse::BodyNamedBy(const std::vector<std::string>& words) const {
  static const std::unordered_set<std::string_view> kBodies = {
      "authority", "council",     "department", "agency",    "committee",   "commission",
      "board",     "ministry",    "university", "college",   "institute",   "foundation",
      "company",   "corporation", "bank",       "fund",      "association", "federation",
      "bureau",    "office",      "court",      "hospital",  "museum",      "campaign",
      "party",     "league",      "club",       "coalition", "alliance",    "society"};
  const std::string& head = words.back();
  if (kBodies.count(head) == 0) return nullptr;
  std::string printed = head;
  printed[0] = static_cast<char>(printed[0] - 'a' + 'A');
  const auto it = by_word_.find(printed);
  if (it == by_word_.end()) return nullptr;
  const Known* best = nullptr;
  for (size_t i : it->second) {
    const Known& k = names_[i];
    // "Port Authority", or "Ministry of Transport" (its head first).
    const bool head_last = k.words.back() == printed;
    if (!head_last && !(k.words.size() >= 3 && k.words.front() == printed && k.words[1] == "of")) {
      continue;
    }
    // "the port authority": every word of the description is the name's.
    const auto in_name = [&k](const std::string& w) {
      return std::any_of(k.words.begin(), k.words.end(),
                         [&w](const std::string& n) { return text::AsciiLower(n) == w; });
    };
    if (!std::all_of(words.begin(), words.end(), in_name)) continue;
    if (best == nullptr || k.count >= best->count) best = &k;
  }
  return best;
}

const std::vector<uint32_t>& Discourse::NamesWithRoleWord(const std::string& word) const {
  if (by_role_word_version_ != names_version_) {
    by_role_word_.clear();
    for (uint32_t i = 0; i < names_.size(); ++i) {
      const std::vector<std::string>& role = names_[i].role;
      for (size_t r = 0; r < role.size(); ++r) {
        if (std::find(role.begin(), role.begin() + r, role[r]) == role.begin() + r) {
          by_role_word_[role[r]].push_back(i);
        }
      }
    }
    by_role_word_version_ = names_version_;
  }
  static const std::vector<uint32_t> kNone;
  const auto it = by_role_word_.find(word);
  return it == by_role_word_.end() ? kNone : it->second;
}

const std::vector<uint32_t>& Discourse::DescriptionsWithHead(const std::string& head) const {
  for (; described_ < descriptions_.size(); ++described_) {
    const std::vector<std::string>& words = descriptions_[described_].words;
    if (!words.empty() && described_wordings_.insert(JoinWords(words)).second) {
      descriptions_by_head_[words.back()].push_back(static_cast<uint32_t>(described_));
    }
  }
  static const std::vector<uint32_t> kNone;
  const auto it = descriptions_by_head_.find(head);
  return it == descriptions_by_head_.end() ? kNone : it->second;
}

std::string Discourse::Another(size_t at) const {
  for (auto d = descriptions_.rbegin(); d != descriptions_.rend(); ++d) {
    if (d->at >= at || d->words.empty()) continue;
    const std::string& head = d->words.back();
    if (head == "another" || head == "one" || (head.ends_with("s") && !head.ends_with("ss"))) continue;
    return "another " + d->text.substr(d->text.size() - head.size());  // as printed: "Republican"
  }
  return "another";
}

// How far back, in bytes, "they" looks for a plural subject before it
// takes a body's or a place's name: about two paragraphs.
constexpr size_t kPluralReach = 1200;

bool Discourse::Fits(const Antecedent& a, std::string_view pronoun,
                     const std::string& exclude) const {
  if (!Ready(a) || a.name == exclude) return false;
  const bool personal = pronoun == "he" || pronoun == "she" || pronoun == "him" || pronoun == "her";
  const bool plural = pronoun == "they" || pronoun == "them";
  const bool fits = personal ? a.person : plural ? (a.plural || !a.person) : !a.person && !a.plural;
  if (!fits) return false;
  const Gender gender = GenderOfPronoun(pronoun);
  if (gender == Gender::kUnknown) return true;
  return GenderOf(a) != Opposite(gender);
}

// Two sequences of antecedents in text order walked back as one: the order
// of a single vector into which each speaker was inserted after the
// antecedents at or before its byte. It starts before byte `at`.
class Discourse::MergedWalk {
 public:
  MergedWalk(const std::vector<Antecedent>& a, const std::vector<Antecedent>* s, size_t at)
      : a_(a), s_(s), i_(Before(a, at)), j_(s ? Before(*s, at) : 0) {
    Settle();
  }

  bool done() const { return current_ == nullptr; }
  const Antecedent& operator*() const { return *current_; }
  const Antecedent* operator->() const { return current_; }
  void Next() {
    from_speakers_ ? --j_ : --i_;
    Settle();
  }

 private:
  // How many of `v` stand before byte `at`, galloping back from its end: a
  // pronoun is mostly read after everything collected so far.
  static size_t Before(const std::vector<Antecedent>& v, size_t at) {
    size_t hi = v.size();  // v[hi …] stand at or after `at`
    for (size_t step = 1; hi > 0 && v[hi - 1].at >= at; step *= 2) {
      const size_t lo = hi > step ? hi - step : 0;
      if (v[lo].at >= at) {
        hi = lo;
        continue;
      }
      return static_cast<size_t>(
          std::lower_bound(v.begin() + static_cast<std::ptrdiff_t>(lo),
                           v.begin() + static_cast<std::ptrdiff_t>(hi), at,
                           [](const Antecedent& x, size_t y) { return x.at < y; }) -
          v.begin());
    }
    return hi;
  }
  void Settle() {
    from_speakers_ = j_ > 0 && (i_ == 0 || (*s_)[j_ - 1].at >= a_[i_ - 1].at);
    current_ = from_speakers_ ? &(*s_)[j_ - 1] : i_ > 0 ? &a_[i_ - 1] : nullptr;
  }

  const std::vector<Antecedent>& a_;
  const std::vector<Antecedent>* s_;
  size_t i_, j_;  // what is left of each, from its start
  bool from_speakers_ = false;
  const Antecedent* current_ = nullptr;
};

const Discourse::Antecedent* Discourse::Find(const std::vector<Antecedent>& antecedents,
                                             const std::vector<Antecedent>* speakers,
                                             std::string_view pronoun, size_t at,
                                             const std::string& exclude, bool quoted) const {
  if (pronoun != "he" && pronoun != "she" && pronoun != "him" && pronoun != "her" &&
      pronoun != "they" && pronoun != "them" && pronoun != "it") {
    return nullptr;
  }
  // "They" is a group ("the protesters", "Senate Democrats", "Okafor and
  // Reyes") before it is a body or a place: a plural subject nearby first.
  if (pronoun == "they" || pronoun == "them") {
    for (MergedWalk it(antecedents, speakers, at); !it.done(); it.Next()) {
      if (at - it->at > kPluralReach) break;
      if (it->subject && Fits(*it, pronoun, exclude) && it->plural) return &*it;
    }
  }
  // A subject heads the clause the pronoun is read in unless it stands in a
  // lower clause the pronoun is outside of. A speaker's quotation goes on
  // from what the speaker reported.
  const auto heads = [at, quoted](const Antecedent& a) {
    return !a.subordinate || at < a.reported_end || (quoted && a.reported_end > 0);
  };
  const Antecedent* fallback = nullptr;
  for (MergedWalk it(antecedents, speakers, at); !it.done(); it.Next()) {
    // Once there is a fallback, only a subject can change the answer: the
    // others are not resolved (resolving is most of a pronoun's cost).
    if (!it->subject && fallback != nullptr) continue;
    if (!Fits(*it, pronoun, exclude)) continue;
    if (!it->subject) {
      fallback = &*it;
      continue;
    }
    if (heads(*it)) return &*it;
    // "Reyes did not look sure when Berg asked …. “…,” he said":
    // the main clause's subject before it in the sentence comes first.
    MergedWalk main = it;
    for (main.Next(); !main.done() && main->at >= it->sentence; main.Next()) {
      if (main->subject && heads(*main) && Fits(*main, pronoun, exclude)) return &*main;
    }
    return &*it;
  }
  return fallback;
}

Gender Discourse::GenderOf(const Antecedent& a) const {
  if (a.gender_known) return a.gender;
  const auto it = name_index_.find(a.name);
  if (it != name_index_.end()) {
    a.gender = GenderOfName(names_[it->second].role, a.name);
  } else if (a.gender = GenderOfName({}, a.name); a.gender == Gender::kUnknown) {
    a.gender = GenderOfDescription(Words(text::AsciiLower(a.name)));  // "the spokeswoman"
  }
  a.gender_known = true;
  return a.gender;
}

std::string Discourse::ResolvePronoun(std::string_view pronoun, size_t at,
                                      const std::string& exclude) const {
  const Antecedent* a = Find(antecedents_, &speakers_, pronoun, at, exclude);
  return a ? a->name : "";
}

std::string Discourse::ResolvePronounQuoted(std::string_view pronoun, size_t at) const {
  const Antecedent* a = Find(antecedents_, &speakers_, pronoun, at, "", /*quoted=*/true);
  return a ? a->name : "";
}

std::string Discourse::ResolvePronounIn(std::string_view text, const Frame& frame,
                                        std::string_view pronoun, size_t at) const {
  std::vector<Antecedent> local;
  CollectAntecedents(text, frame, MentionsOf(text, frame), {}, &local, nullptr, nullptr);
  const Antecedent* a = Find(local, nullptr, pronoun, at, "");
  return a ? a->name : "";
}

std::string Discourse::Resolve(const Mention& m) const {
  switch (m.kind) {
    case Mention::kName: return ResolveName(m.text, TitledGender(m));
    case Mention::kDescription: {
      if (m.text == "another") return Another(m.begin);
      const std::string* issuer = IssuerOf(m.text, m.begin);
      if (issuer != nullptr) return *issuer;
      // "said a longtime adviser": someone new, not the adviser named before.
      return m.indefinite ? m.text : ResolveDescription(m.text);
    }
    case Mention::kPronoun: {
      // "it stated" of "the statement": the document's issuer.
      std::string name = ResolvePronoun(m.text, m.begin);
      const std::string* issuer = IssuerOf(name, m.begin);
      return issuer != nullptr ? *issuer : name;
    }
    case Mention::kNone: return "";
  }
  return "";
}

}  // namespace qt::quotes
