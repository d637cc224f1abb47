// English words: the lower-case entries of Debian's word list (wamerican,
// /usr/share/dict/american-english), compiled in when the project is built.
//
// Capitalized at a sentence's start, such a word may be the grammar's
// capital ("Recently, he said", "Friends offered") or a name that is also
// a word ("Bush", "Brad", "Sanders"): a caller needs more evidence than the
// list before it calls the word no name. Proper names (capitalized in the
// list) and possessives are left out.
#pragma once

#include <string_view>

namespace qt::text {

// Whether `lower`, a lower-cased word, is one of the list's 64,000 (a
// binary search of the sorted list built into the program). Thread-safe.
bool IsEnglishWord(std::string_view lower);

}  // namespace qt::text
