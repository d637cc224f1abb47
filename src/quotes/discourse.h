// Discourse: what an article has said about whom, for resolving speakers.
//
//   names         a short name resolves to the fullest name in the article
//                 that contains it as its first or last word ("Zuckerberg",
//                 "Mark" → "Mark Zuckerberg"); the most mentioned one wins,
//                 of the honorific's gender ("Mrs. Okafor").
//   descriptions  resolve to a name whose role holds their head noun ("the
//                 former president" → "Donald Trump", from "former President
//                 Donald Trump"), to a name set beside them ("a city
//                 spokesperson, Dana Whitfield"), or to the earlier, fuller
//                 description ("the spokesperson" → "Meta spokesperson").
//   pronouns      he/she resolve to the latest person mentioned as the
//                 subject of a sentence before them, in the reporter's words
//                 (mentions inside quotations are another voice), passing
//                 over one whose name or role says the other gender, and
//                 preferring a sentence's main clause to one opened by
//                 "when", "because", "if" … and to what a speaker says
//                 ("Reyes said Berg had left. He …" is Reyes; in a
//                 quotation of Reyes's, Berg); "they" to a plural subject
//                 within about two paragraphs, else, as "it", to the
//                 latest group or organisation. Objects are no subjects:
//                 a description right after a verb ("paid off her student
//                 loans") or one of two joined ("both the candidate and
//                 the speaker"). A possessor opening its sentence is one
//                 ("Reyes’s answer was short"); a town ("Millbrook,
//                 Oregon,") is nobody.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "quotes/frame.h"
#include "quotes/gender.h"
#include "quotes/mentions.h"

namespace qt::quotes {

class Discourse {
 public:
  // Adds the names among a frame's mentions (MentionsOf; all the article's
  // frames, quotations too): they make the inventory that short names
  // resolve against.
  void AddNames(std::string_view text, const Frame& frame,
                const std::vector<FrameMention>& mentions);
  // Adds the antecedents in a frame of the reporter's words, whose mentions
  // are `mentions`. Names among them are resolved when a pronoun first
  // reaches them, so `text` and `frame` must outlive the last ResolvePronoun;
  // call AddNames with every frame of the article first.
  void AddAntecedents(std::string_view text, const Frame& frame,
                      const std::vector<FrameMention>& mentions);
  // Records a resolved speaker at `at`, a strong antecedent.
  void AddSpeaker(const std::string& name, size_t at, bool plural);
  void AddAlias(const std::string& description, const std::string& name);
  // Records that `issuer` spoke through `document` ("said in a statement")
  // at byte `at`: "the statement" alone, after it, is theirs.
  void AddDocument(std::string_view document, const std::string& issuer, size_t at);

  // `titled`: the gender the name's title says ("Mrs. Okafor" is no
  // "Bill Okafor"), kUnknown for none.
  std::string ResolveName(const std::string& name, Gender titled = Gender::kUnknown) const;
  std::string ResolveDescription(const std::string& description) const;
  // The referent of a pronoun at byte `at` ("" when none fits), other than
  // `exclude` (an object pronoun never names its own clause's subject).
  std::string ResolvePronoun(std::string_view pronoun, size_t at,
                             const std::string& exclude = "") const;
  // The referent of a pronoun a quotation prints, read back from byte `at`
  // before the quotation: there the subject of what its speaker reported
  // is as near as the speaker ("Trump added that Zuckerberg mentioned his
  // background, saying, “He’s a guy …”": Zuckerberg).
  std::string ResolvePronounQuoted(std::string_view pronoun, size_t at) const;
  // The same, with the antecedents of `frame` only (a quotation's content:
  // "he" inside a quote refers to someone the quoted speaker named).
  std::string ResolvePronounIn(std::string_view text, const Frame& frame, std::string_view pronoun,
                               size_t at) const;
  // A mention's resolved name (names, descriptions and pronouns).
  std::string Resolve(const Mention& m) const;

  static bool IsPersonName(const std::string& name);

 private:
  // A name mention waits for a pronoun to reach it before it is resolved:
  // most are never reached, and resolving all of them (the name inventory,
  // the person test, the search of the article for a sentence opener in
  // lower case) was a fifth of extraction. The inventory is complete before
  // the first pronoun is resolved, so the answer is the same either way.
  struct PendingName {
    std::string_view text;       // the article
    const Frame* frame = nullptr;  // where the mention was read
    size_t first = 0;              // its first token there
    bool after_article = false;
    Gender titled = Gender::kUnknown;  // by its title: "Mrs.", "Mr."
  };
  struct Antecedent {
    size_t at;
    mutable std::string name;  // resolved, or the name as printed while pending
    mutable bool person;
    mutable bool plural;  // also set when a pending name turns out a people ("Mexicans")
    bool subject;
    mutable bool dropped = false;  // a pending name that turned out no antecedent
    mutable PendingName pending;   // frame is null once resolved
    mutable bool gender_known = false;  // `gender` was looked up
    mutable Gender gender = Gender::kUnknown;
    // The subject of a clause opened by "when", "because", "if" … or of
    // what a speaker says ("Reyes said Berg …"): the main clause's subject
    // in the same sentence, from byte `sentence`, comes first ("Reyes did
    // not look sure when Berg asked …"). Not for a pronoun inside what the
    // speaker says, before byte `reported_end` ("Reyes said Berg lost
    // because he …" is Berg), nor in a quotation of the speaker's.
    bool subordinate = false;
    size_t sentence = 0;
    size_t reported_end = 0;
  };
  struct Known {
    std::string name;
    std::vector<std::string> words;
    std::vector<std::string> role;  // lower-cased words, abbreviated titles spelled out
    int count;
    // Printed somewhere other than at a sentence's start, where only a
    // name is capitalized.
    bool inside_sentence;
    // Printed before a state as a town is ("Millbrook, Oregon,"): no person.
    bool town;
    // Whether its first word is an English word ("Understated Perez"), -1
    // until EnglishFirst asks: printed only opening sentences, such a word
    // may be no name's.
    mutable int8_t english_first = -1;
  };
  struct Description {
    std::string text;
    std::vector<std::string> words;  // lower-cased
    size_t at = 0;
  };

  // "said one resident. … said another.": "another" and the head of the
  // latest singular description before byte `at` ("another resident").
  std::string Another(size_t at) const;
  // ResolveDescription given the description's lower-cased words.
  std::string ResolveDescription(const std::string& description,
                                 const std::vector<std::string>& words) const;
  const std::string* IssuerOf(std::string_view noun, size_t at) const;
  // The most printed name that ends in the body's noun `words` end with,
  // or opens with it before "of", and holds all of them ("authority" →
  // "Port Authority", "ministry" → "Ministry of Transport"), or null.
  const Known* BodyNamedBy(const std::vector<std::string>& words) const;
  // A possessor that opens its clause ("Reyes’s answer was short"), as
  // good an antecedent as a subject; `first` is its first token.
  struct Possessor {
    size_t first;
    Mention mention;
  };
  // Those of a frame of the reporter's words. Not looked for inside
  // quotations, whose frames are read again for each pronoun in them:
  // there they cost 2% of extraction for hardly a name.
  static std::vector<Possessor> PossessorsOf(std::string_view text, const Frame& frame);
  // The antecedents among `mentions` and `possessors`, in text order,
  // appended to *out; a pronoun among them resolves against *out and
  // `speakers` (null: none).
  void CollectAntecedents(std::string_view text, const Frame& frame,
                          const std::vector<FrameMention>& mentions,
                          const std::vector<Possessor>& possessors, std::vector<Antecedent>* out,
                          const std::vector<Antecedent>* speakers,
                          std::vector<Description>* descriptions) const;
  // What `pronoun` at byte `at` refers to among `antecedents` and `speakers`
  // (null: none), each in text order, walked from `at` back as one sequence
  // (MergedWalk); nullptr when nothing fits. `quoted`: the pronoun is in a
  // quotation (ResolvePronounQuoted).
  const Antecedent* Find(const std::vector<Antecedent>& antecedents,
                         const std::vector<Antecedent>* speakers, std::string_view pronoun,
                         size_t at, const std::string& exclude, bool quoted = false) const;
  class MergedWalk;
  // Whether the antecedent can be what `pronoun` refers to, other than
  // `exclude`; resolves it if pending.
  bool Fits(const Antecedent& a, std::string_view pronoun, const std::string& exclude) const;
  // Whether `name` is one English word (text/english_words.h) that the
  // article capitalizes only where sentences start.
  bool IsWordOpeningSentences(const std::string& name) const;
  // Counts a name mention in the inventory, adding it when new.
  Known& AddName(const Mention& m, bool inside_sentence);
  // Adds the full names a frame prints as owners ("Ravi Mendes's office").
  void AddPossessorNames(std::string_view text, const Frame& frame,
                         const std::vector<FrameMention>& mentions);
  // Whether the name's first word is an English word (cached in it).
  bool EnglishFirst(const Known& k) const;
  // Resolves a pending name; false when it is no antecedent after all.
  bool Ready(const Antecedent& a) const;
  // Whether a ready antecedent is a woman or a man: by the roles printed
  // with its name in the article, else by its words (gender.h).
  Gender GenderOf(const Antecedent& a) const;

  // The names_ whose role holds `word`, in the order they were added. The
  // index is built on the first call after the inventory changed: resolving
  // a description by scanning every name was 3% of extraction.
  const std::vector<uint32_t>& NamesWithRoleWord(const std::string& word) const;

  std::vector<Known> names_;
  size_t names_version_ = 0;  // changes with any name or role added
  mutable std::unordered_map<std::string, std::vector<uint32_t>> by_role_word_;
  mutable size_t by_role_word_version_ = static_cast<size_t>(-1);
  std::unordered_map<std::string, size_t> name_index_;
  // First and last words of names of two words or more → names_ indices.
  std::unordered_map<std::string, std::vector<size_t>> by_word_;
  std::vector<Antecedent> antecedents_;  // in text order
  // The speakers of quotations (AddSpeaker), in text order. Kept apart from
  // antecedents_, to which a paragraph's mentions are added before its
  // quotations are read: inserting each speaker among them moved all the
  // later ones, quadratic in a paragraph of megabytes.
  std::vector<Antecedent> speakers_;
  std::unordered_map<std::string, std::string> aliases_;  // description head → name
  struct Document {
    size_t at;
    std::string noun, issuer;  // noun: its last word as printed ("Post" is no "post")
  };
  std::vector<Document> documents_;  // in text order
  std::vector<Description> descriptions_;  // in text order; only ever appended to
  // Indexes of descriptions_ with head word `head`, in text order, the
  // first of each wording only (a later one with the same words is never
  // the first to fit): an index brought up to date on each call
  // (descriptions_by_head_, up to described_). A long text holds thousands
  // of descriptions, "the harbor master" hundreds of times, and reading all
  // of them for each was quadratic; an article's few, fewer than
  // kIndexedDescriptions, are cheaper to read than to index.
  const std::vector<uint32_t>& DescriptionsWithHead(const std::string& head) const;
  static constexpr size_t kIndexedDescriptions = 256;
  mutable std::unordered_map<std::string, std::vector<uint32_t>> descriptions_by_head_;
  mutable std::unordered_set<std::string> described_wordings_;
  mutable size_t described_ = 0;
};

}  // namespace qt::quotes
