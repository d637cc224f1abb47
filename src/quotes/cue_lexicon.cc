#include "quotes/cue_lexicon.h"

#include <sstream>

namespace qt::quotes {

// Generated from data/cues.tsv by CMake.
extern const char kCueLexiconTsv[];

namespace {

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) out.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

const CueLexicon& CueLexicon::Default() {
  static const CueLexicon* lexicon = [] {
    auto* l = new CueLexicon;
    // The data file is part of the build; a parse failure is a build defect
    // that the cue lexicon test catches.
    (void)Parse(kCueLexiconTsv, l);
    return l;
  }();
  return *lexicon;
}

Status CueLexicon::Parse(std::string_view tsv, CueLexicon* lexicon) {
  *lexicon = CueLexicon();
  size_t line_number = 0;
  for (const std::string& line : Split(tsv, '\n')) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> columns = Split(line, '\t');
    if (columns.size() < 3) {
      return Status::Error("cues.tsv:" + std::to_string(line_number) + ": expected lemma, kind, forms");
    }
    Cue cue{columns[0], CueKind::kSpeech};
    if (columns[1] == "naming") cue.kind = CueKind::kNaming;
    else if (columns[1] == "source") cue.kind = CueKind::kSource;
    else if (columns[1] == "dispute") cue.kind = CueKind::kDispute;
    else if (columns[1] == "assert")
      cue.kind = CueKind::kAssert;
    else if (columns[1] != "speech") {
      return Status::Error("cues.tsv:" + std::to_string(line_number) + ": unknown kind " + columns[1]);
    }
    const size_t index = lexicon->cues_.size();
    lexicon->cues_.push_back(cue);
    // Forms are separated by spaces; a multi-word form repeats the words of
    // the lemma ("point out points out pointed out").
    const std::vector<std::string> lemma_words = Split(columns[0], ' ');
    const std::vector<std::string> words = Split(columns[2], ' ');
    for (size_t w = 0; w + lemma_words.size() <= words.size(); w += lemma_words.size()) {
      Form form{std::vector<std::string>(words.begin() + w, words.begin() + w + lemma_words.size()),
                index};
      lexicon->by_first_word_[form.words[0]].push_back(std::move(form));
    }
  }
  return Status::Ok();
}

const Cue* CueLexicon::Match(const std::vector<text::Token>& tokens, size_t i,
                             size_t* length) const {
  if (i >= tokens.size() || tokens[i].kind != text::Token::kWord) return nullptr;
  const std::vector<Form>* forms = by_first_word_.Find(tokens[i].lower(), tokens[i].lower_hash());
  if (forms == nullptr) return nullptr;
  const Form* best = nullptr;
  for (const Form& form : *forms) {
    bool all = i + form.words.size() <= tokens.size();
    for (size_t k = 1; all && k < form.words.size(); ++k) all = tokens[i + k].lower() == form.words[k];
    if (all && (best == nullptr || form.words.size() > best->words.size())) best = &form;
  }
  if (best == nullptr) return nullptr;
  *length = best->words.size();
  return &cues_[best->cue];
}

}  // namespace qt::quotes
