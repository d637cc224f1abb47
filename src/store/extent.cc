#include "store/extent.h"

namespace qt::store {

Status ReadExtent(const Database& db, Extent* extent) {
  Statement q;
  // max() of an INTEGER PRIMARY KEY is one lookup, whatever the table's size.
  if (Status s = q.Prepare(db, "SELECT (SELECT ifnull(max(seq), 0) FROM articles), "
                               "(SELECT ifnull(max(seq), 0) FROM article_signatures), "
                               "(SELECT ifnull(max(qid), 0) FROM quotes)");
      !s.ok()) {
    return s;
  }
  if (!q.Step()) return q.status().ok() ? Status::Error("extent: no row") : q.status();
  *extent = {q.Int(0), q.Int(1), q.Int(2)};
  return Status::Ok();
}

}  // namespace qt::store
