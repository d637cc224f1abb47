#include "match/quote_words.h"

#include <algorithm>

#include "base/xxhash_inline.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace qt::match {

namespace {

// A byte of a word that OwnWords copies as it is, but for the case: ASCII
// letters and digits, and the censor's star.
bool IsPlainWordByte(unsigned char b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '*';
}

// The first nested span's start after `i`, or `end`.
size_t NextNestedStart(size_t i, size_t end, const std::vector<std::pair<size_t, size_t>>& nested) {
  for (const auto& [from, to] : nested) {
    if (from > i && from < end) end = from;
  }
  return end;
}

}  // namespace

Words OwnWords(std::string_view text, size_t start, size_t end,
               const std::vector<std::pair<size_t, size_t>>& nested) {
  Words words;
  std::string word;
  auto flush = [&] {
    while (!word.empty() && word.back() == '\'') word.pop_back();
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (size_t i = start; i < end;) {
    size_t stop = end;  // no nested span starts before it
    if (!nested.empty()) {
      const auto inside = std::find_if(nested.begin(), nested.end(), [&](const auto& span) {
        return i >= span.first && i < span.second;
      });
      if (inside != nested.end()) {
        flush();
        i = inside->second;
        continue;
      }
      stop = NextNestedStart(i, end, nested);
    }
    // ASCII letters and digits, most of the bytes, are copied a run at a
    // time, neither decoded nor encoded.
    size_t run = i;
    while (run < stop && IsPlainWordByte(static_cast<unsigned char>(text[run]))) ++run;
    if (run > i) {
      const size_t at = word.size();
      word.append(text, i, run - i);
      for (size_t k = at; k < word.size(); ++k) {
        if (word[k] >= 'A' && word[k] <= 'Z') word[k] = static_cast<char>(word[k] + 32);
      }
      i = run;
      continue;
    }
    const unsigned char b = static_cast<unsigned char>(text[i]);
    const char32_t c = b < 0x80 ? (++i, b) : text::DecodeUtf8(text, &i);
    // Not ASCII here, but for an overlong encoding of it, which DecodeUtf8
    // reads as the ASCII character (stored texts are valid UTF-8).
    if (text::IsAlnum(c) || c == '*') {
      if (c < 0x80) {
        word += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      } else {
        text::AppendUtf8(c, &word);
      }
    } else if ((c == '\'' || c == U'’') && !word.empty()) {
      word += '\'';  // inner apostrophe: don't, it's
    } else {
      flush();
    }
  }
  flush();
  return words;
}

bool IsCensored(std::string_view word) {
  return word.size() >= 2 && word.find('*') != std::string_view::npos && word[0] != '*';
}

namespace {

// A word of up to seven bytes packed with its length into one integer, so
// that the common-word test below is a few integer compares rather than a
// string compare against every entry (it ran twice per word pair, and was
// most of the time spent making keys). 0 for a longer word.
constexpr uint64_t Packed(std::string_view w) {
  if (w.size() > 7) return 0;
  uint64_t p = w.size();
  for (size_t i = 0; i < w.size(); ++i) {
    p |= uint64_t{static_cast<unsigned char>(w[i])} << (8 * (i + 1));
  }
  return p;
}

// Pairs of these words ("of the", "it is") are in so many quotations that
// they find nothing; a pair with at least one other word is a key.
bool IsCommonWord(std::string_view w) {
  static constexpr uint64_t kCommon[] = {
      Packed("the"),  Packed("of"),   Packed("and"),  Packed("to"),    Packed("a"),
      Packed("in"),   Packed("that"), Packed("is"),   Packed("it"),    Packed("for"),
      Packed("on"),   Packed("was"),  Packed("with"), Packed("as"),    Packed("be"),
      Packed("at"),   Packed("by"),   Packed("this"), Packed("have"),  Packed("from"),
      Packed("or"),   Packed("an"),   Packed("are"),  Packed("i"),     Packed("we"),
      Packed("you"),  Packed("he"),   Packed("she"),  Packed("they"),  Packed("not"),
      Packed("but"),  Packed("has"),  Packed("had"),  Packed("will"),  Packed("would"),
      Packed("there")};
  const uint64_t p = Packed(w);
  if (p == 0) return false;
  for (uint64_t c : kCommon) {
    if (p == c) return true;
  }
  return false;
}

}  // namespace

std::vector<uint64_t> Keys(const Words& words) {
  std::vector<uint64_t> keys;
  if (words.size() == 1) {
    keys.push_back(XXH3_64bits(words[0].data(), words[0].size()));
    return keys;
  }
  std::string pair;  // reused: no allocation per pair
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (IsCensored(words[i]) || IsCensored(words[i + 1])) continue;  // matches no exact pair
    if (IsCommonWord(words[i]) && IsCommonWord(words[i + 1])) continue;
    pair.assign(words[i]).append(1, ' ').append(words[i + 1]);
    keys.push_back(XXH3_64bits(pair.data(), pair.size()));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::string JoinWords(const Words& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

Words SplitWords(std::string_view joined) {
  Words out;
  size_t i = 0;
  while (i < joined.size()) {
    size_t j = joined.find(' ', i);
    if (j == std::string_view::npos) j = joined.size();
    if (j > i) out.emplace_back(joined.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace qt::match
