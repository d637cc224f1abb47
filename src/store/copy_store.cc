#include "store/copy_store.h"

#include <algorithm>
#include <cstring>

#include "match/posting_table.h"

namespace qt::store {

Status CopyStore::Open(Database* db, std::unique_ptr<CopyStore>* store) {
  std::unique_ptr<CopyStore> s(new CopyStore(db));
  if (Status st = PrepareAll(*db, {
      {&s->has_signature_, "SELECT 1 FROM article_signatures WHERE seq = ?1"},
      {&s->put_signature_,
       "INSERT OR REPLACE INTO article_signatures (seq, shingles, signature, anchors, "
       "anchor_tags) VALUES (?1, ?2, ?3, x'', ?4)"},
      {&s->candidate_,
       "SELECT a.id, coalesce(a.copy_group, a.seq), length(s.signature) FROM articles a "
       "JOIN article_signatures s ON s.seq = a.seq WHERE a.seq = ?1"},
      {&s->signature_, "SELECT signature FROM article_signatures WHERE seq = ?1"},
      {&s->text_, "SELECT text FROM articles WHERE seq = ?1"},
      {&s->group_of_, "SELECT coalesce(copy_group, seq) FROM articles WHERE seq = ?1"},
      {&s->set_group_, "UPDATE articles SET copy_group = ?2 WHERE seq = ?1"},
      {&s->merge_group_, "UPDATE articles SET copy_group = ?2 WHERE copy_group = ?1"},
      {&s->add_link_, "INSERT OR REPLACE INTO copy_links (a, b, coverage) VALUES (?1, ?2, ?3)"},
      {&s->add_passage_,
       "INSERT OR REPLACE INTO passages (a_seq, a_start, a_end, b_seq, b_start, b_end) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
  }); !st.ok()) {
    return st;
  }
  *store = std::move(s);
  return Status::Ok();
}

Status CopyStore::HasSignature(int64_t seq, bool* has) {
  has_signature_.Bind(1, seq);
  *has = has_signature_.Step();
  Status s = has_signature_.status();
  has_signature_.Reset();
  return s;
}

Status CopyStore::PutSignature(int64_t seq, size_t shingles, const match::Signature& signature,
                               const std::vector<uint32_t>& anchor_tags) {
  put_signature_.Bind(1, seq);
  put_signature_.Bind(2, static_cast<int64_t>(shingles));
  put_signature_.BindBlob(3, signature.data(), sizeof signature);
  put_signature_.BindBlob(4, anchor_tags.data(), anchor_tags.size() * sizeof(uint32_t));
  return put_signature_.Run();
}

Status CopyStore::ForEachSignature(
    const std::function<void(int64_t, const match::Signature&, const std::vector<uint32_t>&)>&
        fn) {
  Statement q;
  if (Status s = q.Prepare(*db_, "SELECT seq, signature, anchor_tags, anchors "
                                 "FROM article_signatures ORDER BY seq");
      !s.ok()) {
    return s;
  }
  match::Signature signature;
  std::vector<uint32_t> tags;
  while (q.Step()) {
    const std::string_view sig = q.Blob(1);
    if (sig.size() != sizeof signature) continue;
    std::memcpy(signature.data(), sig.data(), sig.size());
    if (!q.IsNull(2)) {
      const std::string_view stored = q.Blob(2);
      tags.resize(stored.size() / sizeof(uint32_t));
      if (!tags.empty()) std::memcpy(tags.data(), stored.data(), tags.size() * sizeof(uint32_t));
    } else {  // a row stored before schema 8: its 64-bit anchors
      const std::string_view stored = q.Blob(3);
      tags.resize(stored.size() / sizeof(uint64_t));
      for (size_t i = 0; i < tags.size(); ++i) {
        uint64_t anchor;
        std::memcpy(&anchor, stored.data() + i * sizeof anchor, sizeof anchor);
        tags[i] = match::PostingTable::TagOf(anchor);
      }
    }
    fn(q.Int(0), signature, tags);
  }
  return q.status();
}

Status CopyStore::Candidate(int64_t seq, CopyCandidate* candidate, bool* found) {
  candidate_.Bind(1, seq);
  *found = candidate_.Step();
  if (*found) {
    candidate->seq = seq;
    candidate->id = std::string(candidate_.Text(0));
    candidate->group = candidate_.Int(1);
    *found = candidate_.Int(2) == static_cast<int64_t>(sizeof(match::Signature));  // else damaged
  }
  Status s = candidate_.status();
  candidate_.Reset();
  return s;
}

Status CopyStore::Signature(int64_t seq, match::Signature* signature, bool* found) {
  signature_.Bind(1, seq);
  *found = signature_.Step();
  if (*found) {
    const std::string_view blob = signature_.Blob(0);
    *found = blob.size() == sizeof *signature;
    if (*found) std::memcpy(signature->data(), blob.data(), blob.size());
  }
  Status s = signature_.status();
  signature_.Reset();
  return s;
}

Status CopyStore::Text(int64_t seq, std::string* text) {
  text_.Bind(1, seq);
  text->clear();
  if (text_.Step()) *text = std::string(text_.Text(0));
  Status s = text_.status();
  text_.Reset();
  return s;
}

Status CopyStore::GroupOf(int64_t seq, int64_t* group) {
  group_of_.Bind(1, seq);
  *group = group_of_.Step() ? group_of_.Int(0) : seq;
  Status s = group_of_.status();
  group_of_.Reset();
  return s;
}

Status CopyStore::Join(int64_t seq, const std::vector<int64_t>& groups, int64_t* merged) {
  *merged = seq;
  for (int64_t g : groups) *merged = std::min(*merged, g);
  for (int64_t g : groups) {
    if (g == *merged) continue;
    merge_group_.Bind(1, g);
    merge_group_.Bind(2, *merged);
    if (Status s = merge_group_.Run(); !s.ok()) return s;
  }
  // The row that names each group joins too (a row in no group so far has
  // no copy_group for the update above to find).
  for (int64_t row : groups) {
    set_group_.Bind(1, row);
    set_group_.Bind(2, *merged);
    if (Status s = set_group_.Run(); !s.ok()) return s;
  }
  set_group_.Bind(1, seq);
  set_group_.Bind(2, *merged);
  return set_group_.Run();
}

Status CopyStore::AddLink(int64_t a, int64_t b, double coverage) {
  add_link_.Bind(1, std::min(a, b));
  add_link_.Bind(2, std::max(a, b));
  add_link_.BindReal(3, coverage);
  return add_link_.Run();
}

Status CopyStore::AddPassage(const StoredPassage& p) {
  add_passage_.Bind(1, p.a_seq);
  add_passage_.Bind(2, p.a_start);
  add_passage_.Bind(3, p.a_end);
  add_passage_.Bind(4, p.b_seq);
  add_passage_.Bind(5, p.b_start);
  add_passage_.Bind(6, p.b_end);
  return add_passage_.Run();
}

Status CopyStore::ForEachGroupMember(const std::function<void(const CopyMember&)>& fn) {
  Statement q;
  if (Status s = q.Prepare(*db_,
          "SELECT copy_group, seq, id, coalesce(outlet, ''), coalesce(date, ''), "
          "coalesce(title, ''), length(CAST(text AS BLOB)) FROM current_articles "
          "WHERE copy_group IS NOT NULL ORDER BY copy_group, seq");
      !s.ok()) {
    return s;
  }
  CopyMember m;
  while (q.Step()) {
    m.group = q.Int(0);
    m.seq = q.Int(1);
    m.id = std::string(q.Text(2));
    m.outlet = std::string(q.Text(3));
    m.date = std::string(q.Text(4));
    m.title = std::string(q.Text(5));
    m.length = q.Int(6);
    fn(m);
  }
  return q.status();
}

Status CopyStore::ForEachPassage(const std::function<void(const PassageRecord&)>& fn) {
  Statement q;
  if (Status s = q.Prepare(
          *db_,
          "SELECT p.a_seq, p.a_start, p.a_end, p.b_seq, p.b_start, p.b_end, a.id, b.id, "
          "substr(CAST(a.text AS BLOB), p.a_start + 1, p.a_end - p.a_start) FROM passages p "
          "JOIN current_articles a ON a.seq = p.a_seq JOIN current_articles b ON b.seq = p.b_seq "
          "WHERE a.copy_group IS NULL OR b.copy_group IS NULL OR a.copy_group != b.copy_group "
          "ORDER BY p.a_seq, p.b_seq, p.a_start, p.b_start");
      !s.ok()) {
    return s;
  }
  PassageRecord r;
  while (q.Step()) {
    r.span = {q.Int(0), q.Int(1), q.Int(2), q.Int(3), q.Int(4), q.Int(5)};
    r.a_doc = std::string(q.Text(6));
    r.b_doc = std::string(q.Text(7));
    r.text = std::string(q.Blob(8));
    fn(r);
  }
  return q.status();
}

}  // namespace qt::store
