#include "report/copy_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>

#include "report/display_text.h"
#include "report/json_line.h"

namespace qt::report {
namespace {

// The source first: earliest dated, then longest, then stored first.
bool SourceOrder(const store::CopyMember& a, const store::CopyMember& b) {
  if (a.date == b.date && a.length != b.length) return a.length > b.length;
  return EarlierThan(a.date, a.seq, b.date, b.seq);
}

void Finish(CopyGroup* group, std::vector<CopyGroup>* groups) {
  if (group->members.size() < 2) return;
  std::sort(group->members.begin(), group->members.end(), SourceOrder);
  groups->push_back(std::move(*group));
}

bool Listed(const DocIds& docs, const std::string& id) {
  return docs.empty() || std::find(docs.begin(), docs.end(), id) != docs.end();
}

bool Listed(const DocIds& docs, const CopyGroup& group) {
  return std::any_of(group.members.begin(), group.members.end(),
                     [&](const store::CopyMember& m) { return Listed(docs, m.id); });
}

bool Listed(const DocIds& docs, const store::PassageRecord& p) {
  return Listed(docs, p.a_doc) || Listed(docs, p.b_doc);
}

}  // namespace

Status LoadCopyGroups(store::CopyStore& store, std::vector<CopyGroup>* groups) {
  groups->clear();
  CopyGroup current;
  Status s = store.ForEachGroupMember([&](const store::CopyMember& m) {
    if (m.group != current.group) {
      Finish(&current, groups);
      current = CopyGroup{m.group, {}};
    }
    current.members.push_back(m);
  });
  Finish(&current, groups);
  return s;
}

namespace {

nlohmann::ordered_json CopyGroupJson(const CopyGroup& group) {
  nlohmann::ordered_json articles = nlohmann::ordered_json::array();
  for (const store::CopyMember& m : group.members) {
    articles.push_back({{"doc", m.id}, {"outlet", m.outlet}, {"date", m.date}, {"title", m.title}});
  }
  return {{"type", "copy_group"},
          {"group", group.group},
          {"source", group.members.front().id},
          {"articles", std::move(articles)}};
}

nlohmann::ordered_json PassageJson(const store::PassageRecord& p) {
  return {{"type", "passage"},     {"a", p.a_doc},  {"a_start", p.span.a_start},
          {"a_end", p.span.a_end}, {"b", p.b_doc},  {"b_start", p.span.b_start},
          {"b_end", p.span.b_end}, {"text", p.text}};
}

}  // namespace

namespace {

// The copy groups of `docs` and the store, to read its passages.
Status Load(store::Database& db, const DocIds& docs, std::unique_ptr<store::CopyStore>* store,
            std::vector<CopyGroup>* groups) {
  if (Status s = store::CopyStore::Open(&db, store); !s.ok()) return s;
  if (Status s = LoadCopyGroups(**store, groups); !s.ok()) return s;
  std::erase_if(*groups, [&](const CopyGroup& g) { return !Listed(docs, g); });
  return Status::Ok();
}

}  // namespace

Status ForEachCopyJson(store::Database& db, const DocIds& docs,
                       const std::function<void(const nlohmann::ordered_json&)>& fn) {
  std::unique_ptr<store::CopyStore> store;
  std::vector<CopyGroup> groups;
  if (Status s = Load(db, docs, &store, &groups); !s.ok()) return s;
  for (const CopyGroup& g : groups) fn(CopyGroupJson(g));
  return store->ForEachPassage([&](const store::PassageRecord& p) {
    if (Listed(docs, p)) fn(PassageJson(p));
  });
}

Status PrintCopies(store::Database& db, const DocIds& docs, std::ostream& out) {
  std::unique_ptr<store::CopyStore> store;
  std::vector<CopyGroup> groups;
  if (Status s = Load(db, docs, &store, &groups); !s.ok()) return s;
  out << Counted(groups.size(), "copy group") << '\n';
  for (const CopyGroup& g : groups) {
    const store::CopyMember& source = g.members.front();
    out << fmt::format("\n  {} ({})\n",
                       Shorten(OneLine(source.title.empty() ? source.id : source.title), 80),
                       Counted(g.members.size(), "article"));
    for (size_t i = 0; i < g.members.size(); ++i) {
      const store::CopyMember& m = g.members[i];
      out << fmt::format("    {:<8} {:<10} {:<26} {}\n", i == 0 ? "source" : "copy",
                         DayOrUndated(m.date),
                         m.outlet.empty() ? "(unknown outlet)" : Shorten(m.outlet, 26), m.id);
    }
  }
  out << "\nshared passages\n";
  return store->ForEachPassage([&](const store::PassageRecord& p) {
    if (!Listed(docs, p)) return;
    out << fmt::format("\n  {} [{}, {}) = {} [{}, {})\n    “{}”\n", p.a_doc, p.span.a_start,
                       p.span.a_end, p.b_doc, p.span.b_start, p.span.b_end,
                       Shorten(OneLine(p.text), 160));
  });
}

}  // namespace qt::report
