// CueLexicon: the words that attribute a quotation (said, told, according
// to …), read from data/cues.tsv, which is compiled into the binary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/tokens.h"
#include "text/word_table.h"

namespace qt::quotes {

// The kinds of data/cues.tsv. kDispute and kAssert are utterance verbs too;
// an assertion ("insisted", "maintained") contests a claim only when what it
// introduces is negated, or when it answers a denial (quotes/attribution.h
// DisputeCues).
enum class CueKind { kSpeech, kNaming, kSource, kDispute, kAssert };

struct Cue {
  std::string lemma;
  CueKind kind = CueKind::kSpeech;
};

class CueLexicon {
 public:
  // The lexicon of data/cues.tsv.
  static const CueLexicon& Default();
  // Parses the tab-separated format documented at the top of data/cues.tsv.
  static Status Parse(std::string_view tsv, CueLexicon* lexicon);

  // The cue whose form starts at tokens[i], or nullptr; *length receives the
  // number of tokens the form spans.
  const Cue* Match(const std::vector<text::Token>& tokens, size_t i, size_t* length) const;

  size_t size() const { return cues_.size(); }

 private:
  struct Form {
    std::vector<std::string> words;
    size_t cue;
  };
  std::vector<Cue> cues_;
  text::WordTable<std::vector<Form>> by_first_word_;
};

}  // namespace qt::quotes
