#include "quotes/denials.h"

#include <array>
#include <cctype>
#include <vector>

#include "quotes/word_classes.h"
#include "text/tokens.h"

namespace qt::quotes {
namespace {

using text::Token;

// Whether a word of `s` opens one of the phrases: most quotations hold none
// and are not tokenized. One pass over the bytes, a word's first letter
// looked up first (a search per phrase cost 4% of all extraction; "tru" or
// "lie" inside words had let every "Trump" and "believe" through).
bool MayHoldDenial(std::string_view s) {
  static constexpr std::string_view kOpenings[] = {"true",           "untrue",
                                                   "truth",          "false",
                                                   "False",          "lie",
                                                   "never said",     "never happened",
                                                   "didn't hap",     "didn\xE2\x80\x99t hap",
                                                   "did not happen", "baseless",
                                                   "fabricat",       "deny"};
  static const auto* first_letters = [] {
    auto* table = new std::array<bool, 256>{};
    for (std::string_view w : kOpenings) (*table)[static_cast<unsigned char>(w[0])] = true;
    return table;
  }();
  for (size_t i = 0; i < s.size(); ++i) {
    if (!(*first_letters)[static_cast<unsigned char>(s[i])]) continue;
    if (i > 0 && std::isalpha(static_cast<unsigned char>(s[i - 1]))) continue;  // inside a word
    const std::string_view rest = s.substr(i);
    for (std::string_view w : kOpenings) {
      if (rest.starts_with(w)) return true;
    }
  }
  return false;
}

bool IsNot(std::string_view w) {
  return w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n\xE2\x80\x99t");
}

// is, was, it's, that's.
bool IsCopula(std::string_view w) {
  return w == "is" || w == "was" || w == "are" || w == "were" || w.ends_with("'s") ||
         w.ends_with("\xE2\x80\x99s");
}

// "is false", "that's false", "completely false": not "a false sense".
bool SaysFalse(std::string_view before) {
  for (std::string_view w : {"be", "been", "completely", "totally", "absolutely", "patently",
                             "simply", "entirely", "categorically", "wholly", "demonstrably"}) {
    if (before == w) return true;
  }
  return IsCopula(before);
}

// "lies" as a noun: "these are lies", "outright lies".
bool SaysLies(std::string_view before) {
  for (std::string_view w : {"are", "were", "all", "these", "those", "total", "outright", "blatant",
                             "complete", "just", "more"}) {
    if (before == w) return true;
  }
  return false;
}

// The tokens [first, last] of the denial phrase that ends at word i, or
// false.
bool PhraseEndingAt(const std::vector<Token>& t, size_t i, size_t* first) {
  const auto w = [&](size_t k) { return k < t.size() ? t[k].lower() : std::string_view(); };
  const std::string_view x = w(i);
  const std::string_view b1 = i >= 1 ? w(i - 1) : "", b2 = i >= 2 ? w(i - 2) : "";
  *first = i;
  if (x == "untrue" || x == "baseless" || x == "fabricated" || x == "fabrication") return true;
  const bool alone = t.size() == 1 || t[1].kind == Token::kPunct;
  if (x == "false" && i == 0 && alone) return true;  // “False,” she said.
  *first = i - 1;
  if (i == 0) return false;
  if (x == "true" && IsNot(b1)) return true;
  if (x == "truth" && b1 == "no") return true;
  if (x == "false" && SaysFalse(b1)) return true;
  if (x == "lies" && SaysLies(b1)) return true;
  if (x == "said" && b1 == "never") return true;
  // That never happened. / It didn't happen. (not "it didn't happen again")
  const bool ends_clause = i + 1 == t.size() || t[i + 1].kind == Token::kPunct;
  if (x == "happened" && b1 == "never" && ends_clause) return true;
  if (x == "happen" && (b1 == "didn't" || b1 == "didn\xE2\x80\x99t") && ends_clause) return true;
  if (x == "deny" && (b1 == "i" || b1 == "we")) return true;
  // It is a lie. / That's a total lie. (not "to put across a greater lie")
  if (x == "lie" && b1 == "a" && IsCopula(b2)) return true;
  *first = i - 2;
  if (i == 1) return false;
  if (x == "happen" && b2 == "did" && b1 == "not" && ends_clause) return true;
  if (x == "deny" && (b2 == "i" || b2 == "we") && b1.ends_with("ly")) return true;
  if (x == "lie" && b2 == "a" && i >= 3 && IsCopula(w(i - 3))) return true;  // a total lie
  return false;
}

}  // namespace

std::string DenialIn(std::string_view text, text::Span span) {
  if (!MayHoldDenial(text.substr(span.begin, span.end - span.begin))) return "";
  std::vector<Token> tokens;
  text::Tokenize(text, span, &tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {
    size_t first;
    if (tokens[i].kind != Token::kWord || !PhraseEndingAt(tokens, i, &first)) continue;
    return std::string(text.substr(tokens[first].begin, tokens[i].end - tokens[first].begin));
  }
  return "";
}

bool HoldsNegation(std::string_view text, text::Span span) {
  std::vector<Token> tokens;
  text::Tokenize(text, span, &tokens);
  for (const Token& t : tokens) {
    if (t.kind == Token::kWord && (WordClassesOf(t.lower(), t.lower_hash()) & kNegation) != 0) {
      return true;
    }
  }
  return false;
}

}  // namespace qt::quotes
