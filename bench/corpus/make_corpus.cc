// make_corpus: writes a benchmark corpus of N articles with the truth of
// which is a copy of which and which passages are shared.
//
//   make_corpus --articles N --out DIR [--seed S] [--prefix P] [SOURCE.jsonl ...]
//
// Article ids are P0, P1, … (default prefix "g"); a second batch for the same
// database needs another prefix.
//
// Writes DIR/articles.jsonl ({"id","title","text","outlet","date"}) and
// DIR/truth.jsonl: one {"doc","copy_group","story"} line per article, then
// one {"passage": {"a","a_start","a_end","b","b_start","b_end"}} line per
// shared passage (UTF-8 byte offsets into each text). scripts/score-copies
// scores `quotetrace copies` against it.
//
// The articles are made from real ones (default: PolNeAR train and the story
// datasets under ../shared) so that their sentences, paragraphs and
// quotations have the shape of news, but every content word is replaced, so
// that N can be far larger than the sources without unrelated articles
// sharing text:
//   * each original article takes about 80% of the paragraphs of a random
//     source article and replaces each content word by a word of the
//     sources' vocabulary chosen by a hash of the word and the article's
//     seed (function words and speech verbs stay; digits are replaced too);
//   * a story (1-6 originals) shares quotations: the quotations of 4-20
//     words of one source article, replaced with the story's seed, each
//     printed as a short paragraph with its speaker ("“…,” Name said."),
//     about half of them in each article, some varied (a word censored);
//   * 30% of originals get 1-4 copies under other mastheads, a day or two
//     later, each with some of: a new headline, a trimmed lead or tail,
//     two paragraphs swapped, an inserted paragraph with a quotation, the
//     outlet's boilerplate footer, character noise (30% of copies; up to 6%
//     of characters, which leaves about 30% of word 3-grams intact);
//   * 10% of originals lift one or two paragraphs from an earlier article
//     of another story, verbatim or nearly (shared passages).
// Footers are shorter than a passage (under 20 words) on purpose: boilerplate
// is not a passage anyone owes a credit for.
#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

struct Source {
  std::vector<std::string> paragraphs;
};

// Words a corpus keeps as they are: the commonest function words and
// "said" keep the shape of sentences and attributions. Any other word kept
// would give two articles made from one source a common skeleton of word
// runs that no two real articles share.
const std::unordered_set<std::string> kKeep = {
    "a",    "an",   "and",  "are",  "as",    "at",   "be",    "by",  "for",   "from",
    "had",  "has",  "have", "he",   "her",   "his",  "i",     "in",  "is",    "it",
    "its",  "not",  "of",   "on",   "or",    "said", "she",   "that", "the",  "their",
    "they", "this", "to",   "was",  "we",    "were", "which", "who", "will",  "with",
    "would", "you"};

uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t HashString(std::string_view s, uint64_t seed) {
  uint64_t h = Mix(seed);
  for (unsigned char c : s) h = Mix(h ^ c);
  return h;
}

bool IsWordByte(unsigned char c) { return std::isalpha(c) || c == '\''; }

class Generator {
 public:
  Generator(std::vector<Source> sources, std::vector<std::string> headlines,
            std::vector<std::string> vocabulary, uint64_t seed)
      : sources_(std::move(sources)), headlines_(std::move(headlines)),
        vocabulary_(std::move(vocabulary)), rng_(seed) {
    const char* a[] = {"Northern", "Coastal", "Metro", "Valley", "Capital", "Harbor", "Prairie",
                       "Lakeside", "Summit", "Riverside", "Eastern", "Western"};
    const char* b[] = {"Ledger", "Courier", "Post", "Dispatch", "Herald", "Tribune", "Sentinel",
                       "Gazette", "Observer", "Chronicle"};
    for (const char* x : a) {
      for (const char* y : b) outlets_.push_back(std::string("The ") + x + " " + y);
    }
    for (size_t i = 0; i < outlets_.size(); ++i) {
      footers_.push_back(i % 2 ? "" : "Copyright " + outlets_[i] +
                                          ". All rights reserved. Reporting by staff; "
                                          "distributed to subscribers only.");
    }
  }

  void Run(size_t articles, const std::string& prefix, std::ostream& corpus, std::ostream& truth);

 private:
  struct Paragraph {
    std::string text;
    uint64_t provenance;  // the generated paragraph it is a version of
  };
  struct Generated {
    std::string id, title, outlet, date;
    std::vector<Paragraph> paragraphs;
    size_t group, story;
  };

  double Uniform() { return std::uniform_real_distribution<double>(0, 1)(rng_); }
  size_t Below(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }

  std::string Relex(std::string_view text, uint64_t seed) const;
  std::vector<std::string> StoryQuotes(size_t source, uint64_t story_seed);
  std::string Replacement(const std::string& word, uint64_t seed) const;
  std::string Noise(const std::string& text, double rate);
  std::string Date(size_t story, int offset) const;
  void Emit(const Generated& g, std::ostream& corpus);
  Generated Original(size_t story, size_t member, uint64_t story_seed,
                     const std::vector<std::string>& quotes);
  Generated Copy(const Generated& original, size_t n);

  std::vector<Source> sources_;
  std::vector<std::string> headlines_, vocabulary_, outlets_, footers_;
  std::mt19937_64 rng_;
  uint64_t next_provenance_ = 1;
  // Paragraphs of earlier articles that may be lifted: (story, paragraph).
  std::vector<std::pair<size_t, Paragraph>> liftable_;
  // Where each provenance was printed: (doc index, group, start, end).
  struct Printed {
    size_t doc, group;
    size_t start, end;
  };
  std::map<uint64_t, std::vector<Printed>> printed_;
  std::vector<std::string> ids_;
};

std::string Generator::Replacement(const std::string& word, uint64_t seed) const {
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.size() <= 2 || kKeep.count(lower)) return word;
  std::string r = vocabulary_[HashString(lower, seed) % vocabulary_.size()];
  if (std::isupper(static_cast<unsigned char>(word[0]))) r[0] = static_cast<char>(std::toupper(r[0]));
  return r;
}

// Replaces every content word, keeping capitals, and every digit.
std::string Generator::Relex(std::string_view text, uint64_t seed) const {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) {
      out += static_cast<char>('0' + HashString(text.substr(0, i + 1), seed) % 10);
      ++i;
      continue;
    }
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      out += text[i++];
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsWordByte(static_cast<unsigned char>(text[j]))) ++j;
    out += Replacement(std::string(text.substr(i, j - i)), seed);
    i = j;
  }
  return out;
}

std::string Generator::Noise(const std::string& text, double rate) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)) && Uniform() < rate) {
      const double op = Uniform();
      if (op < 0.6) {
        out += static_cast<char>('a' + Below(26));  // substitution
      } else if (op < 0.8) {
        continue;  // deletion
      } else {
        out += c;
        out += static_cast<char>('a' + Below(26));  // insertion
      }
      continue;
    }
    out += c;
  }
  return out;
}

std::string Generator::Date(size_t story, int offset) const {
  const int day = static_cast<int>(story % 3000) + offset;  // days since 2015-01-01
  const int year = 2015 + day / 336, month = 1 + (day % 336) / 28, dom = 1 + day % 28;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, dom);
  return buf;
}

// The story's quotations: those of at most 20 words in its source article,
// each printed as its own short paragraph ("“…,” said Name."), with the
// story's seed so that every article of the story prints the same words.
std::vector<std::string> Generator::StoryQuotes(size_t source, uint64_t story_seed) {
  std::vector<std::string> quotes;
  for (const std::string& p : sources_[source].paragraphs) {
    for (size_t open = p.find("\xE2\x80\x9C"); open != std::string::npos;
         open = p.find("\xE2\x80\x9C", open + 3)) {
      const size_t close = p.find("\xE2\x80\x9D", open + 3);
      if (close == std::string::npos) break;
      const std::string_view q = std::string_view(p).substr(open + 3, close - open - 3);
      const auto words = static_cast<size_t>(std::count(q.begin(), q.end(), ' ')) + 1;
      if (words < 4 || words > 20) continue;
      std::string quote = Relex(q, story_seed);
      while (!quote.empty() && (quote.back() == ',' || quote.back() == '.')) quote.pop_back();
      const std::string name = Replacement("Speaker" + std::to_string(quotes.size() % 3), story_seed);
      quotes.push_back("\xE2\x80\x9C" + quote + ",\xE2\x80\x9D " + name + " said.");
    }
  }
  return quotes;
}

Generator::Generated Generator::Original(size_t story, size_t member, uint64_t story_seed,
                                         const std::vector<std::string>& quotes) {
  Generated g;
  g.story = story;
  const uint64_t article_seed = Mix(story_seed ^ (member + 1) * 0x51ed27ULL);
  const size_t outlet = Below(outlets_.size());
  g.title = Relex(headlines_[Below(headlines_.size())], article_seed);
  g.outlet = outlets_[outlet];
  g.date = Date(story, static_cast<int>(Below(3)));
  for (const std::string& p : sources_[Below(sources_.size())].paragraphs) {
    if (!g.paragraphs.empty() && Uniform() < 0.2) continue;
    g.paragraphs.push_back({Relex(p, article_seed), next_provenance_++});
  }
  // Some of the story's quotations, some of them varied: a word censored or
  // the last words trimmed.
  for (const std::string& q : quotes) {
    if (Uniform() < 0.5) continue;
    std::string text = q;
    const size_t space = text.find(' ', 8);
    if (member > 0 && space != std::string::npos && Uniform() < 0.3 &&
        std::isalpha(static_cast<unsigned char>(text[space + 1])) &&
        std::isalpha(static_cast<unsigned char>(text[space + 2])) &&
        std::isalpha(static_cast<unsigned char>(text[space + 3]))) {
      text[space + 2] = '*';
      text[space + 3] = '*';
    }
    g.paragraphs.insert(g.paragraphs.begin() + static_cast<long>(Below(g.paragraphs.size() + 1)),
                        {text, next_provenance_++});
  }
  if (!liftable_.empty() && Uniform() < 0.1) {
    const size_t lifts = 1 + Below(2);
    for (size_t k = 0; k < lifts; ++k) {
      const auto& [from_story, para] = liftable_[Below(liftable_.size())];
      if (from_story == story) continue;
      Paragraph lifted = para;
      if (Uniform() < 0.5) lifted.text = Noise(lifted.text, 0.005);
      g.paragraphs.insert(g.paragraphs.begin() + static_cast<long>(Below(g.paragraphs.size() + 1)),
                          lifted);
    }
  }
  for (const Paragraph& p : g.paragraphs) {
    if (std::count(p.text.begin(), p.text.end(), ' ') >= 40 && Uniform() < 0.05) {
      liftable_.emplace_back(story, p);
    }
  }
  if (liftable_.size() > 100000) liftable_.erase(liftable_.begin(), liftable_.begin() + 50000);
  if (!footers_[outlet].empty() && Uniform() < 0.5) g.paragraphs.push_back({footers_[outlet], 0});
  return g;
}

Generator::Generated Generator::Copy(const Generated& original, size_t n) {
  Generated c = original;
  c.outlet = outlets_[Below(outlets_.size())];
  c.date = Date(original.story, static_cast<int>(Below(3)) + static_cast<int>(n));
  if (!c.paragraphs.empty() && c.paragraphs.back().provenance == 0) c.paragraphs.pop_back();
  if (Uniform() < 0.5) c.title = headlines_[Below(headlines_.size())];
  if (c.paragraphs.size() > 4 && Uniform() < 0.2) c.paragraphs.erase(c.paragraphs.begin());
  if (c.paragraphs.size() > 4 && Uniform() < 0.3) {
    c.paragraphs.resize(c.paragraphs.size() - 1 - Below(std::min<size_t>(2, c.paragraphs.size() / 5 + 1)));
  }
  if (c.paragraphs.size() > 2 && Uniform() < 0.2) {
    const size_t i = Below(c.paragraphs.size() - 1);
    std::swap(c.paragraphs[i], c.paragraphs[i + 1]);
  }
  if (Uniform() < 0.2) {
    const Source& s = sources_[Below(sources_.size())];
    const std::string& p = s.paragraphs[Below(s.paragraphs.size())];
    c.paragraphs.insert(c.paragraphs.begin() + static_cast<long>(Below(c.paragraphs.size() + 1)),
                        {Relex(p, rng_()), next_provenance_++});
  }
  if (Uniform() < 0.3) {
    const double rate = 0.005 + Uniform() * 0.055;
    for (Paragraph& p : c.paragraphs) p.text = Noise(p.text, rate);
  }
  const size_t o = static_cast<size_t>(std::find(outlets_.begin(), outlets_.end(), c.outlet) -
                                       outlets_.begin());
  if (!footers_[o].empty() && Uniform() < 0.7) c.paragraphs.push_back({footers_[o], 0});
  return c;
}

void Generator::Emit(const Generated& g, std::ostream& corpus) {
  const size_t doc = ids_.size();
  ids_.push_back(g.id);
  std::string text;
  for (const Paragraph& p : g.paragraphs) {
    if (!text.empty()) text += "\n\n";
    if (p.provenance != 0) printed_[p.provenance].push_back({doc, g.group, text.size(), text.size() + p.text.size()});
    text += p.text;
  }
  nlohmann::ordered_json j = {{"id", g.id}, {"title", g.title}, {"text", text},
                              {"outlet", g.outlet}, {"date", g.date}};
  corpus << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

void Generator::Run(size_t articles, const std::string& prefix, std::ostream& corpus,
                    std::ostream& truth) {
  size_t story = 0;
  std::vector<std::pair<size_t, size_t>> group_story;  // per doc
  while (ids_.size() < articles) {
    const uint64_t story_seed = rng_();
    const std::vector<std::string> quotes = StoryQuotes(Below(sources_.size()), story_seed);
    const size_t members = 1 + Below(6);
    for (size_t m = 0; m < members && ids_.size() < articles; ++m) {
      Generated g = Original(story, m, story_seed, quotes);
      g.id = prefix + std::to_string(ids_.size());
      g.group = ids_.size();
      Emit(g, corpus);
      group_story.emplace_back(g.group, story);
      if (Uniform() < 0.3) {
        const size_t copies = 1 + Below(4);
        for (size_t k = 0; k < copies && ids_.size() < articles; ++k) {
          Generated c = Copy(g, k);
          c.id = prefix + std::to_string(ids_.size());
          Emit(c, corpus);
          group_story.emplace_back(g.group, story);
        }
      }
    }
    ++story;
  }
  for (size_t d = 0; d < ids_.size(); ++d) {
    truth << nlohmann::json({{"doc", ids_[d]},
                             {"copy_group", ids_[group_story[d].first]},
                             {"story", group_story[d].second}})
                 .dump()
          << '\n';
  }
  // A passage: two prints of one paragraph in articles of different groups.
  for (const auto& [provenance, prints] : printed_) {
    for (size_t i = 0; i < prints.size(); ++i) {
      for (size_t j = i + 1; j < prints.size(); ++j) {
        if (prints[i].group == prints[j].group) continue;
        truth << nlohmann::json({{"passage",
                                  {{"a", ids_[prints[i].doc]}, {"a_start", prints[i].start},
                                   {"a_end", prints[i].end}, {"b", ids_[prints[j].doc]},
                                   {"b_start", prints[j].start}, {"b_end", prints[j].end}}}})
                     .dump()
              << '\n';
      }
    }
  }
}

// Splits on blank lines, or on single line breaks when there are none.
std::vector<std::string> Paragraphs(std::string_view text) {
  std::vector<std::string> out;
  const std::string_view sep = text.find("\n\n") != std::string_view::npos ? "\n\n" : "\n";
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(sep, i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view p = text.substr(i, j - i);
    while (!p.empty() && (p.front() == '\n' || p.front() == ' ')) p.remove_prefix(1);
    if (p.size() > 20) out.emplace_back(p);
    i = j + sep.size();
  }
  return out;
}

bool Load(const std::string& path, std::vector<Source>* sources, std::vector<std::string>* headlines,
          std::set<std::string>* vocabulary) {
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream;
  if (parser.load_many(path).get(stream)) {
    std::cerr << "make_corpus: cannot read " << path << '\n';
    return false;
  }
  for (auto doc : stream) {
    std::string_view text, title;
    if (doc["text"].get(text)) continue;
    if (!doc["title"].get(title) && !title.empty()) headlines->emplace_back(title);
    if (text.size() < 600) continue;
    Source s{Paragraphs(text)};
    if (s.paragraphs.size() < 3) continue;
    for (size_t i = 0; i < text.size();) {
      size_t j = i;
      while (j < text.size() && std::islower(static_cast<unsigned char>(text[j]))) ++j;
      if (j - i >= 4 && (i == 0 || text[i - 1] == ' ')) vocabulary->emplace(text.substr(i, j - i));
      i = j + 1;
    }
    sources->push_back(std::move(s));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  size_t articles = 10000;
  uint64_t seed = 1;
  std::string out, prefix = "g";
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--articles" && i + 1 < argc) {
      articles = std::stoull(argv[++i]);
    } else if (a == "--seed" && i + 1 < argc) {
      seed = std::stoull(argv[++i]);
    } else if (a == "--prefix" && i + 1 < argc) {
      prefix = argv[++i];
    } else if (a == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else if (!a.empty() && a[0] != '-') {
      inputs.push_back(a);
    } else {
      std::cerr << "usage: make_corpus --articles N --out DIR [--seed S] [--prefix P] [SOURCE.jsonl ...]\n";
      return 2;
    }
  }
  if (out.empty()) {
    std::cerr << "usage: make_corpus --articles N --out DIR [--seed S] [--prefix P] [SOURCE.jsonl ...]\n";
    return 2;
  }
  if (inputs.empty()) {
    const std::string shared = QT_SHARED_DIR;
    inputs = {shared + "/data/polnear/train/articles.jsonl",
              shared + "/data/stories/ecbplus/articles.jsonl",
              shared + "/data/stories/uci-headlines/articles.jsonl"};
  }
  std::vector<Source> sources;
  std::vector<std::string> headlines;
  std::set<std::string> vocabulary;
  for (const std::string& in : inputs) {
    if (!Load(in, &sources, &headlines, &vocabulary)) return 1;
  }
  if (sources.empty() || headlines.empty()) {
    std::cerr << "make_corpus: no usable source articles\n";
    return 1;
  }
  std::filesystem::create_directories(out);
  std::ofstream corpus(out + "/articles.jsonl"), truth(out + "/truth.jsonl");
  Generator g(std::move(sources), std::move(headlines),
              std::vector<std::string>(vocabulary.begin(), vocabulary.end()), seed);
  g.Run(articles, prefix, corpus, truth);
  return corpus && truth ? 0 : 1;
}
