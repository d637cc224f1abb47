#include "quotes/mentions.h"

#include <algorithm>
#include <unordered_set>

namespace qt::quotes {
namespace {

using text::Token;
using WordSet = std::unordered_set<std::string_view>;

bool In(const WordSet& set, std::string_view w) { return set.count(w) > 0; }

const WordSet kSubjectPronouns = {"he", "she", "they", "i", "we", "it"};
const WordSet kObjectPronouns = {"him", "her", "them", "me", "us"};

const WordSet kRoleWords = {
    "president", "vice", "ceo", "cfo", "coo", "chief", "executive", "officer", "chairman",
    "chairwoman", "chair", "senator", "sen.", "sen", "rep.", "rep", "representative", "gov.", "gov",
    "governor", "mayor", "secretary", "minister", "prime", "director", "judge", "justice", "dr.",
    "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "prof.", "professor", "general", "gen.",
    "col.", "lt.", "sgt.", "capt.", "adm.", "coach", "commissioner", "speaker", "leader",
    "attorney", "ambassador", "spokesman", "spokeswoman", "spokesperson", "founder", "co-founder",
    "pope", "king", "queen", "prince", "princess", "sheriff", "detective", "pastor", "rev.",
    "reverend", "rabbi", "bishop", "cardinal", "dean", "superintendent", "candidate", "nominee",
    "chancellor", "premier", "president-elect", "congressman", "congresswoman", "councilman",
    "councilwoman", "assemblyman", "assemblywoman", "delegate", "treasurer", "comptroller",
    "lawmaker", "anchor", "host", "commentator", "correspondent", "editor", "publisher",
    "analyst", "economist", "strategist", "pollster", "adviser", "advisor", "aide", "manager",
    "former", "acting", "deputy", "assistant", "senior", "junior", "state", "u.s.", "house",
    "senate", "majority", "minority", "whip", "democratic", "republican", "gop", "frontrunner",
    "front-runner", "hopeful", "billionaire", "businessman", "businesswoman", "mogul", "star",
    "actor", "actress", "singer", "rapper", "comedian", "owner", "sir", "dame", "lord", "lady",
    "staff", "counsel", "solicitor", "inspector", "captain", "lieutenant", "sergeant", "colonel",
    "admiral", "major", "chairperson", "trustee", "minister-president", "head", "emir", "sheikh",
    "sultan", "president's"};

const WordSet kPersonNouns = {
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "official",
    "officials", "aide", "aides", "source", "sources", "adviser", "advisers", "advisor", "advisors",
    "lawyer", "lawyers", "attorney", "attorneys", "analyst", "analysts", "expert", "experts",
    "senator", "senators", "president", "candidate", "candidates", "nominee", "leader", "leaders",
    "chairman", "chairwoman", "chair", "chief", "executive", "executives", "director", "secretary",
    "minister", "governor", "mayor", "campaign", "people", "person", "resident", "residents",
    "critic", "critics", "supporter", "supporters", "reporter", "reporters", "witness",
    "witnesses", "voter", "voters", "member", "members", "author", "authors", "writer", "writers",
    "economist", "economists", "professor", "researcher", "researchers", "scientist", "scientists",
    "doctor", "doctors", "officer", "officers", "police", "authorities", "organizers", "organiser",
    "organisers", "protesters", "activist", "activists", "friend", "friends", "colleague",
    "colleagues", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister",
    "administration", "department", "agency", "company", "firm", "group", "team", "committee",
    "ministry", "government", "observers", "insiders", "insider", "operative", "operatives",
    "strategist", "strategists", "pollster", "pollsters", "historian", "lawmaker", "lawmakers",
    "legislator", "legislators", "representative", "congressman", "congresswoman", "manager",
    "owner", "founder", "employee", "employees", "worker", "workers", "staff", "staffer",
    "staffers", "coach", "player", "players", "fan", "fans", "student", "students", "teacher",
    "teachers", "parent", "parents", "user", "users", "ceo", "engineer", "engineers", "inspector",
    "inspectors", "spokespeople", "statement", "report", "study", "poll", "memo", "letter",
    "lawsuit", "complaint", "filing", "survey", "paper", "newspaper", "magazine", "outlet",
    "network", "website", "site", "blog", "post", "tweet", "editorial", "column", "article",
    "prosecutor", "prosecutors", "investigator", "investigators", "judge", "justice", "senior",
    "sponsor", "host", "anchor", "moderator", "interviewer", "caller", "commentator", "pundit",
    "pundits", "donor", "donors", "businessman", "businesswoman", "billionaire", "candidate's",
    "nominee's", "aide's", "republicans", "democrats", "republican", "democrat", "conservatives",
    "liberals", "conservative", "liberal", "union", "chairs", "counsel", "sheriff", "deputy",
    "chancellor", "head", "boss", "founder", "director-general", "ambassador", "envoy", "diplomat",
    "diplomats", "military", "army", "navy", "white", "man", "woman", "men", "women", "guy",
    "kid", "kids", "child", "children", "mom", "dad", "veteran", "veterans", "victim", "victims"};

const WordSet kDeterminers = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "this",
                              "that", "these", "those", "one", "another", "some", "several",
                              "many", "two", "three", "four", "five", "both", "each", "every",
                              "other", "most", "few", "no", "your", "whose"};

const WordSet kVerbModifiers = {
    "also", "later", "then", "once", "again", "has", "have", "had", "would", "will", "was", "is",
    "were", "are", "could", "should", "might", "may", "did", "does", "do", "not", "never", "just",
    "even", "first", "last", "often", "still", "previously", "recently", "reportedly", "further",
    "subsequently", "similarly", "simply", "only", "too", "already", "has", "herself", "himself",
    "themselves", "itself", "ultimately", "finally", "initially", "separately", "privately",
    "publicly", "repeatedly", "famously", "flatly", "quickly", "angrily", "bluntly", "openly",
    "can", "must", "been", "being", "had", "now", "soon", "yet", "ever", "always", "allegedly",
    "apparently", "reportedly", "jokingly", "told", "ago"};

const WordSet kCapitalizedFunctionWords = {
    "but", "and", "or", "so", "yet", "still", "then", "now", "meanwhile", "however", "also", "in",
    "on", "at", "after", "before", "when", "while", "as", "if", "although", "though", "because",
    "since", "asked", "speaking", "earlier", "later", "last", "this", "that", "these", "those",
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "it", "he", "she", "they", "we",
    "i", "you", "for", "with", "from", "by", "about", "over", "under", "during", "despite",
    "according", "today", "yesterday", "tomorrow", "instead", "indeed", "plus", "there", "here",
    "what", "why", "how", "where", "who", "which", "both", "many", "some", "more", "most", "one",
    "not", "no", "yes", "well", "even", "only", "just", "all", "every", "each", "such", "to",
    "unlike", "like", "among", "amid", "through", "without", "within", "upon", "until", "once",
    "whether", "either", "neither", "nor", "thus", "therefore", "ultimately", "finally",
    "similarly", "likewise", "moreover", "furthermore", "additionally", "again", "perhaps",
    "maybe", "sometimes", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "dear", "oh", "ok", "okay", "said", "says", "told", "added", "wrote", "do", "does",
    "did", "is", "was", "are", "were", "be", "has", "have", "had", "can", "could", "will", "would",
    "should", "may", "might", "must", "let", "let's", "please", "thank", "thanks", "via", "per",
    "update", "updated", "photo", "video", "watch", "read", "also", "editor's", "note"};

const WordSet kOrganisationWords = {
    "democrat", "republican", "american", "americans", "independent", "libertarian",
    "post", "times", "news", "magazine", "journal", "insider", "reuters", "press", "party",
    "house", "department", "university", "committee", "association", "inc.", "inc", "corp.",
    "corp", "company", "agency", "council", "court", "congress", "senate", "administration",
    "campaign", "network", "media", "group", "foundation", "institute", "center", "centre",
    "office", "bureau", "commission", "service", "tribune", "herald", "gazette", "daily",
    "weekly", "review", "street", "states", "america", "facebook", "twitter", "google", "meta",
    "amazon", "cnn", "nbc", "abc", "cbs", "fox", "msnbc", "bbc", "ap", "politico", "breitbart",
    "examiner", "bloomberg", "axios", "npr", "pbs", "telegraph", "guardian", "independent",
    "observer", "economist", "atlantic", "yorker", "hill", "ministry", "government", "police",
    "army", "navy", "fbi", "cia", "nsa", "pentagon", "kremlin", "systems", "union", "club",
    "league", "bank", "fund", "board", "authority", "courier", "ledger", "dispatch", "wirehouse",
    "sentinel", "world", "global", "international", "national", "federal", "city", "hall",
    "white", "supreme", "republicans", "democrats", "gop", "dnc", "rnc", "un", "nato", "eu"};

const WordSet kNameConnectors = {"of", "de", "del", "da", "van", "von", "der", "bin", "al",
                                 "la", "le", "du", "for", "and", "&"};

bool IsWord(const Token& t) { return t.kind == Token::kWord; }

bool IsGenericPersonNoun(std::string_view lower) {
  static const WordSet kGeneric = {"people", "person", "man",  "woman", "men",  "women",
                                   "guy",    "kid",    "kids", "child", "children", "report",
                                   "statement", "post", "study", "paper", "letter"};
  return In(kGeneric, lower);
}
bool IsPunct(const Token& t, char32_t c) { return t.kind == Token::kPunct && t.punct == c; }

// A capitalized word that can be part of a name ("Zuckerberg", "CEO", "J").
bool IsNameWord(const Token& t) {
  return IsWord(t) && t.capitalized && !In(kCapitalizedFunctionWords, t.lower);
}

// Splits a run of capitalized tokens [first, last] into role and name: the
// name is what follows the last role word or possessive.
Mention NameFromRun(std::string_view text, const Frame& frame, size_t first, size_t last) {
  const auto& tok = frame.tokens;
  size_t name_first = first;
  for (size_t i = first; i <= last; ++i) {
    if (tok[i].kind != Token::kWord) continue;
    if (In(kRoleWords, tok[i].lower) || text::IsPossessive(tok[i].Text(text))) name_first = i + 1;
  }
  while (name_first <= last && tok[name_first].kind != Token::kWord) ++name_first;
  Mention m;
  if (name_first > last) {  // all roles: "the President said" is a description
    m.kind = Mention::kDescription;
    m.begin = tok[first].begin;
    m.end = tok[last].end;
    m.text = std::string(text.substr(m.begin, m.end - m.begin));
    return m;
  }
  m.kind = Mention::kName;
  m.begin = tok[name_first].begin;
  m.end = tok[last].end;
  m.text = std::string(text.substr(m.begin, m.end - m.begin));
  if (name_first > first) {
    size_t role_end = name_first - 1;
    m.role = std::string(text.substr(tok[first].begin, tok[role_end].end - tok[first].begin));
  }
  return m;
}

// Lower-case role words directly before a run ("former" in "former
// President Donald Trump") belong to the role.
size_t ExtendRoleLeft(const Frame& frame, size_t first, size_t floor) {
  while (first > floor && IsWord(frame.tokens[first - 1]) && !frame.tokens[first - 1].capitalized &&
         In(kRoleWords, frame.tokens[first - 1].lower)) {
    --first;
  }
  return first;
}

Mention Description(std::string_view text, const Frame& frame, size_t first, size_t last) {
  const auto& tok = frame.tokens;
  Mention m;
  m.kind = Mention::kDescription;
  m.begin = tok[first].begin;
  m.end = tok[last].end;
  size_t text_first = first;
  if (In(kDeterminers, tok[first].lower) && first < last) text_first = first + 1;
  m.text = std::string(text.substr(tok[text_first].begin, m.end - tok[text_first].begin));
  const std::string& head = tok[last].lower;
  m.plural = (head.ends_with("s") && !head.ends_with("ss")) || head == "people" || head == "men" ||
             head == "women" || head == "children" || head == "police" || head == "staff";
  return m;
}

}  // namespace

// "he’s", "they're", "I’m": the pronoun without its contracted verb.
std::string_view WithoutContraction(std::string_view lower) {
  for (std::string_view suffix :
       {"'s", "'d", "'ll", "'re", "'ve", "'m", "\xE2\x80\x99" "s", "\xE2\x80\x99" "d",
        "\xE2\x80\x99" "ll", "\xE2\x80\x99" "re", "\xE2\x80\x99" "ve", "\xE2\x80\x99" "m"}) {
    if (lower.size() > suffix.size() && lower.ends_with(suffix)) {
      return lower.substr(0, lower.size() - suffix.size());
    }
  }
  return lower;
}

bool IsSubjectAt(const Frame& frame, size_t next) {
  const auto& tok = frame.tokens;
  while (next < tok.size() && tok[next].kind == text::Token::kWord && !tok[next].capitalized &&
         IsVerbModifier(tok[next].lower) && tok[next].lower != "told") {
    ++next;
  }
  if (next < tok.size() && tok[next].kind == text::Token::kPunct && tok[next].punct == ',') {
    size_t close = next + 1;  // "Zuckerberg, who …, told"
    while (close < tok.size() && close < next + 30 && tok[close].punct != ',') ++close;
    next = close + 1;
  }
  if (next >= tok.size() || tok[next].kind != text::Token::kWord || tok[next].capitalized) return false;
  const std::string& w = tok[next].lower;
  static const std::vector<std::string_view> kNotVerbs = {
      "in", "on", "at", "of", "and", "or", "for", "with", "to", "from", "by", "as", "about",
      "the", "a", "an", "that", "who", "which", "into", "over", "after", "before", "than", "but"};
  return std::find(kNotVerbs.begin(), kNotVerbs.end(), w) == kNotVerbs.end();
}


bool IsSubjectPronoun(std::string_view lower) {
  return In(kSubjectPronouns, WithoutContraction(lower));
}
bool IsObjectPronoun(std::string_view lower) { return In(kObjectPronouns, lower); }
bool IsRoleWord(std::string_view lower) { return In(kRoleWords, lower); }
bool IsPersonNoun(std::string_view lower) { return In(kPersonNouns, lower); }
bool IsDeterminer(std::string_view lower) { return In(kDeterminers, lower); }
bool IsVerbModifier(std::string_view lower) {
  return In(kVerbModifiers, lower) || (lower.size() > 4 && lower.ends_with("ly"));
}
bool IsCapitalizedFunctionWord(std::string_view lower) {
  return In(kCapitalizedFunctionWords, lower);
}
bool IsOrganisationWord(std::string_view lower) { return In(kOrganisationWords, lower); }

Mention MentionEndingAt(std::string_view text, const Frame& frame, size_t last, size_t floor) {
  const auto& tok = frame.tokens;
  if (last >= tok.size() || last < floor || frame.IsQuote(last)) return {};
  const Token& t = tok[last];
  if (!IsWord(t)) return {};
  if (IsSubjectPronoun(t.lower) || IsObjectPronoun(t.lower)) {
    Mention m;
    m.kind = Mention::kPronoun;
    m.begin = t.begin;
    m.end = t.end;
    m.text = std::string(WithoutContraction(t.lower));
    m.plural = m.text == "they" || m.text == "we" || m.text == "them" || m.text == "us";
    return m;
  }
  if (IsNameWord(t) && !text::IsPossessive(t.Text(text))) {
    size_t first = last;
    while (first > floor) {
      const Token& prev = tok[first - 1];
      if (IsNameWord(prev)) {
        --first;
      } else if (IsPunct(prev, '.') && first >= floor + 2 && IsNameWord(tok[first - 2]) &&
                 tok[first - 2].end - tok[first - 2].begin == 1) {
        first -= 2;  // an initial: Donald J. Trump
      } else if (IsWord(prev) && In(kNameConnectors, prev.lower) && first >= floor + 2 &&
                 IsNameWord(tok[first - 2])) {
        first -= 2;  // Secretary of State John Kerry
      } else {
        break;
      }
    }
    return NameFromRun(text, frame, ExtendRoleLeft(frame, first, floor), last);
  }
  if (!t.capitalized && IsPersonNoun(t.lower)) {
    size_t first = last;
    for (int steps = 0; first > floor && steps < 5 && !IsGenericPersonNoun(t.lower); ++steps) {
      const Token& prev = tok[first - 1];
      if (!IsWord(prev) || frame.IsQuote(first - 1)) break;
      if (IsDeterminer(prev.lower)) {
        --first;
        break;
      }
      if (IsVerbModifier(prev.lower) || In(kCapitalizedFunctionWords, prev.lower)) break;
      --first;
    }
    return Description(text, frame, first, last);
  }
  return {};
}

Mention MentionStartingAt(std::string_view text, const Frame& frame, size_t first, size_t limit,
                          size_t* next) {
  const auto& tok = frame.tokens;
  limit = std::min(limit, tok.size());
  *next = first;
  if (first >= limit || !IsWord(tok[first])) return {};
  const Token t = tok[first];
  if (IsSubjectPronoun(t.lower) || IsObjectPronoun(t.lower)) {
    *next = first + 1;
    return MentionEndingAt(text, frame, first, first);
  }
  // A description: determiner, modifiers, a person noun ("the spokesperson",
  // "a Meta spokesperson", "Trump's campaign", "officials"). Between a
  // determiner and the head stand capitalized words, possessives and at most
  // one lower-case modifier ("a senior official"); a bare head needs none.
  // Generic heads (people, man …) take no modifier at all, so "the way
  // people" is no description.
  {
    size_t k = first;
    const bool determiner = IsDeterminer(t.lower);
    if (determiner) ++k;
    size_t lower_modifiers = 0;
    for (size_t steps = 0; k < limit && steps < 6 && IsWord(tok[k]); ++k, ++steps) {
      const Token& w = tok[k];
      const bool possessive = text::IsPossessive(w.Text(text));
      if (!w.capitalized && IsPersonNoun(w.lower) && !possessive) {
        const bool modified = k > first + (determiner ? 1 : 0);
        if (IsGenericPersonNoun(w.lower) && modified) break;
        if (!determiner && k > first && !tok[first].capitalized) break;
        *next = k + 1;
        return Description(text, frame, first, k);
      }
      if (w.capitalized || possessive) continue;
      if (!determiner || ++lower_modifiers > 1 || IsDeterminer(w.lower)) break;
    }
  }
  // A name: a run of capitalized words, possibly with connectors and
  // initials; "the Northern Ledger" is the name "Northern Ledger".
  if (IsDeterminer(t.lower) && first + 1 < limit && IsNameWord(tok[first + 1])) ++first;
  if (!IsNameWord(tok[first])) return {};
  size_t last = first;
  while (last + 1 < limit) {
    const Token& n = tok[last + 1];
    if (IsNameWord(n) && !text::IsPossessive(tok[last].Text(text))) {
      ++last;
    } else if (IsPunct(n, '.') && tok[last].end - tok[last].begin == 1 && last + 2 < limit &&
               IsNameWord(tok[last + 2])) {
      last += 2;
    } else if (IsWord(n) && In(kNameConnectors, n.lower) && last + 2 < limit &&
               IsNameWord(tok[last + 2])) {
      last += 2;
    } else {
      break;
    }
  }
  if (text::IsPossessive(tok[last].Text(text))) return {};
  *next = last + 1;
  return NameFromRun(text, frame, first, last);
}

}  // namespace qt::quotes
