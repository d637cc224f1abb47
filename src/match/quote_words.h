// The words of a quotation as variant matching compares them.
//
// A quotation's own words leave out its nested quotations (Vance's words
// around Mendes's are not Mendes's), and are normalised so that
// outlets' typography does not separate them: lower case, punctuation and
// quote marks dropped, ’ read as ', "it’s, like," equal to "it's like".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qt::match {

using Words = std::vector<std::string>;

// The normalised words of text[start, end) outside the `nested` spans.
Words OwnWords(std::string_view text, size_t start, size_t end,
               const std::vector<std::pair<size_t, size_t>>& nested);

// "b*****", "d***": a word the outlet censored.
bool IsCensored(std::string_view word);

// The keys a quotation is indexed by: hashes of its word pairs (of its one
// word when it has only one), but for pairs of two very common words. Any
// quotation contained in another shares all of its keys with it but where
// edits fall.
std::vector<uint64_t> Keys(const Words& words);

// Words joined by single spaces, and back: how they are stored.
std::string JoinWords(const Words& words);
Words SplitWords(std::string_view joined);

}  // namespace qt::match
