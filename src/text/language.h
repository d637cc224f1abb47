// Which language an article is written in, as far as attribution cares.
#pragma once

#include <cstddef>
#include <string_view>

namespace qt::text {

// False for a text that reads, by Google's Compact Language Detector 2
// (CLD2), reliably as another language than English: the grammar that
// quotes/ attributes by is English's, and in a French or German article
// it named "Le" or "Sie" as speakers. A text CLD2 cannot tell reliably
// reads as English, and so does one under kLanguageMinBytes: headlines
// are too short for CLD2, which called five of UCI's 6,365 English
// headlines (28–49 bytes) Malay, Romanian, Sesotho, Malagasy and
// Norwegian, and none of the longer articles of PolNeAR or ECB+ anything
// but English. Only the first kLanguageSampleBytes are read: enough to
// tell, at a cost that does not grow with the article.
bool ReadsAsEnglish(std::string_view text);
inline constexpr size_t kLanguageMinBytes = 100;
inline constexpr size_t kLanguageSampleBytes = 4096;

}  // namespace qt::text
