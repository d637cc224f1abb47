// Whether two quotations are versions of one utterance.
//
// The shorter is looked for inside the longer by a word alignment that may
// start and end anywhere in the longer (a trimmed quote, a fragment, one
// half of a split quote). What counts as the same:
//   * equal words after normalisation (quote_words.h);
//   * a censored word ("b*****") matches any word with its first letter;
//   * a few edits on long quotes: one per ten words of the shorter;
//   * short fragments (under four words) need the same speaker, or one of
//     the two unknown: "not a chance" is Mendes's only where he is the
//     speaker; a single word must equal the other quote, not sit inside it.
//     A fragment sits only inside a quotation of four words or more whose
//     speaker is known: an unattributed run of text (often a quote mark
//     misread, which runs on through the reporter's words) holds every
//     common phrase, and through "he said" or "a lot" it joined unrelated
//     quotations into one cluster. Two fragments ("change warrior", "a
//     change warrior") keep the rule above.
// Quotations that share words only with a nested quotation of the other do
// not match: nested words are not in a quote's own words.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "match/quote_words.h"

namespace qt::match {

struct Variant {
  const Words* words;
  const std::string* speaker;  // resolved name, "" when unknown
};

bool SameUtterance(const Variant& a, const Variant& b);

// The part of SameUtterance decided by the two quotations' lengths in words,
// whether each one's speaker is known, and whether their speakers differ
// (both known and not the same): false when SameUtterance is false
// whatever the words. A caller holding only these can rule out a candidate
// without reading its words.
bool MaySameUtterance(size_t a_words, bool a_speaker_known, size_t b_words, bool b_speaker_known,
                      bool speakers_differ);

// The fewest keys (match::Keys) that a quotation with `short_words` words
// and `short_keys` keys shares with a longer one when SameUtterance holds
// for the two, `censored` being their censored words (IsCensored) together.
// Lets a caller rule out a candidate from counts alone.
//
// Why it holds: SameUtterance finds the shorter inside the longer with at
// most one edit per ten of its words. An edit breaks at most two of the
// shorter's word pairs: a changed or dropped word is in two, an added word
// splits one. A censored word matches a word it does not equal, and so
// breaks two pairs as well (a lone censored word is its own key). Every
// other pair of the shorter is a pair of the longer: the same key, or no
// key on either side (two common words). A key repeated in the shorter is
// lost only if all its pairs are broken.
size_t MinSharedKeys(size_t short_words, size_t short_keys, size_t censored);

// The most words of a quotation with `short_words` words that can be
// absent from a longer one when SameUtterance holds for the two, `censored`
// being their censored words together. Lets a caller rule out a candidate
// from the sets of words alone.
//
// Why it holds: each word of the shorter is found in the longer, or is one
// of its at most one edit per ten words, or is matched by a censored word
// (its own, or one of the longer's, each matching one word).
size_t MaxWordsMissing(size_t short_words, size_t censored);

// The word edits needed to find `shorter` inside `longer` (free start and
// end in `longer`), or any number above `limit` when it needs more: the
// alignment stops once every way of finding it costs more than `limit`.
size_t ContainmentEdits(const Words& shorter, const Words& longer,
                        size_t limit = SIZE_MAX);

}  // namespace qt::match
