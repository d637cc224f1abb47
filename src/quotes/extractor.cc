#include "quotes/extractor.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "quotes/attribution.h"
#include "quotes/denials.h"
#include "quotes/discourse.h"
#include "quotes/frame.h"
#include "quotes/quote_finder.h"
#include "text/char_class.h"
#include "text/english_words.h"
#include "text/language.h"
#include "text/paragraphs.h"
#include "text/utf8.h"

namespace qt::quotes {
namespace {

// The document a quotation was made in, as its channel ("in a statement",
// "in an email") or its addressee's noun; "" when there is none. A view
// into `a`.
std::string_view DocumentOf(const Attribution& a) {
  if (a.to.found() && a.to.kind != Mention::kDescription) return "";
  const std::string_view noun = a.to.found() ? a.to.text : a.to_text;
  const size_t space = noun.rfind(' ');
  const std::string_view head = space == std::string_view::npos ? noun : noun.substr(space + 1);
  return (WordClassesOf(head) & kDocument) != 0 ? noun : "";  // "the Post" is a newspaper
}

using text::Span;

// Paragraphs joined by quotations that run across them: attribution reads a
// group as one text, so "…,” he said." after a two-paragraph quote is found.
struct Group {
  Span region;
  std::vector<int> quotes;  // top-level quotations opening in the group
  bool teaser = false;      // "ALSO READ| …": a link, not the article's words
};

bool IsTitleContext(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "book",      "film",          "movie",      "show",       "song",     "album",
      "novel",     "memoir",        "titled",     "entitled",   "headline", "series",
      "program",   "programme",     "podcast",    "anthem",     "play",     "column",
      "essay",     "documentary",   "slogan",     "hashtag",    "episode",  "poem",
      "track",     "single",        "musical",    "opera",      "sitcom",   "special",
      "report",    "article",       "op-ed",      "bill",       "act",      "on",
      "thriller",  "drama",         "comedy",     "spot",       "ad",       "collection",
      "anthology", "painting",      "exhibition", "ballet",     "symphony", "cookbook",
      "biography", "autobiography", "screenplay", "miniseries", "manifesto"};
  return kWords.count(lower) > 0;
}

struct ContentShape {
  size_t words = 0;
  bool starts_upper = false;
  bool ends_terminal = false;  // . ? ! …
  bool ends_period = false;
  bool ends_sentence = false;  // the same, or a comma cut before a tag
  bool title_case = false;     // every word of four letters or more capitalized, but "with" …
  bool one_letter = false;     // a single word of one letter: “R”, “D-”
};

// Prepositions of four letters that a title may leave in lower case:
// "The Lead with Ada Lindqvist", "Letters from Millbrook".
bool IsTitlesSmallWord(std::string_view word) {
  return word.size() == 4 && (word == "with" || word == "from" || word == "into" ||
                              word == "onto" || word == "upon" || word == "over");
}

ContentShape ShapeOf(std::string_view text, size_t start, size_t end) {
  std::vector<text::Token> tokens;
  text::TokenizeShapes(text, {start, end}, &tokens);
  ContentShape s;
  bool first_word = true, all_caps = true;
  size_t letters = 0;  // of the last word
  for (const text::Token& t : tokens) {
    if (t.kind == text::Token::kPunct) {
      s.ends_terminal = t.punct == '.' || t.punct == '?' || t.punct == '!' || t.punct == U'…';
      s.ends_sentence = s.ends_terminal || t.punct == ',';
      s.ends_period = t.punct == '.';
      continue;
    }
    s.ends_terminal = s.ends_sentence = s.ends_period = false;
    ++s.words;
    if (first_word) s.starts_upper = t.capitalized;
    first_word = false;
    if (all_caps && t.kind == text::Token::kWord && t.end - t.begin >= 4 && !t.capitalized &&
        !IsTitlesSmallWord(text.substr(t.begin, t.end - t.begin))) {
      all_caps = false;
    }
    letters = t.kind == text::Token::kWord ? t.end - t.begin : 0;
  }
  s.title_case = s.words > 0 && all_caps && s.starts_upper;
  s.one_letter = s.words == 1 && letters == 1;
  return s;
}

// Every word capitalized but short function words ("of", "in", "the"),
// the first word too: a headline ("Okafor Stands Firm on Bridge"). A
// sentence of names is none: "Ravi Mendes met Lena Okafor in Millbrook".
// Quotations are left out (their placeholders are no words).
bool IsTitleCase(const Frame& frame) {
  bool first = true;
  for (size_t i = 0; i < frame.tokens.size(); ++i) {
    const text::Token& t = frame.tokens[i];
    if (frame.IsQuote(i) || t.kind != text::Token::kWord) continue;
    if (!t.lower().empty() && t.lower()[0] >= '0' && t.lower()[0] <= '9') continue;  // "2nd"
    const bool minor =
        t.end - t.begin < 4 && frame.Is(i, kFunctionWord | kPreposition | kDeterminer);
    if ((first || !minor) && !t.capitalized) return false;
    first = false;
  }
  return !first;
}

class DocumentExtractor {
 public:
  DocumentExtractor(std::string_view doc, std::string_view text, const CueLexicon& cues)
      : doc_(doc), text_(text), cues_(cues) {}

  std::vector<Quote> Run() {
    paragraphs_ = text::SplitParagraphs(text_);
    spans_ = FindQuoteSpans(text_, paragraphs_, cues_);
    attributions_.resize(spans_.size());
    speakers_.resize(spans_.size());
    disputes_.resize(spans_.size());
    addressees_.resize(spans_.size());
    if (spans_.empty()) return {};
    // The grammar attribution reads is English's: in a French or German
    // article it named "Le" and "Sie" as speakers. Quotations are kept,
    // attributed to no one.
    if (text::ReadsAsEnglish(text_)) AttributeAll();
    std::vector<Quote> out;
    out.reserve(spans_.size());
    for (size_t i = 0; i < spans_.size(); ++i) out.push_back(MakeQuote(i));
    return out;
  }

 private:
  void AttributeAll() {
    BuildGroups();
    // Every group's frame is built once: first all of them feed the name
    // inventory (a short name may come before the full one), then each is
    // attributed in turn. Names inside quotations are left out: full names
    // stand in the reporter's words.
    frames_.reserve(groups_.size());
    mentions_.reserve(groups_.size());
    for (const Group& g : groups_) {
      frames_.push_back(FrameOf(g.region, g.quotes));
      mentions_.push_back(MentionsOf(text_, frames_.back()));
      // A headline in title case ("Okafor Stands Firm On Bridge") runs words
      // into false names; its names are not added.
      if (!IsTitleCase(frames_.back()))
        discourse_.AddNames(text_, frames_.back(), mentions_.back());
    }
    // Groups after the last quotation are no antecedents of any speaker.
    size_t end = groups_.size();
    while (end > 0 && groups_[end - 1].quotes.empty()) --end;
    Attribution carry;  // the previous group's attribution, for floating quotes
    for (size_t i = 0; i < end; ++i) {
      const Frame* next = i + 1 < groups_.size() ? &frames_[i + 1] : nullptr;
      carry = AttributeGroup(groups_[i], frames_[i], mentions_[i], next, carry);
      if (!groups_[i].quotes.empty()) MarkDisputes(i, frames_);
    }
    for (size_t i = 0; i < spans_.size(); ++i) AttributeChildren(static_cast<int>(i));
    for (size_t i = 0; i < spans_.size(); ++i) addressees_[i] = AddresseeOf(i);
  }

  void BuildGroups() {
    std::vector<std::vector<int>> top(paragraphs_.size());
    for (size_t i = 0; i < spans_.size(); ++i) {
      if (spans_[i].parent < 0) top[spans_[i].paragraph].push_back(static_cast<int>(i));
    }
    for (size_t p = 0; p < paragraphs_.size();) {
      Group g{paragraphs_[p], top[p], text::IsLinkTeaser(text_.substr(paragraphs_[p].begin, paragraphs_[p].size()))};
      size_t last = p;
      for (size_t q = p; q <= last && q < paragraphs_.size(); ++q) {
        if (q > p) g.quotes.insert(g.quotes.end(), top[q].begin(), top[q].end());
        for (int i : top[q]) last = std::max(last, spans_[i].last_paragraph);
      }
      g.region.end = paragraphs_[last].end;
      groups_.push_back(std::move(g));
      p = last + 1;
    }
  }

  // The subject of the sentence a quotation without a cue stands in, as its
  // speaker, when it is someone: a pronoun, a description, or a name of a
  // person or a body ("Reyes spoke of rebuilding the harbor's “crumbling
  // docks.”"). A single capitalized word needs a title or a fuller name in
  // the article ("President Okafor", "Reyes"): alone it is as often a
  // place, a party or a word opening the sentence ("Millbrook",
  // "Republican", "Once").
  void QuotedSubject(const Frame& frame, size_t k, Attribution* a) {
    const Mention m = SubjectQuotedBy(text_, frame, k);
    const bool one_word = m.text.find(' ') == std::string::npos;
    // "When they reached the harbor, she shouted “…”": he or she only.
    if (m.kind == Mention::kPronoun && m.text != "he" && m.text != "she") return;
    if (m.kind == Mention::kName) {
      const std::string name = discourse_.Resolve(m);
      const bool body =
          (WordClassesOf(text::AsciiLower(name.substr(name.rfind(' ') + 1))) & kOrganisation) != 0;
      if (!Discourse::IsPersonName(name) && !body) return;
      if (one_word && m.role.empty() &&
          (name.find(' ') == std::string::npos || text::IsEnglishWord(text::AsciiLower(m.text)))) {
        return;  // "Millbrook", "Once" (resolved to a title holding it)
      }
    }
    // "Republican presidential candidate Tomas Reyes": a party's member
    // before the name is no one's description.
    if (m.kind == Mention::kDescription && one_word && !m.text.empty() &&
        std::isupper(static_cast<unsigned char>(m.text[0]))) {
      return;
    }
    a->speaker = m;
  }

  // `next` is the frame of the group after g, if any: it may be a byline.
  Attribution AttributeGroup(const Group& g, const Frame& frame,
                             const std::vector<FrameMention>& mentions, const Frame* next,
                             const Attribution& carry) {
    if (!g.teaser) discourse_.AddAntecedents(text_, frame, mentions);
    const Attribution byline = next != nullptr ? Byline(text_, *next) : Attribution{};
    Attribution last;
    for (int q : g.quotes) {
      const size_t k = frame.IndexOfQuote(q);
      Attribution a = Attribute(text_, frame, k);
      bool carries = true;  // to the floating quotations after it
      if (!a.speaker.found()) {
        if (byline.speaker.found() && q == g.quotes.back()) {
          a = Inherit(byline, a);
        } else if (last.speaker.found()) {
          a = Inherit(last, a);
          NameNearestMention(frame, k, &a);
        } else if (k == 0 && carry.speaker.found() && !g.teaser && !IsSubjectOfSentence(spans_[q])) {
          a = Inherit(carry, a);
        } else if (Attribution earlier = EarlierReportedSpeech(text_, frame, k);
                   earlier.speaker.found()) {
          a = Inherit(earlier, a);
        } else if (const std::string kind = Kind(q, a);
                   a.inside_sentence && kind != "scare" && kind != "title") {
          QuotedSubject(frame, k, &a);  // no cue: the sentence quotes its subject,
          carries = false;              // and no floating quotation after it is theirs
        }
      }
      attributions_[q] = a;
      speakers_[q] = ResolveSpeaker(a.speaker, nullptr);
      if (const std::string_view document = DocumentOf(a); !document.empty()) {
        discourse_.AddDocument(document, speakers_[q], spans_[q].start);
      }
      if (a.speaker.found() && carries) {
        discourse_.AddSpeaker(speakers_[q], spans_[q].start, a.speaker.plural);
        if (a.speaker.kind == Mention::kDescription && speakers_[q] != a.speaker.text) {
          discourse_.AddAlias(a.speaker.text, speakers_[q]);
        }
        last = a;
      }
    }
    ShareTagsOfCoordinatedQuotes(g, frame);
    if (g.teaser) return {};
    if (last.speaker.found()) {
      NameNearestMention(frame, frame.tokens.size(), &last);
      return last;
    }
    if (Attribution lead_in = ColonLeadIn(text_, frame); lead_in.speaker.found()) {
      return lead_in;
    }
    if (!g.quotes.empty()) return {};
    return ParagraphTopic(text_, frame);
  }

  // "“…,” Reyes said. She then had a question. “…?”": an inherited speaker
  // is named by the nearest mention of them, the subject of the sentence
  // before tokens[k], when it resolves to the same name.
  void NameNearestMention(const Frame& frame, size_t k, Attribution* a) const {
    const Mention nearer = SubjectOfSentenceBefore(text_, frame, k);
    if (!nearer.found() || nearer.begin <= a->speaker.begin) return;
    const std::string name = ResolveSpeaker(nearer, nullptr);
    if (!name.empty() && name == ResolveSpeaker(a->speaker, nullptr)) a->speaker = nearer;
  }

  // Group k's dispute cues, read once: a group is read again as the one
  // before the next group with quotations.
  const std::vector<DisputeCue>& DisputeCuesOf(size_t k, const std::vector<Frame>& frames) {
    if (dispute_cues_.size() < groups_.size()) dispute_cues_.resize(groups_.size());
    if (!dispute_cues_[k]) dispute_cues_[k] = DisputeCues(text_, frames[k]);
    return *dispute_cues_[k];
  }

  // A denial's context, the reporter's sentences that carry it, cut to the
  // quotation and kMaxDisputeContext / 2 bytes either side when longer than
  // kMaxDisputeContext, at UTF-8 character boundaries. News sentences run to
  // a few hundred bytes (PolNeAR's longest context: about 1 KB), but a
  // transcript printed without a full stop is one sentence of megabytes,
  // and each of its denials kept a copy of all of it.
  static constexpr size_t kMaxDisputeContext = 2000;
  text::Span BoundedContext(text::Span context, text::Span quote) const {
    if (context.size() <= kMaxDisputeContext) return context;
    const size_t margin = kMaxDisputeContext / 2;
    size_t begin = std::max(context.begin, quote.begin > margin ? quote.begin - margin : 0);
    while (begin < context.end && text::IsContinuationByte(text_[begin])) ++begin;
    const size_t end = std::max(
        begin, text::CharStartAtOrBefore(text_, std::min(context.end, quote.end + margin)));
    return {begin, end};
  }

  // A group's sentences: each token's sentence number (SentenceNumbers) and
  // where each sentence starts, so that a quotation's sentence is found at
  // once. A paragraph may be one sentence of megabytes (a transcript's
  // captions without a full stop), which was walked again for each of its
  // quotations and disputers: 2 MB took minutes.
  class Sentences {
   public:
    explicit Sentences(std::vector<uint32_t> numbers) : numbers_(std::move(numbers)) {
      for (size_t i = 0; i < numbers_.size(); ++i) {
        if (i == 0 || numbers_[i] != numbers_[i - 1]) starts_.push_back(static_cast<uint32_t>(i));
      }
      another_time_.assign(starts_.size(), -1);
    }
    // The number of token k's sentence; numbers run 0, 1, 2 … with the tokens.
    uint32_t Of(size_t k) const { return numbers_[k]; }
    bool InLast(size_t k) const { return numbers_[k] == numbers_.back(); }
    // The first and the last token of token k's sentence.
    size_t First(size_t k) const { return starts_[numbers_[k]]; }
    size_t Last(size_t k) const {
      const size_t next = numbers_[k] + 1;
      return next < starts_.size() ? starts_[next] - 1 : numbers_.size() - 1;
    }
    // SaidAnotherTime's answer for token k's sentence, once it is known.
    int8_t& AnotherTime(size_t k) { return another_time_[numbers_[k]]; }

   private:
    std::vector<uint32_t> numbers_;     // per token
    std::vector<uint32_t> starts_;      // per sentence: its first token
    std::vector<int8_t> another_time_;  // per sentence: -1 until asked, then 0 or 1
  };

  // Group k's sentences, likewise read once: a group with dispute cues is
  // numbered for them, and again as the group marked or the one before the
  // next.
  Sentences& SentencesOf(size_t k, const std::vector<Frame>& frames) {
    if (sentences_.size() < groups_.size()) sentences_.resize(groups_.size());
    if (!sentences_[k]) sentences_[k].emplace(SentenceNumbers(text_, frames[k]));
    return *sentences_[k];
  }

  // Who contests, by which cue, from which sentence (MarkDisputes).
  struct Disputer {
    std::string speaker, cue;
    int64_t sentence;        // in the group's numbering: -1 for the last of the group before
    size_t from;             // the byte its sentence starts at: where a denial's context starts
    bool continued = false;  // a quotation of theirs that contests, not a cue
    bool relative = false;   // DisputeCue::relative: contests nothing said after it
  };

  // A quotation's sentence and the sentence of its tag, when the tag stands
  // in another one of the frame ("“…” He denied the report.").
  static text::Span WithTag(const Frame& frame, const Sentences& sentences, const Attribution& a,
                            text::Span own) {
    if (!a.speaker.found()) return own;
    // The speaker's first token, by a binary search: a paragraph may be a
    // transcript of megabytes.
    const auto it =
        std::lower_bound(frame.tokens.begin(), frame.tokens.end(), a.speaker.begin,
                         [](const text::Token& t, size_t begin) { return t.begin < begin; });
    if (it == frame.tokens.end() || it->begin != a.speaker.begin) return own;
    const text::Span tag =
        SentenceAt(frame, sentences, static_cast<size_t>(it - frame.tokens.begin()));
    return {std::min(own.begin, tag.begin), std::max(own.end, tag.end)};
  }

  // The bytes of the reporter's sentence that token k of a frame is in.
  static text::Span SentenceAt(const Frame& frame, const Sentences& sentences, size_t k) {
    return {frame.tokens[sentences.First(k)].begin, frame.tokens[sentences.Last(k)].end};
  }

  // A quotation contests a claim when its own cue is a dispute cue (an
  // assertion's when the quotation is negated, “That is false,” she
  // insisted, or answers a denial), when its words deny (quotes/denials.h:
  // “That is simply not true,” she said), or when its speaker is the subject of a
  // dispute cue in its own sentence or the one right before it, which may
  // end the paragraph before ("A Quillon spokesperson disputed the
  // account." / "“…,” the spokesperson said."). A quotation of the
  // speaker's that opens the next sentence goes on with the denial ("“…,”
  // she said. “Not once.”"); one inside the reporter's next sentence does
  // not ("He also spoke of his daughters, who were “…”"). Any sentence
  // between, or a quotation before the cue, and it is none.
  void MarkDisputes(size_t g, const std::vector<Frame>& frames) {
    std::vector<Disputer> disputers;
    if (g > 0 && !groups_[g - 1].teaser) AddCueDisputers(g - 1, frames, true, &disputers);
    // Group g - 1's quotations that contest in its last sentence go on.
    if (g > 0 && continued_.group == g - 1) {
      disputers.insert(disputers.end(), continued_.disputers.begin(), continued_.disputers.end());
    }
    if (!groups_[g].teaser) AddCueDisputers(g, frames, false, &disputers);
    // "“That is simply not true,” she said": the words are the denial.
    std::vector<std::string> denials;
    bool any_denial = false;
    for (int q : groups_[g].quotes) {
      denials.push_back(speakers_[q].empty() ? ""
                                             : DenialIn(text_, {spans_[q].start, spans_[q].end}));
      any_denial = any_denial || !denials.back().empty();
    }
    if (disputers.empty() && !any_denial && !HasOwnDisputeCue(g)) return;
    const Frame& frame = frames[g];
    Sentences& sentences = SentencesOf(g, frames);
    continued_ = {g, {}};
    DisputerIndex index;
    for (size_t i = 0; i < disputers.size(); ++i) index.Add(disputers, i);
    for (size_t n = 0; n < groups_[g].quotes.size(); ++n) {
      const int q = groups_[g].quotes[n];
      const size_t k = frame.IndexOfQuote(q);
      const int64_t sentence = sentences.Of(k);
      const bool opens = OpensItsSentence(frame, sentences, k);
      const text::Span own = SentenceAt(frame, sentences, k);
      DisputeMark& mark = disputes_[q];
      if (OwnCueContests(q, g)) {
        mark = {attributions_[q].cue, WithTag(frame, sentences, attributions_[q], own)};
      } else {
        // "what he called a “harbor grab”, and he rejected …": a
        // name given is a term, not the denial beside it.
        const bool apart =
            attributions_[q].cue_kind == CueKind::kNaming || SaidAnotherTime(frame, sentences, k);
        const Disputer* d = apart ? nullptr : LastAdjacent(disputers, index, q, sentence, opens);
        if (d != nullptr) mark = {d->cue, {std::min(d->from, own.begin), own.end}};
      }
      if (mark.cue.empty() && !denials[n].empty()) {  // no cue: the words deny
        mark = {denials[n], own};
        deniers_[speakers_[q]] = g;
      }
      if (mark.cue.empty()) continue;
      disputers.push_back({speakers_[q], mark.cue, sentence, mark.context.begin, true});
      index.Add(disputers, disputers.size() - 1);
      if (sentences.InLast(k)) {
        continued_.disputers.push_back({speakers_[q], mark.cue, -1, mark.context.begin, true});
      }
    }
  }

  // A quotation meets only the disputers of its sentence and the one before
  // that it speaks for: its own speaker, or the body its spokesperson or
  // lawyer speaks for (BodyWordOf). They are looked up by sentence and name,
  // in list order, where a paragraph that is a transcript of thousands of
  // denials was scanned whole for each quotation.
  class DisputerIndex {
   public:
    void Add(const std::vector<Disputer>& disputers, size_t i) {
      const Disputer& d = disputers[i];
      if (d.speaker.empty()) return;  // speaks for nobody's quotation
      by_name_[Key(d.sentence, d.speaker)].push_back(static_cast<uint32_t>(i));
      const size_t space = d.speaker.rfind(' ');
      const std::string last_word = text::AsciiLower(
          std::string_view(d.speaker).substr(space == std::string::npos ? 0 : space + 1));
      by_body_word_[Key(d.sentence, last_word)].push_back(static_cast<uint32_t>(i));
    }
    // Those of `sentence` named `speaker`, or, by_body, whose name's last
    // word, lower-cased, is `speaker`; null when none.
    const std::vector<uint32_t>* Find(int64_t sentence, const std::string& speaker,
                                      bool by_body) const {
      const auto& map = by_body ? by_body_word_ : by_name_;
      const auto it = map.find(Key(sentence, speaker));
      return it == map.end() ? nullptr : &it->second;
    }

   private:
    static std::string Key(int64_t sentence, std::string_view name) {
      return std::to_string(sentence) + '\n' + std::string(name);
    }
    std::unordered_map<std::string, std::vector<uint32_t>> by_name_, by_body_word_;
  };

  // The last disputer, in list order, whom quotation q in `sentence` goes on
  // from: the same speaker (or one who speaks for them) in its sentence, or
  // in the one before when q opens its sentence or the disputer's was a cue.
  const Disputer* LastAdjacent(const std::vector<Disputer>& disputers, const DisputerIndex& index,
                               int q, int64_t sentence, bool opens) const {
    const std::string& speaker = speakers_[q];
    if (speaker.empty()) return nullptr;
    const std::string body = BodyWordOf(speaker);  // "" when no agent's
    const Disputer* last = nullptr;
    for (const int64_t s : {sentence - 1, sentence}) {
      for (const bool by_body : {false, true}) {
        if (by_body && body.empty()) continue;
        const std::vector<uint32_t>* found = index.Find(s, by_body ? body : speaker, by_body);
        if (found == nullptr) continue;
        for (auto i = found->rbegin(); i != found->rend(); ++i) {
          const Disputer& d = disputers[*i];
          if (s != sentence && (d.relative || (d.continued && !opens))) continue;
          if (last == nullptr || &d > last) last = &d;
          break;
        }
      }
    }
    return last;
  }

  // The subjects of group k's dispute cues, as disputers numbered in its own
  // sentences, or, for the group `before` the one marked, those of its last
  // sentence numbered -1. An assertion without a negation is kept only as
  // the answer to someone else's denial printed before ("City Hall denied
  // the promise." … "Reyes insisted the promise was made.").
  void AddCueDisputers(size_t k, const std::vector<Frame>& frames, bool before,
                       std::vector<Disputer>* out) {
    const std::vector<DisputeCue>& cues = DisputeCuesOf(k, frames);
    if (cues.empty()) return;
    const Sentences& sentences = SentencesOf(k, frames);
    std::vector<std::string> subjects;
    for (const DisputeCue& d : cues) {
      subjects.push_back(Resolve(d.subject));
      if (!d.answers_only && !subjects.back().empty()) deniers_[subjects.back()] = k;
    }
    for (size_t i = 0; i < cues.size(); ++i) {
      const DisputeCue& d = cues[i];
      if (before && !sentences.InLast(d.token)) continue;
      if (d.answers_only && !DeniedByOtherThan(subjects[i], k)) continue;
      const int64_t sentence = before ? -1 : static_cast<int64_t>(sentences.Of(d.token));
      out->push_back({subjects[i], d.cue, sentence, SentenceAt(frames[k], sentences, d.token).begin,
                      false, d.relative});
    }
  }

  // "The Harbor Fund denied the report. “…,” a fund spokesperson said.":
  // a spokesperson or a lawyer whose description names the body by its
  // last word speaks for it.
  // The last word of the body a spokesperson, representative or lawyer
  // speaks for, lower-cased ("Harbor Fund spokesperson" → "fund"), which
  // the body's name ends in; "" for anyone else.
  static std::string BodyWordOf(std::string_view speaker) {
    static constexpr std::string_view kAgents[] = {" spokesperson",   " spokesman", " spokeswoman",
                                                   " representative", " lawyer",    " attorney"};
    const std::string lower = text::AsciiLower(speaker);
    for (std::string_view agent : kAgents) {
      if (!lower.ends_with(agent)) continue;
      const std::string_view words = std::string_view(lower).substr(0, lower.size() - agent.size());
      const size_t space = words.rfind(' ');
      return std::string(space == std::string_view::npos ? words : words.substr(space + 1));
    }
    return "";
  }

  // Whether someone else denied something in group k or the two before it.
  bool DeniedByOtherThan(const std::string& speaker, size_t k) const {
    for (const auto& [denier, group] : deniers_) {
      if (denier != speaker && group + 2 >= k) return true;
    }
    return false;
  }

  // The sentence of the quotation at token k says it was said at another
  // time than a denial printed beside it: "“…,” Reyes said at one point
  // during the campaign", "in a different interview", "last year". It may
  // be what is denied; it is no denial.
  // Asked of each quotation beside a denial, and answered once a sentence.
  static bool SaidAnotherTime(const Frame& frame, Sentences& sentences, size_t k) {
    int8_t& known = sentences.AnotherTime(k);
    if (known < 0) known = PrintsAnotherTime(frame, sentences.First(k), sentences.Last(k));
    return known > 0;
  }
  static bool PrintsAnotherTime(const Frame& frame, size_t first, size_t last) {
    static constexpr std::array<std::array<std::string_view, 3>, 9> kAnotherTime = {{
        {"at", "one", "point"},
        {"in", "a", "different"},
        {"in", "an", "earlier"},
        {"last", "year", ""},
        {"last", "month", ""},
        {"last", "week", ""},
        {"years", "ago", ""},
        {"previously", "", ""},
        {"back", "in", ""},
    }};
    const auto word = [&](size_t i) {
      return i <= last && !frame.IsQuote(i) ? frame.tokens[i].lower() : std::string_view();
    };
    for (size_t i = first; i <= last; ++i) {
      for (const auto& phrase : kAnotherTime) {
        size_t n = 0;
        while (n < 3 && !phrase[n].empty() && word(i + n) == phrase[n]) ++n;
        if (n == 3 || (n > 0 && phrase[n].empty())) return true;
      }
    }
    return false;
  }

  // “…” opens its sentence, or follows no more than a short lead-in: "He
  // added: “…”", "Reyes said, “…”".
  static bool OpensItsSentence(const Frame& frame, const Sentences& sentences, size_t k) {
    const size_t start = sentences.First(k);
    if (start == k) return true;
    const text::Token& before = frame.tokens[k - 1];
    const bool lead_in =
        before.kind == text::Token::kPunct && (before.punct == ':' || before.punct == ',');
    return lead_in && k - start <= 4;
  }

  // Resolved now, not kept: the discourse grows group by group.
  std::string Resolve(const Mention& subject) { return discourse_.Resolve(subject); }

  // “…,” she denied: a denier from now on. “…,” she insisted: as
  // AddCueDisputers reads an assertion.
  bool OwnCueContests(int q, size_t g) {
    const Attribution& a = attributions_[q];
    if (a.cue_kind == CueKind::kDispute) {
      if (!speakers_[q].empty()) deniers_[speakers_[q]] = g;
      return true;
    }
    if (a.cue_kind != CueKind::kAssert) return false;
    return HoldsNegation(text_, {spans_[q].start, spans_[q].end}) ||
           DeniedByOtherThan(speakers_[q], g);
  }

  bool HasOwnDisputeCue(size_t g) const {
    for (int q : groups_[g].quotes) {
      const CueKind kind = attributions_[q].cue_kind;
      if (kind == CueKind::kDispute || kind == CueKind::kAssert) return true;
    }
    return false;
  }

  // “A” and “B,” X said: A has no tag of its own; it takes B's, when only
  // "and", "or" or a comma stand between them.
  void ShareTagsOfCoordinatedQuotes(const Group& g, const Frame& frame) {
    for (size_t n = g.quotes.size(); n-- > 1;) {
      const int a = g.quotes[n - 1], b = g.quotes[n];
      if (attributions_[a].speaker.found() || !attributions_[b].speaker.found()) continue;
      const size_t ka = frame.IndexOfQuote(a), kb = frame.IndexOfQuote(b);
      bool coordinated = kb > ka && kb - ka <= 3;
      for (size_t i = ka + 1; coordinated && i < kb; ++i) {
        const text::Token& t = frame.tokens[i];
        coordinated = t.lower() == "and" || t.lower() == "or" || (t.kind == text::Token::kPunct && t.punct == ',');
      }
      if (!coordinated) continue;
      attributions_[a] = Inherit(attributions_[b], attributions_[a]);
      attributions_[a].cue = attributions_[b].cue;
      speakers_[a] = speakers_[b];
    }
  }

  // A floating quotation takes the speaker and addressee of the one before,
  // but no cue: nothing in its own sentence says it.
  static Attribution Inherit(const Attribution& from, const Attribution& own) {
    Attribution a = from;
    a.cue.clear();
    a.lead_in = false;
    a.inside_sentence = own.inside_sentence;
    if (own.via.found()) a.via = own.via;
    return a;
  }

  Frame FrameOf(text::Span region, const std::vector<int>& children) const {
    Frame frame = BuildFrame(text_, region, spans_, children, cues_);
    frame.article_words = &article_words_;
    return frame;
  }

  // Nested quotations, read in the frame of their parent's content.
  void AttributeChildren(int parent) {
    std::vector<int> children;
    for (size_t i = parent + 1; i < spans_.size() && spans_[i].open < spans_[parent].end; ++i) {
      if (spans_[i].parent == parent) children.push_back(static_cast<int>(i));
    }
    if (children.empty()) return;
    const Frame frame = FrameOf({spans_[parent].start, spans_[parent].end}, children);
    for (int q : children) {
      const size_t k = frame.IndexOfQuote(q);
      Attribution a = Attribute(text_, frame, k);
      const ContainerContext context{&frame, k, parent};
      if (!a.speaker.found()) a.speaker = TopicOf(frame, k);
      attributions_[q] = a;
      speakers_[q] = ResolveSpeaker(a.speaker, &context);
    }
  }

  // The person an outer speaker was talking about before a nested quotation
  // that has no attribution of its own: the latest person who is the subject
  // of a verb ("She’s a coach who … ‘I will never leave …’").
  Mention TopicOf(const Frame& frame, size_t k) const {
    for (size_t i = k; i-- > 0;) {
      if (frame.IsQuote(i)) continue;
      Mention m = MentionEndingAt(text_, frame, i, 0);
      const bool person =
          (m.kind == Mention::kName && Discourse::IsPersonName(discourse_.Resolve(m))) ||
          (m.kind == Mention::kPronoun && (m.text == "he" || m.text == "she"));
      // "He’s": a contracted verb makes the pronoun a subject by itself.
      const bool contracted = m.kind == Mention::kPronoun && frame.tokens[i].lower() != m.text;
      if (person && (contracted || IsSubjectAt(frame, i + 1))) return m;
    }
    return {};
  }

  struct ContainerContext {
    const Frame* frame;
    size_t k;
    int parent;
  };

  std::string ResolveSpeaker(const Mention& m, const ContainerContext* in) const {
    if (!m.found()) return "";
    if (m.kind != Mention::kPronoun || in == nullptr) return discourse_.Resolve(m);
    // Inside a quotation: "I" and "we" are the outer speaker; "he"/"she" a
    // person the outer speaker named, else the article's referent.
    if (m.text == "i" || m.text == "me" || m.text == "we" || m.text == "us") {
      return speakers_[in->parent];
    }
    std::string name = discourse_.ResolvePronounIn(text_, *in->frame, m.text, m.begin);
    if (name.empty()) name = discourse_.ResolvePronounQuoted(m.text, spans_[in->parent].open);
    return name;
  }

  std::string ResolveTo(const Attribution& a, size_t at, const std::string& speaker) const {
    if (!a.to.found()) return a.to_text;
    if (a.to.kind == Mention::kPronoun) {
      if (a.to.text == "me" || a.to.text == "us") return "";
      return discourse_.ResolvePronoun(a.to.text, std::min(at, a.to.begin), speaker);
    }
    return discourse_.Resolve(a.to);
  }

  std::string Kind(size_t i, const Attribution& a) const {
    const QuoteSpan& q = spans_[i];
    const ContentShape s = ShapeOf(text_, q.start, q.end);
    // “R” or “D”, a party's letter, or a grade: a term, whoever is near.
    if (s.one_letter) return "scare";
    if (s.words <= 3 && IsLabel(q)) return "scare";
    if (s.words <= 2 && s.title_case && !s.ends_sentence && IsNickname(q)) return "scare";
    if (s.words <= 4 && !s.ends_terminal && AfterKnownAs(q.open)) return "scare";
    const bool attributed = a.speaker.found() && !speakers_[i].empty();
    // Asked only of a title-case quotation: each reads words around it.
    const auto after_title_word = [&] {
      return IsTitleContext(WordBefore(q.open)) || AfterWorkOf(q.open) ||
             PossessiveBefore(q.open) || AfterReviewColon(q.open) || AfterWorkCalled(q.open) ||
             BeforeWorksNoun(q);
    };
    if (s.title_case && s.words <= 12 &&
        (!s.ends_terminal || s.ends_period || s.words <= 4) &&  // titled “Scam.”: US punctuation
        after_title_word()) {
      return "title";
    }
    if (s.title_case && s.words <= 12 && !s.ends_sentence && BeforeWorkersNoun(q)) return "title";
    if (BeforeByline(q)) return "title";
    if (s.title_case && s.words >= 2 && s.words <= 12 && !s.ends_terminal && BeforeAuthor(q)) {
      return "title";
    }
    if (!attributed && !a.speaker.found()) {
      if (s.words <= 4 && !s.ends_sentence) return "scare";
      if (s.title_case && s.words >= 2 && s.words <= 8 && !s.ends_terminal) return "title";
      return s.starts_upper ? "direct" : "partial";
    }
    if (s.title_case && s.words <= 8 && !s.ends_sentence && ModifiesANoun(q)) return "scare";
    // "told her, “Not a chance I back it”, after the debate": a lead-in
    // quotation that the reporter's sentence goes on past is a fragment too.
    // Not one that ends in a comma of its own: “…,” he told her is a tag.
    const bool goes_on = a.lead_in && !s.ends_sentence && SentenceGoesOnAfter(q);
    if (ContinuesSplitQuotation(i, a)) return "direct";
    return (!s.starts_upper || a.inside_sentence || goes_on) ? "partial" : "direct";
  }

  // “We will,” Okafor said, “find a way.”: the second half of an utterance
  // that its tag splits, after the first half's comma and the tag's; the
  // speaker is read from the tag (“Law,” “Order,” and, yes, “Sanity” is a
  // list).
  bool ContinuesSplitQuotation(size_t i, const Attribution& a) const {
    const QuoteSpan& q = spans_[i];
    int p = static_cast<int>(i) - 1;  // the quotation before it at its level
    while (p >= 0 && spans_[p].parent != q.parent) --p;
    if (p < 0 || !spans_[p].closed || spans_[p].paragraph != q.paragraph) return false;
    const QuoteSpan& first = spans_[p];
    const std::string_view said = text_.substr(first.start, first.end - first.start);
    const size_t tag_begin = first.close + QuoteMarkLength(text_, first.close);
    if (tag_begin > q.open || q.open - tag_begin > 80 || !said.ends_with(',')) return false;
    std::string_view tag = text_.substr(tag_begin, q.open - tag_begin);
    while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
    const bool speaker_in_tag =
        a.speaker.found() && a.speaker.begin >= tag_begin && a.speaker.end <= q.open;
    if (!speaker_in_tag || !tag.ends_with(',')) return false;
    tag.remove_suffix(1);  // a short tag: no clause of its own
    return tag.find_first_of(".!?;:,") == std::string_view::npos &&
           std::count(tag.begin(), tag.end(), ' ') <= 7;
  }

  // "“Refoulement” (forcible return) is forbidden": a quoted term of five
  // words at most that the reporter's sentence goes on after, a
  // parenthesis between at most, is no floating quotation. One that ends in
  // punctuation of its own may be, and so may a longer one ("“… a failure”
  // from diplomacy to the budget, in Bolton's view").
  bool IsSubjectOfSentence(const QuoteSpan& q) const {
    if (!q.closed || q.end == q.start || !std::isalnum(static_cast<unsigned char>(text_[q.end - 1])) ||
        std::count(text_.begin() + q.start, text_.begin() + q.end, ' ') >= 5) {
      return false;
    }
    size_t at = q.close + QuoteMarkLength(text_, q.close);
    while (at < text_.size() && text_[at] == ' ') ++at;
    if (at < text_.size() && text_[at] == '(') {
      const size_t close = text_.find(')', at);
      if (close == std::string_view::npos) return false;
      at = close + 1;
      while (at < text_.size() && text_[at] == ' ') ++at;
    }
    return at < text_.size() && std::islower(static_cast<unsigned char>(text_[at]));
  }

  // Lower-case words after the closing mark, a comma between at most.
  bool SentenceGoesOnAfter(const QuoteSpan& q) const {
    if (!q.closed) return false;
    size_t at = q.close + QuoteMarkLength(text_, q.close);
    if (at < text_.size() && text_[at] == ',') ++at;
    while (at < text_.size() && text_[at] == ' ') ++at;
    return at < text_.size() && std::islower(static_cast<unsigned char>(text_[at]));
  }

  // "MSNBC's “Andrea Mitchell Reports”": a name's possessive before the mark.
  bool PossessiveBefore(size_t at) const {
    size_t end = at;
    while (end > 0 && text_[end - 1] == ' ') --end;
    const std::string_view before = text_.substr(0, end);
    return before.ends_with("'s") || before.ends_with("\xE2\x80\x99s");
  }

  // A headline's "Film Review: “Chef”", "Trailer: “Secrets”", "Recap:
  // “The Locked Room”": what the colon introduces is the work's title. Not
  // every title word before a colon ("OWN Series: “It's My Last Shot”"
  // quotes the show).
  bool AfterReviewColon(size_t at) const {
    size_t end = at;
    while (end > 0 && text_[end - 1] == ' ') --end;
    if (end == 0 || text_[end - 1] != ':') return false;
    const std::string w = WordBefore(end - 1);
    return w == "review" || w == "trailer" || w == "recap";
  }

  // The lower-cased word just before a byte offset, past spaces (a
  // no-break space too: "said on\u00A0“Meet the Press”") and a comma.
  std::string WordBefore(size_t at, size_t* start = nullptr) const {
    size_t end = at;
    while (end > 0) {
      if (text_[end - 1] == ' ' || text_[end - 1] == ',') {
        --end;
      } else if (end >= 2 && text_.substr(end - 2, 2) == "\xC2\xA0") {
        end -= 2;
      } else {
        break;
      }
    }
    size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(text_[begin - 1]))) --begin;
    std::string w(text_.substr(begin, end - begin));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (start != nullptr) *start = begin;
    return w;
  }

  // "host of “Morning Joe”", "starred in “The Walking Dead”", "an
  // interview on “Fox News Sunday”": a work named after a word of its
  // trade and a preposition.
  bool AfterWorkOf(size_t at) const {
    static const std::unordered_set<std::string_view> kTrade = {
        "host",     "hosts",   "author",   "editor",    "season",    "episode", "version",
        "revival",  "chapter", "creator",  "star",      "stars",     "starred", "starring",
        "role",     "roles",   "acting",   "appeared",  "appearing", "sequel",  "remake",
        "premiere", "finale",  "producer", "interview", "edition",   "cast"};
    size_t preposition = 0;
    const std::string w = WordBefore(at, &preposition);
    if (w != "of" && w != "in" && w != "on" && w != "with") return false;
    return kTrade.count(WordBefore(preposition)) > 0;
  }

  // "a play called “Harbor Lights,”", "a show named “Tides”": a work's
  // word, then "called", "named" or "dubbed".
  bool AfterWorkCalled(size_t at) const {
    size_t start = 0;
    const std::string verb = WordBefore(at, &start);
    return (verb == "called" || verb == "named" || verb == "dubbed") &&
           IsTitleContext(WordBefore(start));
  }

  // "“Harbor Lights,” a film about the pier": a work's word in apposition
  // after the closing mark, an article before it.
  bool BeforeWorksNoun(const QuoteSpan& q) const {
    if (!q.closed || q.end == q.start) return false;
    size_t at = q.close + QuoteMarkLength(text_, q.close);
    if (at < text_.size() && text_[at] == ',') {
      ++at;
    } else if (text_[q.end - 1] != ',') {  // US punctuation: “Harbor Lights,” a film
      return false;
    }
    for (std::string_view article : {" a ", " an ", " the "}) {
      if (text_.substr(at, article.size()) != article) continue;
      at += article.size();
      size_t end = at;
      while (end < text_.size() && std::isalpha(static_cast<unsigned char>(text_[end]))) ++end;
      return IsTitleContext(text::AsciiLower(text_.substr(at, end - at)));
    }
    return false;
  }

  // "“Harbor Nights” star Kalani Berg", "the “Tide Keepers” actress": a
  // work named before a noun of the people who make it. The noun right
  // after the mark, no comma between: "“Go,” host Reyes said" is speech.
  bool BeforeWorkersNoun(const QuoteSpan& q) const {
    static const std::unordered_set<std::string_view> kWorkers = {
        "star",    "stars",    "co-star",  "actor",      "actress", "actors",   "host",
        "creator", "director", "producer", "showrunner", "author",  "alum",     "alumna",
        "cast",    "writer",   "narrator", "contestant", "winner",  "frontman", "singer"};
    if (!q.closed) return false;
    size_t at = q.close + QuoteMarkLength(text_, q.close);
    if (text_.substr(at, 2) == "\xC2\xA0") {
      at += 2;
    } else if (at < text_.size() && text_[at] == ' ') {
      ++at;
    } else {
      return false;
    }
    size_t end = at;
    while (end < text_.size() &&
           (std::isalpha(static_cast<unsigned char>(text_[end])) || text_[end] == '-')) {
      ++end;
    }
    return kWorkers.count(text::AsciiLower(text_.substr(at, end - at))) > 0;
  }

  // "the hacker known as “Guccifer,”", "known online as", "who goes by
  // “Vito”": a name the reporter gives, no one's words, whatever cue comes
  // after it.
  bool AfterKnownAs(size_t at) const {
    size_t start = 0;
    const std::string word = WordBefore(at, &start);
    if (word == "by") {
      const std::string verb = WordBefore(start);
      return verb == "goes" || verb == "go" || verb == "went";
    }
    if (word != "as") return false;
    const std::string before = WordBefore(start, &start);
    return before == "known" || WordBefore(start) == "known";
  }

  // "Juan “Chico” Manriquez", "Gov. C.L. “Butch” Otter": a nickname
  // between a first name (or an initial) and a surname.
  bool IsNickname(const QuoteSpan& q) const {
    if (!q.closed || q.open < 2 || text_[q.open - 1] != ' ') return false;
    size_t end = q.open - 1;
    if (text_[end - 1] == '.') --end;  // an initial's full stop
    size_t word = end;
    while (word > 0 && std::isalpha(static_cast<unsigned char>(text_[word - 1]))) --word;
    if (word == end || !std::isupper(static_cast<unsigned char>(text_[word]))) return false;
    const size_t after = q.close + QuoteMarkLength(text_, q.close);
    return after + 1 < text_.size() && text_[after] == ' ' &&
           std::isupper(static_cast<unsigned char>(text_[after + 1]));
  }

  // "“Related:”" alone in its paragraph: a page's label for the links
  // after it, no one's words.
  bool IsLabel(const QuoteSpan& q) const {
    if (!q.closed || q.end == q.start || text_[q.end - 1] != ':') return false;
    const text::Span& p = paragraphs_[q.paragraph];
    return p.begin == q.open && p.end == q.close + QuoteMarkLength(text_, q.close);
  }

  // "the “Harbor Lights” festival", "a “Save the Pier” tote bag", "his
  // “Miss Harbor” pageant": a name set off between a determiner and the
  // lower-case word after it (the noun it modifies, or a verb it is the
  // subject of), no comma between, is a term's, not anyone's words.
  bool ModifiesANoun(const QuoteSpan& q) const {
    static const std::unordered_set<std::string_view> kDeterminers = {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your"};
    if (!q.closed || kDeterminers.count(WordBefore(q.open)) == 0) return false;
    const size_t after = q.close + QuoteMarkLength(text_, q.close);
    return after + 1 < text_.size() && text_[after] == ' ' &&
           std::islower(static_cast<unsigned char>(text_[after + 1]));
  }

  // A digest's item: “Harbor Fund to close its doors,” by the Ledger's Ada
  // Lindqvist: http://… is the headline of a piece, credited. The credit
  // runs from "by" to a colon, a link or the paragraph's end, no comma or
  // sentence between ("“devastated” by the closures, she said" is none).
  bool BeforeByline(const QuoteSpan& q) const {
    if (!q.closed || q.end == q.start || text_[q.end - 1] != ',') return false;
    const size_t after = q.close + QuoteMarkLength(text_, q.close);
    if (text_.substr(after, 4) != " by ") return false;
    size_t end = text_.find_first_of(",:\n", after + 4);
    if (end == std::string_view::npos) end = text_.size();
    std::string_view credit = text_.substr(after + 4, end - after - 4);
    if (const size_t link = credit.find(" http"); link != std::string_view::npos) {
      credit = credit.substr(0, link);
    } else if (end < text_.size() && text_[end] == ',') {
      return false;
    }
    const size_t words = std::count(credit.begin(), credit.end(), ' ') + 1;
    return !credit.empty() && words <= 8 &&
           (std::isupper(static_cast<unsigned char>(credit[0])) || credit.starts_with("the "));
  }

  // “Perfect Enough: Ada Lind and the Harbor Fund” by Tomas Reyes: a work
  // in title case, credited to its author right after it.
  bool BeforeAuthor(const QuoteSpan& q) const {
    if (!q.closed) return false;
    const size_t after = q.close + QuoteMarkLength(text_, q.close);
    return text_.substr(after, 4) == " by " && after + 4 < text_.size() &&
           std::isupper(static_cast<unsigned char>(text_[after + 4]));
  }

  // To whom quotation i was said. Its own sentence says it ("told the
  // Ledger"); else, for a quotation inside another one:
  // - an earlier quotation of the same speaker inside the same one says it
  //   ("called the plan ‘bold’ in an interview with the Ledger … ‘She
  //   listens’");
  // - the outer speaker's reply ("I said, ‘…’") answers whoever last spoke
  //   to them in this quotation or the one of theirs just before ("Mendes
  //   phoned. He said, ‘…’” … “I said, ‘…’”);
  // - anyone else's words were said to the outer speaker, who reports them.
  std::string AddresseeOf(size_t i) const {
    const int parent = spans_[i].parent;
    std::string to = ResolveTo(attributions_[i], spans_[i].open, speakers_[i]);
    if (!to.empty() || parent < 0) return to;
    for (size_t j = i; !speakers_[i].empty() && j-- > static_cast<size_t>(parent) + 1;) {
      if (spans_[j].parent == parent && speakers_[j] == speakers_[i] && !addressees_[j].empty()) {
        return addressees_[j];
      }
    }
    const std::string& outer = speakers_[parent];
    if (outer != speakers_[i]) return outer;
    const Mention& own = attributions_[i].speaker;
    const bool replies =
        own.kind == Mention::kPronoun && own.text == "i" && !attributions_[i].cue.empty();
    return replies && !outer.empty() ? LastToSpeakTo(outer, parent, i) : "";
  }

  // The latest speaker, before quotation `before`, of a quotation said to
  // `listener` inside `parent` or inside the top-level quotation of
  // theirs just before it.
  std::string LastToSpeakTo(const std::string& listener, int parent, size_t before) const {
    int earlier = parent - 1;
    while (earlier >= 0 && spans_[earlier].parent >= 0) --earlier;
    const bool same_speaker = earlier >= 0 && speakers_[earlier] == listener;
    for (size_t j = before; j-- > 0;) {
      const int p = spans_[j].parent;
      if (p != parent && !(same_speaker && p == earlier)) continue;
      if (!speakers_[j].empty() && speakers_[j] != listener && addressees_[j] == listener) {
        return speakers_[j];
      }
    }
    return "";
  }

  std::string IdOf(size_t i) const { return std::string(doc_) + "#" + std::to_string(i + 1); }

  Quote MakeQuote(size_t i) const {
    const QuoteSpan& s = spans_[i];
    const Attribution& a = attributions_[i];
    Quote q;
    q.id = IdOf(i);
    q.doc = std::string(doc_);
    q.start = s.start;
    q.end = s.end;
    q.text = std::string(text_.substr(s.start, s.end - s.start));
    q.closed = s.closed;
    q.kind = Kind(i, a);
    if (s.parent >= 0) q.nested_in = IdOf(s.parent);
    if (q.kind == "scare" || q.kind == "title") return q;
    q.speaker = speakers_[i];
    text::RemoveInvisibles(&q.speaker);
    if (a.speaker.found()) {
      q.has_speaker_span = true;
      q.speaker_start = a.speaker.begin;
      q.speaker_end = a.speaker.end;
      // "the Quillon chief" resolved to its name is that name's role; "another"
      // resolved to "another resident" is no one's, nor "the statement" its
      // issuer's.
      const auto lone = [&a] {
        return a.speaker.text == "another" || a.speaker.text == "one" ||
               (WordClassesOf(text::AsciiLower(a.speaker.text)) & kDocument) != 0;
      };
      q.role = a.speaker.kind == Mention::kDescription && q.speaker != a.speaker.text
                   ? (lone() ? "" : a.speaker.text)
                   : a.speaker.role;
    }
    q.cue = a.cue;
    q.dispute = disputes_[i].cue;
    if (!q.dispute.empty()) {
      const text::Span context = BoundedContext(disputes_[i].context, {q.start, q.end});
      q.dispute_start = context.begin;
      q.dispute_end = context.end;
      q.dispute_context = text_.substr(context.begin, context.size());
    }
    q.to = addressees_[i];
    text::RemoveInvisibles(&q.to);
    if (a.via.found()) q.via = discourse_.Resolve(a.via);
    if (s.parent >= 0 && q.via.empty()) q.via = speakers_[s.parent];
    if (a.reportedly && q.via.empty()) q.via = kUnnamedReports;
    // Nobody reports their own words ("Lynch said she recalled thinking,
    // “…”"), nor says them to themselves ("“…,” the statement read").
    if (q.via == q.speaker) q.via.clear();
    if (q.to == q.speaker) q.to.clear();
    return q;
  }

  std::string_view doc_, text_;
  const CueLexicon& cues_;
  text::WholeWords article_words_{text_};
  std::vector<Span> paragraphs_;
  std::vector<QuoteSpan> spans_;
  std::vector<Group> groups_;
  // Each group's frame. Kept as long as discourse_: a name antecedent is
  // read from its frame when a pronoun first reaches it, and MakeQuote
  // resolves reporters (`via`) after AttributeAll.
  std::vector<Frame> frames_;
  std::vector<std::vector<FrameMention>> mentions_;  // of each group's frame
  std::vector<Attribution> attributions_;
  std::vector<std::string> speakers_;
  // A quotation that contests a claim: by which cue, and the reporter's
  // sentences that say so, from the one with the cue through its own.
  struct DisputeMark {
    std::string cue;
    text::Span context;
  };
  std::vector<DisputeMark> disputes_;
  std::vector<std::optional<std::vector<DisputeCue>>> dispute_cues_;  // of each group, once read
  std::vector<std::optional<Sentences>> sentences_;                   // the same
  std::map<std::string, size_t> deniers_;  // who denied something, and in which group last
  // Who contests in a quotation of the last sentence of `group`: their
  // denial goes on into the next group.
  struct Continued {
    size_t group = SIZE_MAX;
    std::vector<Disputer> disputers;
  } continued_;
  std::vector<std::string> addressees_;  // by AddresseeOf, in order
  Discourse discourse_;
};

}  // namespace

std::vector<Quote> QuoteExtractor::Extract(std::string_view doc, std::string_view text) const {
  return DocumentExtractor(doc, text, cues_).Run();
}

}  // namespace qt::quotes
