#include "text/language.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>  // before CLD2's header, which uses FILE
#include <string_view>

#include "text/utf8.h"

namespace qt::text {
namespace {

bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Up to five ASCII letters, lower-cased, packed into a number; 0 for a
// longer word.
constexpr uint64_t PackedWord(std::string_view w) {
  if (w.size() > 5) return 0;
  uint64_t packed = 0;
  for (char c : w) packed = packed << 8 | static_cast<uint8_t>(c | 0x20);
  return packed;
}

// English function words that no common French, German or Spanish word
// spells alike: not "a", "in", "on", "was", "an", "die", "as", "he".
bool IsEnglishOnlyWord(std::string_view w) {
  static constexpr std::array<uint64_t, 33> kWords = {
      PackedWord("and"),  PackedWord("are"),   PackedWord("at"),    PackedWord("been"),
      PackedWord("but"),  PackedWord("by"),    PackedWord("for"),   PackedWord("from"),
      PackedWord("had"),  PackedWord("has"),   PackedWord("have"),  PackedWord("her"),
      PackedWord("his"),  PackedWord("is"),    PackedWord("it"),    PackedWord("its"),
      PackedWord("not"),  PackedWord("of"),    PackedWord("said"),  PackedWord("she"),
      PackedWord("that"), PackedWord("the"),   PackedWord("their"), PackedWord("they"),
      PackedWord("this"), PackedWord("to"),    PackedWord("we"),    PackedWord("were"),
      PackedWord("which"), PackedWord("who"),  PackedWord("with"),  PackedWord("would"),
      PackedWord("you")};
  const uint64_t packed = PackedWord(w);
  return packed != 0 && std::find(kWords.begin(), kWords.end(), packed) != kWords.end();
}

// Ten of those words, a tenth or more of the words read: English beyond
// doubt, usually within the first few hundred bytes. CLD2 costs about 200
// instructions a byte, as much as all of attribution, so it is asked only
// about the texts this does not settle.
bool PlainlyEnglish(std::string_view sample) {
  size_t words = 0, english = 0;
  for (size_t i = 0; i < sample.size();) {
    if (!IsAsciiLetter(sample[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < sample.size() && IsAsciiLetter(sample[i])) ++i;
    ++words;
    if (IsEnglishOnlyWord(sample.substr(begin, i - begin)) && ++english >= 10 && 10 * english >= words) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool ReadsAsEnglish(std::string_view text) {
  if (text.size() < kLanguageMinBytes) return true;
  // Not inside a character: CLD2 asks for whole UTF-8.
  const size_t size = CharStartAtOrBefore(text, std::min(text.size(), kLanguageSampleBytes));
  if (PlainlyEnglish(text.substr(0, size))) return true;
  bool reliable = false;
  const CLD2::Language language =
      CLD2::DetectLanguage(text.data(), static_cast<int>(size), /*is_plain_text=*/true, &reliable);
  return !reliable || language == CLD2::ENGLISH || language == CLD2::UNKNOWN_LANGUAGE;
}

}  // namespace qt::text
