// Gender: whether a person is a woman or a man, as far as the words of their
// name or description say, so that "she" never resolves to "Bill Clinton".
//
// The words are data/genders.tsv, compiled into the binary: titles and roles
// ("Mrs.", "spokeswoman", "woman") and first names. Most surnames say
// nothing, and names common to both are left out of the list, so kUnknown
// is the common answer and never excludes anyone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qt::quotes {

enum class Gender : unsigned char { kUnknown, kFemale, kMale };

// The gender a lower-cased title or role word marks ("mrs.", "spokeswoman").
Gender GenderOfRoleWord(std::string_view lower);
// The gender a lower-cased first name marks ("hillary").
Gender GenderOfFirstName(std::string_view lower);

// A person's name, given the lower-cased role words printed before it in
// the article ("sen.", "spokeswoman"): the first role word that marks a
// gender, else the name's first word, else a "-man" title ("spokesman",
// which news prints before women's names too).
Gender GenderOfName(const std::vector<std::string>& role_words, std::string_view name);
// A description's lower-cased words ("meta", "spokeswoman"): the first
// role word among them.
Gender GenderOfDescription(const std::vector<std::string>& words);

// The gender a personal pronoun asks for: she/her kFemale, he/him/his kMale,
// kUnknown for any other word.
Gender GenderOfPronoun(std::string_view pronoun);

// The gender an honorific as printed says ("Mrs.", "Mr", "MS."): only these
// few, never a role, which news prints before either ("spokesman").
Gender GenderOfHonorific(std::string_view word);

// kMale for kFemale and back; kUnknown stays.
inline Gender Opposite(Gender g) {
  if (g == Gender::kUnknown) return g;
  return g == Gender::kFemale ? Gender::kMale : Gender::kFemale;
}

}  // namespace qt::quotes
