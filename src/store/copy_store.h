// CopyStore: what copy detection keeps per article row (its MinHash
// signature and passage anchors), the copy groups, the verified copy pairs
// and the shared passages. Writes happen inside the caller's transaction.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "match/minhash.h"
#include "store/database.h"

namespace qt::store {

// A candidate row: what copy detection needs of it besides its signature.
struct CopyCandidate {
  int64_t seq = 0;
  std::string id;     // article id: revisions of one article are not copies
  int64_t group = 0;  // its copy group (its own seq when it has none)
};

struct StoredPassage {
  int64_t a_seq, a_start, a_end;
  int64_t b_seq, b_start, b_end;
};

// A passage with the ids of its two articles, for reports.
struct PassageRecord {
  StoredPassage span;
  std::string a_doc, b_doc;
  std::string text;  // the passage as article a prints it
};

// A copy group member, for reports.
struct CopyMember {
  int64_t group = 0;
  int64_t seq = 0;
  std::string id, outlet, date, title;
  int64_t length = 0;  // bytes of text
};

class CopyStore {
 public:
  static Status Open(Database* db, std::unique_ptr<CopyStore>* store);

  // Whether the row has been through copy detection.
  Status HasSignature(int64_t seq, bool* has);
  // `anchor_tags`: the passage anchors as match::PostingTable holds them
  // (TagOf each), 4 bytes an anchor where the anchors took 8.
  Status PutSignature(int64_t seq, size_t shingles, const match::Signature& signature,
                      const std::vector<uint32_t>& anchor_tags);
  // Every row's signature and anchor tags, in seq order: to rebuild an
  // index. Rows stored before the tags (schema 8) have their anchors
  // tagged as they are read.
  Status ForEachSignature(
      const std::function<void(int64_t seq, const match::Signature&,
                               const std::vector<uint32_t>& anchor_tags)>& fn);

  // The row's signature; false in *found for a row without one (not
  // through copy detection). One narrow row.
  Status Signature(int64_t seq, match::Signature* signature, bool* found);
  // The row's id and group; false in *found for a row without a signature
  // (or with a damaged one, as Signature says).
  // Reads the article's row, whose group lies past its text.
  Status Candidate(int64_t seq, CopyCandidate* candidate, bool* found);
  Status Text(int64_t seq, std::string* text);
  // The row's copy group: its own seq when it is in none.
  Status GroupOf(int64_t seq, int64_t* group);

  // Puts `seq` and the groups in `groups` into one group, named by the
  // smallest seq among them; *merged receives it.
  Status Join(int64_t seq, const std::vector<int64_t>& groups, int64_t* merged);
  Status AddLink(int64_t a, int64_t b, double coverage);
  Status AddPassage(const StoredPassage& passage);

  // Every current row in a copy group, by group then seq.
  Status ForEachGroupMember(const std::function<void(const CopyMember&)>& fn);
  // Every passage between current rows that are not in one copy group, by
  // a_seq then b_seq. Two rows stored apart may share a passage and join
  // one group when a copy of both comes later: whether that passage was
  // looked for depends on the order they came in, so it is not read.
  Status ForEachPassage(const std::function<void(const PassageRecord&)>& fn);

 private:
  explicit CopyStore(Database* db) : db_(db) {}
  Database* db_;
  Statement has_signature_, put_signature_;
  Statement candidate_, signature_, text_, group_of_, set_group_, merge_group_, add_link_, add_passage_;
};

}  // namespace qt::store
