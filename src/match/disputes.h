// Disputes: which quote clusters a denial contests.
//
// A dispute cluster is one with a quotation that contests a claim
// (quotes/quote.h `dispute`: "disputed", "denied", "insisted" …). Within its
// stories it contests the claims attributed to the people it names ("Mr.
// Mendes has taken no position" names Ravi Mendes) as someone else reports
// them: quotations of those people nested in another speaker's account
// (Senator Vance recalling Mendes's call), and the accounts
// themselves. What they said in their own interviews is not contested.
// A denial names people by a full name, a first name or a surname, or by a
// role they were printed with ("The mayor made no promise …").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace qt::match {

struct QuoteFacts {
  std::string id, nested_in;  // quotation ids
  int64_t cluster = 0;
  int64_t story = 0;
  std::string speaker, dispute, text;
  std::string role;  // the speaker's role as printed ("Mayor")
};

struct Dispute {
  int64_t cluster = 0;               // the denial
  std::vector<std::string> cues;     // its dispute cues, as printed
  std::vector<int64_t> contested;    // clusters it contests, in order of first appearance
};

std::vector<Dispute> FindDisputes(const std::vector<QuoteFacts>& quotes);

}  // namespace qt::match
