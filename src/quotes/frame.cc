#include "quotes/frame.h"

#include <algorithm>

namespace qt::quotes {

size_t Frame::IndexOfQuote(int q) const {
  const auto it = std::lower_bound(placeholders.begin(), placeholders.end(), std::make_pair(q, 0u));
  return it != placeholders.end() && it->first == q ? it->second : tokens.size();
}

Frame BuildFrame(std::string_view text, text::Span region, const std::vector<QuoteSpan>& spans,
                 const std::vector<int>& children, const CueLexicon& lexicon) {
  Frame frame;
  frame.tokens.reserve(region.size() / 4 + 8);  // about one token per 5 bytes of news text
  size_t at = region.begin;
  auto add_text = [&](size_t end) {
    if (end <= at) return;
    text::Tokenize(text, {at, end}, &frame.tokens);
    frame.quote_of.resize(frame.tokens.size(), -1);
  };
  for (int child : children) {
    const QuoteSpan& q = spans[child];
    add_text(std::max(at, q.open));
    text::Token placeholder;
    placeholder.begin = static_cast<uint32_t>(q.open);
    placeholder.end = static_cast<uint32_t>(q.closed ? q.close + QuoteMarkLength(text, q.close) : q.end);
    placeholder.kind = text::Token::kPunct;
    placeholder.punct = U'\uFFFC';
    frame.placeholders.emplace_back(child, static_cast<uint32_t>(frame.tokens.size()));
    frame.tokens.push_back(placeholder);
    frame.quote_of.push_back(child);
    at = std::max<size_t>(at, frame.tokens.back().end);
  }
  add_text(region.end);
  std::sort(frame.placeholders.begin(), frame.placeholders.end());
  frame.classes.resize(frame.tokens.size());
  frame.cues.resize(frame.tokens.size());
  for (size_t i = 0; i < frame.tokens.size(); ++i) {
    if (frame.tokens[i].kind != text::Token::kWord) continue;
    const std::string_view lower = frame.tokens[i].lower();
    frame.classes[i] = WordClassesOf(lower, frame.tokens[i].lower_hash());
    if (text::IsPossessive(frame.tokens[i].Text(text))) frame.classes[i] |= kPossessive;
    if (frame.tokens[i].capitalized && (frame.classes[i] & kSubjectPronoun) && i > 0 &&
        frame.tokens[i - 1].kind == text::Token::kWord &&
        frame.tokens[i - 1].lower().ends_with('.') &&
        frame.tokens[i - 1].end < frame.tokens[i].begin) {
      frame.classes[i - 1] |= kEndsSentence;
    }
    size_t length;
    if (const Cue* cue = lexicon.Match(frame.tokens, i, &length)) {
      frame.cues[i] = {cue, static_cast<uint32_t>(length)};
    }
  }
  return frame;
}

}  // namespace qt::quotes
