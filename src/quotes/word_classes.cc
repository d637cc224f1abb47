#include "quotes/word_classes.h"

#include <initializer_list>
#include <string>

#include "text/word_hash.h"
#include "text/word_table.h"

namespace qt::quotes {
namespace {

struct ClassList {
  WordClass cls;
  std::initializer_list<std::string_view> words;
};

// clang-format off
const ClassList kLists[] = {
  {kSubjectPronoun, {"he", "she", "they", "i", "we", "it"}},
  {kObjectPronoun, {"him", "her", "them", "me", "us"}},
  {kRoleWord, {"president", "vice", "ceo", "cfo", "coo", "chief", "executive", "officer", "chairman",
    // Local offices: "Palmer City Clerk Janette Bower", "Public Advocate Ada Lind".
    "clerk", "advocate", "undersheriff", "member", "supervisor", "auditor", "controller", "coroner",
    "magistrate", "marshal", "constable", "trooper", "selectman", "selectwoman", "assemblymember",
    "councilmember",
    // Sports: "Striker Tomas Reyes", "said goalkeeper Ada Lind".
    "striker", "goalkeeper", "midfielder", "defender", "winger", "quarterback", "linebacker",
    "pitcher", "shortstop", "outfielder", "infielder", "skipper", "jockey", "umpire", "referee",
    "teammate",
    "chairwoman", "chair", "senator", "sen.", "sen", "rep.", "rep", "representative", "gov.", "gov",
    "governor", "mayor", "secretary", "minister", "prime", "director", "judge", "justice", "dr.",
    "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "prof.", "professor", "prof", "general",
    "gen.", "gen", "col.", "col", "lt.", "lt", "sgt.", "sgt", "capt.", "capt", "adm.", "adm", "coach",
    "commissioner", "speaker", "leader",
    "attorney", "ambassador", "spokesman", "spokeswoman", "spokesperson", "founder", "co-founder",
    "pope", "king", "queen", "prince", "princess", "sheriff", "detective", "pastor", "rev.", "rev",
    "reverend", "rabbi", "bishop", "cardinal", "dean", "superintendent", "candidate", "nominee",
    "chancellor", "premier", "president-elect", "congressman", "congresswoman", "councilman",
    "councilor", "councillor", "alderman", "alderwoman",
    "councilwoman", "assemblyman", "assemblywoman", "delegate", "treasurer", "comptroller",
    "lawmaker", "anchor", "host", "commentator", "columnist", "correspondent", "editor", "publisher",
    "analyst", "economist", "strategist", "pollster", "adviser", "advisor", "aide", "manager",
    "former", "retired", "acting", "deputy", "assistant", "senior", "junior", "state", "u.s.", "house",
    "senate", "majority", "minority", "whip", "democratic", "republican", "gop", "frontrunner",
    "front-runner", "hopeful", "billionaire", "businessman", "businesswoman", "mogul", "star",
    "actor", "actress", "singer", "rapper", "comedian", "owner", "sir", "dame", "lord", "lady",
    "staff", "counsel", "solicitor", "inspector", "captain", "lieutenant", "sergeant", "colonel",
    "admiral", "major", "chairperson", "trustee", "minister-president", "head", "emir", "sheikh",
    "sultan", "president's"}},
  {kPersonNoun, {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "official",
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
    // Offices that are role words too: "the commissioner said", "the
    // city's treasurer, Ada Lind, said".
    "commissioner", "commissioners", "treasurer", "superintendent", "comptroller", "controller",
    "councilman", "councilwoman", "councilmember", "assemblyman", "assemblywoman",
    "assemblymember", "selectman", "selectwoman", "dean", "trustee",
    "trustees", "solicitor", "sergeant", "colonel", "premier", "chairperson", "co-founder",
    "magistrate", "marshal", "constable", "coroner", "undersheriff", "supervisor", "supervisors",
    "rapper", "singer", "president-elect",
    "staffers", "coach", "player", "players", "striker", "midfielder", "defender", "winger",
    "linebacker", "pitcher", "shortstop", "outfielder", "infielder", "skipper", "jockey", "umpire",
    "teammate", "teammates", "fan", "fans", "student", "students", "teacher",
    "teachers", "parent", "parents", "user", "users", "ceo", "engineer", "engineers", "inspector",
    "inspectors", "spokespeople", "statement", "report", "study", "poll", "memo", "letter",
    "lawsuit", "complaint", "filing", "survey", "paper", "newspaper", "magazine", "outlet",
    "network", "website", "site", "blog", "post", "tweet", "editorial", "column", "article",
    "prosecutor", "prosecutors", "investigator", "investigators", "judge", "justice", "senior",
    "sponsor", "host", "anchor", "moderator", "interviewer", "caller", "commentator", "columnist", "pundit",
    "pundits", "donor", "donors", "businessman", "businesswoman", "billionaire", "candidate's",
    "nominee's", "aide's", "republicans", "democrats", "republican", "democrat", "conservatives",
    "liberals", "conservative", "liberal", "union", "chairs", "counsel", "sheriff", "deputy",
    "chancellor", "head", "boss", "founder", "director-general", "ambassador", "envoy", "diplomat",
    "diplomats", "military", "army", "navy", "white", "man", "woman", "men", "women", "guy",
    "kid", "kids", "child", "children", "mom", "dad", "veteran", "veterans", "victim", "victims",
    "boy", "boys", "girl", "girls", "teen", "teens", "teenager", "teenagers", "prince",
    "princess", "king", "queen", "pope", "pontiff", "emir", "sheikh", "bishop", "pastor", "rabbi",
    "priest", "imam", "councilor", "councillor", "alderman", "alderwoman", "heckler", "hecklers",
    "percent",
                 "audience", "crowd", "attendees", "protester", "demonstrators", "panel", "jury",
                 "marchers", "spectators", "onlookers", "bystanders", "celebrants", "mourners",
                 "chanters", "delegates",
                 "court", "board", "council", "commission", "spokesmen", "spokeswomen", "release",
                 "document", "filing", "ad", "advertisement", "video", "website", "email", "emails", "memo",
                 "announcer", "narrator", "questioner", "commenter", "widow", "widower", "ruling",
                 "clip", "book", "suit", "cable", "transcript", "indictment", "petition", "order",
                 "surgeon", "neurosurgeon", "physician", "nurse", "nurses", "pastor", "priest",
                 "soldier", "soldiers", "agent", "agents", "detective", "farmer", "farmers",
                 "investor", "investors", "banker", "bankers", "lobbyist", "lobbyists",
                 "consultant", "consultants", "neighbor", "neighbors", "relative", "relatives",
                 "grandmother", "grandfather", "cousin", "uncle", "aunt", "partner", "clerk",
                 "entrepreneur", "economist's", "impostor", "admiral", "pilot", "lieutenant",
                 "tycoon", "mogul", "magnate", "organization", "organisation", "office",
                 "designer", "artist", "actor", "actress", "comedian", "musician", "athlete",
                 "architect", "contractor", "scholar", "academic", "chef", "organizer",
                 "native", "natives", "proponents", "opponents", "backers", "defenders", "skeptics", "detractors",
                 "advocates", "allies", "rivals", "respondents", "participants", "commentators",
                 "attendee", "panelist", "panelists", "guest", "guests", "visitor", "visitors",
                 "viewer", "viewers", "reader", "readers", "listener", "listeners", "editor",
                 "editors", "publisher", "correspondent", "correspondents", "journalist",
                 "journalists", "producer", "photographer",
                 // Trades and stations people are quoted by ("a ferry
                 // captain", "a retired firefighter").
                 "captain", "captains", "firefighter", "firefighters", "driver", "drivers",
                 "mechanic", "mechanics", "plumber", "electrician", "retiree", "retirees",
                 "homeowner", "homeowners", "shopper", "shoppers", "coordinator", "administrator",
                 "administrators", "accountant", "developer", "developers", "graduates",
                 "trustees", "commissioners", "provost", "waiter", "waitress", "cashier",
                 "bartender", "carpenter", "miner", "miners", "fisherman", "fishermen", "rancher",
                 "ranchers", "sailor", "sailors", "deckhand", "deckhands", "trooper", "troopers",
                 "chaplain", "nun", "monk", "consul", "paramedic", "paramedics", "medic", "dentist",
                 "pharmacist", "therapist", "psychologist", "psychiatrist", "sociologist",
                 "pediatrician", "epidemiologist", "biologist", "chemist", "physicist",
                 "mathematician", "statistician", "lecturer", "instructor", "referee",
                 "quarterback", "goalkeeper", "landlord", "landlords", "tenant", "tenants",
                 "renter", "renters", "commuter", "commuters", "passenger", "passengers",
                 "motorist", "motorists", "cyclist", "cyclists", "pedestrian", "pedestrians",
                 "traveler", "travelers", "tourist", "tourists", "immigrant", "immigrants",
                 "migrant", "migrants", "refugee", "refugees", "citizens", "taxpayer",
                 "taxpayers", "customers", "patients", "survivor", "survivors", "defendant",
                 "defendants", "plaintiff", "plaintiffs", "inmate", "inmates", "prisoner",
                 "prisoners", "detainee", "detainees", "volunteers", "laborer", "laborers",
                 "auditor", "regulator", "regulators", "bureaucrat", "bureaucrats", "negotiator",
                 "negotiators", "mediator", "campaigner", "campaigners", "challenger",
                 "challengers", "ally", "grandparent", "grandparents", "spouse", "girlfriend",
                 "boyfriend", "nephew", "niece", "granddaughter", "grandson", "stepfather",
                 "stepmother", "cofounder"}},
  {kDeterminer, {"a", "an", "the", "his", "her", "their", "its", "our", "my", "this",
                              "that", "these", "those", "one", "another", "some", "several",
                              "many", "two", "three", "four", "five", "both", "each", "every",
                              "other", "most", "few", "no", "your", "whose"}},
  {kVerbModifier, {"also", "later", "then", "once", "again", "has", "have", "had", "would", "will", "was", "is",
    "were", "are", "could", "should", "might", "may", "did", "does", "do", "not", "never", "just",
    "even", "first", "last", "often", "still", "previously", "recently", "reportedly", "further",
    "subsequently", "similarly", "simply", "only", "too", "already", "has", "herself", "himself",
    "themselves", "itself", "ultimately", "finally", "initially", "separately", "privately",
    "publicly", "repeatedly", "famously", "flatly", "quickly", "angrily", "bluntly", "openly",
    "can", "must", "been", "being", "had", "now", "soon", "yet", "ever", "always", "allegedly",
    "apparently", "reportedly", "jokingly", "ago"}},
  {kFunctionWord, {"but", "and", "or", "so", "yet", "still", "then", "now", "meanwhile", "however", "also", "in",
    "on", "at", "after", "before", "when", "while", "as", "if", "although", "though", "because",
    "since", "asked", "speaking", "earlier", "later", "last", "this", "that", "these", "those",
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "it", "he", "she", "they", "we",
    "i", "you", "for", "with", "from", "by", "about", "over", "under", "during", "despite",
    "according", "today", "yesterday", "tomorrow", "instead", "indeed", "plus", "there", "here",
    "what", "why", "how", "where", "who", "which", "both", "many", "some", "more", "most", "one",
    "not", "no", "yes", "well", "even", "only", "just", "all", "every", "each", "such", "to",
    "unlike", "like", "among", "amid", "through", "without", "within", "upon", "until", "once",
    "whether", "unless", "besides", "either", "neither", "nor", "thus", "therefore", "ultimately",
    "finally", "similarly", "likewise", "moreover", "furthermore", "additionally", "again", "perhaps",
    "maybe", "sometimes", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "hundreds", "thousand", "thousands", "million", "millions", "january", "february", "march", "september", "october", "november", "december", "dear", "oh", "ok", "okay", "said", "says", "told", "added", "wrote", "do", "does",
    "did", "is", "was", "are", "were", "be", "has", "have", "had", "can", "could", "will", "would",
    "should", "may", "might", "must", "let", "let's", "please", "thank", "thanks", "via", "per",
    "update", "updated", "photo", "video", "watch", "read", "also", "editor's", "note",
    "another", "given", "regarding", "following", "including", "considering"}},
  {kOrganisation, {"democrat", "republican", "american", "americans", "independent", "libertarian",
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
    "white", "supreme", "republicans", "democrats", "gop", "dnc", "rnc", "un", "nato", "eu",
    "tower", "towers", "hotel", "hotels", "organization", "organisation", "enterprises",
    "holdings", "resort", "resorts", "casino", "llc", "movement", "force", "forces", "coalition",
    "alliance", "caucus", "society", "school", "college", "academy", "hospital", "church", "museum",
    "stadium", "airlines", "motors", "industries", "team", "plaza", "operations", "chamber",
    "federation", "guild", "brotherhood", "conference", "convention",
    // places' last words, which make a name no person's either ("Long Island")
    "county", "island", "islands", "valley", "beach", "bay", "river", "heights", "springs",
    "avenue", "boulevard", "road", "bridge", "airport", "station", "square", "district"}},
  {kNameConnector, {"of", "de", "del", "da", "van", "von", "der", "bin", "al",
                                 "la", "le", "du", "for", "&"}},
  {kGenericPerson, {"people", "person", "man",  "woman", "men",  "women",
                                   "guy",    "kid",    "kids", "child", "children", "report",
                                   "statement", "post", "study", "paper", "letter"}},
  {kDocument, {"statement", "report", "post", "study", "paper", "letter", "ad", "ads", "video",
      "release", "email", "tweet", "memo"}},
  // And the words that call a claim false: "insisted the story was untrue".
  {kNegation, {"not", "never", "no", "nothing", "nobody", "none", "neither", "nor", "cannot",
      "false", "untrue", "wrong", "baseless", "innocent", "innocence", "phony", "bogus", "lie",
      "lies", "nonsense", "absurd", "ridiculous", "fabricated", "fabrication", "inaccurate",
      "incorrect", "misleading"}},
  // "denied bail", "dismissed both motions", "denying entry": a refusal, no dispute.
  {kGranted, {"bail", "motion", "motions", "request", "requests", "offer", "offers", "appeal",
      "appeals", "petition", "petitions", "application", "applications", "bid", "bids", "entry",
      "access", "admission", "permission", "parole", "visa", "visas", "asylum", "clemency",
      "pardon", "license", "licence", "permit", "permits", "lawsuit", "suit", "case", "cases",
      "jurors", "juror", "jury", "loan", "loans", "funding", "coverage", "benefits", "tenure",
      "membership", "extradition"}},
  {kMonth, {"january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"}},
  {kAbbreviation, {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "inc", "corp", "co",
      "ltd", "vs", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
      "lt", "col", "sgt", "capt", "adm", "rev", "prof", "ft", "mt", "pres", "gov't", "dept",
      "est", "approx", "fig", "al", "e.g", "i.e", "u.s", "u.k"}},
  // A place or an adjective is never "he": alone, these words name no person.
  {kPlace, {"afghanistan", "afghan", "africa", "african", "alabama", "alaska", "algeria", "arab",
      "argentina", "arizona", "arkansas", "asia", "asian", "australia", "australian", "austria",
      "bahrain", "bangladesh", "belgium", "bolivia", "brazil", "brazilian", "britain", "british",
      "california", "cambodia", "canada", "canadian", "catholic", "chile", "china", "chinese",
      "christian", "colombia", "colorado", "connecticut", "conservative", "cuba", "cuban",
      "delaware", "democratic", "denmark", "egypt", "egyptian", "england", "english", "europe",
      "european", "finland", "florida", "france", "french", "georgia", "german", "germany",
      "greece", "greek", "guatemala", "haiti", "hawaii", "hispanic", "honduras", "hungary",
      "idaho", "illinois", "india", "indian", "indiana", "indonesia", "iowa", "iran", "iranian",
      "iraq", "iraqi", "ireland", "irish", "islamic", "israel", "israeli", "italian", "italy",
      "japan", "japanese", "jewish", "jordan", "kansas", "kentucky", "korea", "korean", "kuwait",
      "latino", "lebanon", "liberal", "libya", "libyan", "louisiana", "maine", "maryland",
      "massachusetts", "mexican", "mexico", "michigan", "minnesota", "mississippi", "missouri",
      "montana", "muslim", "nebraska", "nevada", "nigeria", "norway", "ohio", "oklahoma", "oregon",
      "pakistan", "pakistani", "palestinian", "pennsylvania", "poland", "polish", "portugal",
      "progressive", "qatar", "russia", "russian", "saudi", "scotland", "scottish", "somalia",
      "spain", "spanish", "sweden", "swedish", "switzerland", "syria", "syrian", "taiwan", "tennessee",
      "texas", "turkey", "turkish", "ukraine", "ukrainian", "utah", "venezuela", "vermont",
      "vietnam", "virginia", "wisconsin", "wyoming", "yemen", "new", "north", "south", "east",
      "west", "rhode", "island", "carolina", "dakota", "hampshire", "jersey", "york", "zealand",
      "arabia", "kingdom", "united",
      // the states' abbreviations that are no other word or name ("Fla.",
      // "Calif."; not "Ill.", "Miss.", "Mo.", "Pa.", "La.", "Del.")
      "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "ind", "kan", "ky", "md",
      "mich", "minn", "neb", "nev", "okla", "ore", "tenn", "tex", "va", "vt", "wis", "wyo"}},
  {kPreposition, {"in", "on", "at", "during", "after", "before", "last", "this", "to", "with", "from", "for",
      "of", "by", "about", "over", "into", "since", "while", "when", "earlier", "later", "alongside",
      "amid", "among", "despite", "following", "without", "under", "against", "across", "behind",
      "toward", "towards", "through", "throughout", "within", "unlike", "near", "beside", "between",
      "around", "beyond", "upon", "onto", "inside", "outside", "along"}},
};
// clang-format on

const text::WordTable<uint32_t>& Table() {
  static const auto* table = [] {
    auto* t = new text::WordTable<uint32_t>;
    for (const ClassList& list : kLists) {
      for (std::string_view word : list.words) (*t)[word] |= list.cls;
    }
    return t;
  }();
  return *table;
}

// ' or the first byte of ’ (a loop: string_view's find_first_of called
// memchr once per byte of the word).
// Whether the word may end in a contraction WithoutContraction strips: an
// apostrophe two or three bytes from its end (' before s d m, ll re ve), or
// the first byte of ’ four or five from it. Read in place of a scan of the
// word: asked of most words of every frame, which are in no list.
bool MayEndInContraction(std::string_view word) {
  const size_t n = word.size();
  const auto at = [&](size_t back) { return n >= back ? word[n - back] : '\0'; };
  return at(2) == '\'' || at(3) == '\'' || at(4) == '\xE2' || at(5) == '\xE2';
}

// didn't, won’t. Byte by byte: asked of every word of every frame, where
// string_view::ends_with of a literal measured its length each time.
bool EndsInNot(std::string_view w) {
  const size_t n = w.size();
  if (n < 4 || w[n - 1] != 't') return false;
  if (w[n - 2] == '\'') return w[n - 3] == 'n';
  return n >= 6 && w[n - 2] == '\x99' && w[n - 3] == '\x80' && w[n - 4] == '\xE2' &&
         w[n - 5] == 'n';
}

}  // namespace

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

uint32_t WordClassesOf(std::string_view lower) {
  return WordClassesOf(lower, text::HashWord(lower));
}

uint32_t WordClassesOf(std::string_view lower, uint64_t hash) {
  const text::WordTable<uint32_t>& table = Table();
  const uint32_t* found = table.Find(lower, hash);
  uint32_t classes = found != nullptr ? *found : 0;
  if (lower.size() > 4 && lower.ends_with("ly")) classes |= kVerbModifier;
  if (lower.size() > 9 && lower.ends_with("-year-old")) classes |= kPersonNoun;  // "the 43-year-old"
  if (EndsInNot(lower)) classes |= kNegation;
  if (classes == 0 && MayEndInContraction(lower)) {
    const std::string_view base = WithoutContraction(lower);
    if (base.size() != lower.size()) {
      if (const uint32_t* b = table.Find(base)) classes = *b & (kSubjectPronoun | kObjectPronoun);
    }
  }
  return classes;
}

}  // namespace qt::quotes
