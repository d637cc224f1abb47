// Copies and shared passages as the `copies` command prints them.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/copy_store.h"
#include "store/database.h"

namespace qt::report {

// A copy group of at least two current articles. Its source is the earliest
// dated member (an undated one is never the source over a dated one); among
// equally early members, the most complete (longest) text, then the one
// stored first.
struct CopyGroup {
  int64_t group = 0;
  std::vector<store::CopyMember> members;  // the source first, then in time order
};

Status LoadCopyGroups(store::CopyStore& store, std::vector<CopyGroup>* groups);

// The copy groups and passages of the articles whose ids `docs` lists, or
// of every article when it lists none.
using DocIds = std::vector<std::string>;

// Each copy group as JSON, then each passage, as `copies` prints them:
//   {"type":"copy_group","group","source","articles":[{"doc","outlet","date","title"}]}
//   {"type":"passage","a","a_start","a_end","b","b_start","b_end","text"}: a is
//   the article stored first; offsets are UTF-8 bytes into each text.
Status ForEachCopyJson(store::Database& db, const DocIds& docs,
                       const std::function<void(const nlohmann::ordered_json&)>& fn);

// For people: each group with its source marked, then each passage.
Status PrintCopies(store::Database& db, const DocIds& docs, std::ostream& out);

}  // namespace qt::report
