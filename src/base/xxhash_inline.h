// XXH3 compiled into the caller rather than called in libxxhash: most of
// what we hash is a word or a shingle of a few word hashes, for which the
// call and its dispatch cost as much as the hashing. The same XXH3 of the
// same library version, so every hash is the one stored before.
#pragma once

#define XXH_INLINE_ALL
#include <xxhash.h>
