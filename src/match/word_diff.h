// How a variant's words differ from a cluster's canonical text.
//
// The variant is aligned inside the canonical text (it may be a fragment);
// within the aligned stretch, words the variant drops print as [-word-],
// words it adds or changes as {+word+}. Words compare by their normalised
// form (quote_words.h), so "it’s, like," against "it’s like" shows no
// difference, and a censored "b*****" shows as a change of "badass".
#pragma once

#include <string>
#include <string_view>

namespace qt::match {

// The variant's words with the differences marked; "" when the variant
// equals its stretch of the canonical text.
std::string WordDiff(std::string_view canonical, std::string_view variant);

}  // namespace qt::match
