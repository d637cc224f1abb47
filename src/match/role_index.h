// RoleIndex: who a role description names across the corpus.
//
// "The Quillon chief stayed silent. Later, at a conference, he said …"
// names nobody in its own article, but other articles print "Quillon chief
// Ravi Mendes". A speaker that is only a description is resolved to the name
// the corpus gives that role, when the corpus gives it one name clearly (at
// least two thirds of the quotations printed under that role, a person's
// spellings counted together: match/name_variants.h). Only names count, and
// only for roles that name their body ("Quillon chief", "Meta CEO"): "the
// group" had become "trade group" and every "source" of a corpus "separate
// intelligence source", and an "official" or a "judge" is someone else in
// each article; a party names no body ("Republican presidential
// candidate": many hold it at once). Built from
// the stored quotations at read time, so the answer does not depend on the
// order articles arrived in.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

namespace qt::match {

class RoleIndex {
 public:
  // `count` quotations print `speaker` with the role `role` ("Quillon chief").
  void Add(const std::string& role, const std::string& speaker, int64_t count);

  // The name the corpus gives the description `speaker`, or "" when none.
  std::string NameFor(const std::string& speaker) const;
  // Each description that NameFor names, lower-cased and without a leading
  // article ("quillon chief"), with its name: what a search for the name
  // looks for among printed speakers besides the name.
  void ForEachNamed(
      const std::function<void(const std::string& description, const std::string& name)>& fn) const;

 private:
  struct Names {
    std::unordered_map<std::string, int64_t> counts;
    int64_t total = 0;
  };
  // The person printed with at least two thirds of the role's quotations, or "".
  static std::string ClearNameOf(const Names& names);
  std::unordered_map<std::string, Names> by_role_;  // lower-cased role
};

}  // namespace qt::match
