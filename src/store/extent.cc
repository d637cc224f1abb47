#include "store/extent.h"

#include <charconv>
#include <string_view>

namespace qt::store {

Status ReadExtent(const Database& db, Extent* extent) {
  Statement q;
  // max() of an INTEGER PRIMARY KEY is one lookup, whatever the table's size.
  if (Status s = q.Prepare(db, "SELECT (SELECT ifnull(max(seq), 0) FROM articles), "
                               "(SELECT ifnull(max(seq), 0) FROM article_signatures), "
                               "(SELECT ifnull(max(qid), 0) FROM quotes), "
                               "(SELECT hash FROM articles ORDER BY seq DESC LIMIT 1)");
      !s.ok()) {
    return s;
  }
  if (!q.Step()) return q.status().ok() ? Status::Error("extent: no row") : q.status();
  const std::string_view hash = q.Text(3).substr(0, 16);
  uint64_t hash_bits = 0;
  std::from_chars(hash.data(), hash.data() + hash.size(), hash_bits, 16);  // 0 when none
  *extent = {q.Int(0), q.Int(1), q.Int(2), hash_bits};
  return Status::Ok();
}

}  // namespace qt::store
