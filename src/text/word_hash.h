// WordHash: a hash for short words in lookup tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace qt::text {

// FNV-1a: words are short, and std::hash's byte hash costs more than the
// lookup it serves. Transparent, so string-keyed tables take string_views.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view w) const {
    uint64_t h = 1469598103934665603ull;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};

}  // namespace qt::text
