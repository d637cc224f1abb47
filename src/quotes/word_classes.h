// Word classes: the closed word lists that attribution reads, in one table.
//
// Each lower-cased word maps to a set of class bits, looked up once per word
// of a frame (Frame::classes) rather than once per question asked of it.
#pragma once

#include <cstdint>
#include <string_view>

namespace qt::quotes {

// clang-format off
enum WordClass : uint32_t {
  kSubjectPronoun = 1u << 0,  // he, she, they, I, we, it
  kObjectPronoun = 1u << 1,  // him, her, them, me, us
  kRoleWord = 1u << 2,  // titles and roles split off names: president, CEO, Sen., former …
  kPersonNoun = 1u << 3,  // heads of descriptions that can speak: spokesperson, officials, campaign …
  kDeterminer = 1u << 4,  // a, the, his, another …
  kVerbModifier = 1u << 5,  // words between a subject and its verb: also, has, reportedly (and any -ly word)
  kFunctionWord = 1u << 6,  // capitalized at a sentence start but never names: But, Meanwhile, Monday …
  kOrganisation = 1u << 7,  // words that make a name an organisation: Post, Party, Magazine …
  kNameConnector = 1u << 8,  // inside names: of, de, van, bin …
  kGenericPerson = 1u << 9,  // heads that take no modifier (people, man, report): "the way people" is no description
  kAbbreviation = 1u << 10,  // words whose period ends no sentence: Mr, Sen, Jan …
  kPreposition = 1u << 11,  // in, on, at, during …
  kPlace = 1u << 12,  // countries, US states and their adjectives: Syria, Iowa, Syrian, Democratic
  kDocument = 1u << 13,  // what a speaker issues and speaks through: statement, ad, press release
  kNegation = 1u << 15,  // not, never, nothing, false … (and any word ending in n't): "did not deny"
  kGranted = 1u << 16,  // what is granted or refused, never claimed: bail, motion, entry, visa
  kMonth = 1u << 18,  // january … december: "in June" is a date, "June Carter" a name
  // Not looked up: set by BuildFrame (frame.h) on a word that ends in a
  // possessive mark (text::IsPossessive: Reyes’s, senator's, Sanders').
  kPossessive = 1u << 14,
  // Not looked up: set by BuildFrame on a word that keeps its final period
  // (U.S., a.m.) before a capitalized subject pronoun, where the period ends
  // a sentence too: "attacks in the U.S. He says …". No sentence prints
  // "He" capitalized inside itself.
  kEndsSentence = 1u << 17,
};
// clang-format on

// The classes of a lower-cased word. A contracted pronoun ("he’s", "they're")
// has the pronoun's classes; a word of five letters or more ending in "ly" is
// a kVerbModifier; "43-year-old" is a kPersonNoun.
uint32_t WordClassesOf(std::string_view lower);
// The same, given text::HashWord(lower) (a token's lower_hash()).
uint32_t WordClassesOf(std::string_view lower, uint64_t hash);

// Whether a lower-cased word is an article: "a", "an" or "the".
inline bool IsArticle(std::string_view lower) {
  return lower == "a" || lower == "an" || lower == "the";
}

// "he’s" → "he": the word without a contracted verb, or the word itself.
std::string_view WithoutContraction(std::string_view lower);

}  // namespace qt::quotes
