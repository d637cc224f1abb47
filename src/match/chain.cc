#include "match/chain.h"

namespace qt::match {
namespace {

const quotes::Quote* Outer(const quotes::Quote& q, const std::vector<quotes::Quote>& article) {
  if (q.nested_in.empty()) return nullptr;
  for (const quotes::Quote& other : article) {
    if (other.id == q.nested_in) return &other;
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> ChainOf(const quotes::Quote& quote, const std::vector<quotes::Quote>& article,
                                 const std::string& outlet) {
  std::vector<std::string> chain;
  chain.push_back(quote.speaker.empty() ? "unknown speaker" : quote.speaker);
  const quotes::Quote* q = &quote;
  std::string via;
  for (const quotes::Quote* outer = Outer(*q, article); ; q = outer, outer = Outer(*q, article)) {
    // Who it was said to, unless that is the next link of the chain anyway.
    if (!q->to.empty() && (outer == nullptr || q->to != outer->speaker)) chain.push_back("to " + q->to);
    if (outer == nullptr) break;
    // "“I said, ‘…’”": a speaker telling their own words is no new link.
    if (outer->speaker.empty() || outer->speaker != q->speaker) {
      chain.push_back(outer->speaker.empty() ? "unknown speaker" : outer->speaker);
    }
  }
  via = q->via;
  if (via == quotes::kUnnamedReports) {
    chain.push_back("reportedly");
  } else if (!via.empty() && via != q->speaker) {
    chain.push_back("reported by " + via);
  }
  if (!outlet.empty()) chain.push_back("printed by " + outlet);
  return chain;
}

}  // namespace qt::match
