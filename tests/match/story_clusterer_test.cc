#include "match/story_clusterer.h"
#include "match/term_index.h"
#include "text/word_hash.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace qt::match {
namespace {

StoryArticle A(int64_t key, double day, const std::string& text, std::vector<int64_t> clusters = {}) {
  return {key, day, text, std::move(clusters)};
}

// "tag<from> … tag<to - 1>", each word `times` times: made-up words, each
// its own term.
std::string Words(const std::string& tag, int from, int to, int times = 1) {
  std::string text;
  for (int i = from; i < to; ++i) {
    for (int k = 0; k < times; ++k) text += tag + std::to_string(i) + " ";
  }
  return text;
}

// Adds articles, remembering the story each joined, as the store does.
class Clustering {
 public:
  explicit Clustering(StoryOptions options = {}) : c(options) {}
  // The story the article is in now.
  int64_t Add(const StoryArticle& a) { return c.StoryOf(joined[a.key] = c.Add(a)); }
  // Every article's story now, after merges.
  std::map<int64_t, int64_t> Stories() const {
    std::map<int64_t, int64_t> out;
    for (const auto& [key, story] : joined) out[key] = c.StoryOf(story);
    return out;
  }
  StoryClusterer c;
  std::map<int64_t, int64_t> joined;
};

const std::vector<StoryArticle> kArticles = {
    A(1, 100, "Port Alder closes the Harbor Bridge after inspectors find cracked supports."),
    A(2, 100.5, "Harbor Bridge in Port Alder shut over cracked supports, mayor Okafor says."),
    A(3, 101, "Riverton Rovers coach Ada Lindqvist resigns after eleven matches without a win."),
    A(4, 101.2, "Lindqvist quits as Rovers coach; club chairman thanks her."),
    A(5, 102, "Dock workers want a ferry while the Harbor Bridge in Port Alder stays closed."),
};

TEST(StoryClustererTest, WordsLeaveOutStopWordsAndWeighNames) {
  StoryOptions options;
  const StoryWords w = StoryWordsOf("The mayor met Ana Ruiz's aides. Rain fell.", options);
  std::vector<std::pair<std::string, double>> got;
  for (const StoryWords::Word& word : w.words) {
    EXPECT_EQ(word.hash, TermIndex::HashOf(w.Spelling(word)));
    got.emplace_back(w.Spelling(word), word.weight);
  }
  // "The" is a stop word; "Rain" opens a sentence, so it is no name.
  const std::vector<std::pair<std::string, double>> want = {
      {"mayor", 1.0}, {"met", 1.0}, {"ana", options.name_weight}, {"ruiz", options.name_weight},
      {"aides", 1.0}, {"rain", 1.0}, {"fell", 1.0}};
  EXPECT_EQ(got, want);
}

TEST(StoryClustererTest, WordsRepeatedAreCountedOnceWithTheirWeightsSummed) {
  StoryOptions options;
  const StoryWords w = StoryWordsOf("Rain fell on Rain Street. The rain, Okafor said, fell.", options);
  std::vector<std::pair<std::string, double>> got;
  for (const StoryWords::Word& word : w.words) got.emplace_back(w.Spelling(word), word.weight);
  // "Rain" twice opening a sentence or lower-case, once as a name.
  const std::vector<std::pair<std::string, double>> want = {
      {"rain", 2.0 + options.name_weight}, {"fell", 2.0}, {"street", options.name_weight},
      {"okafor", options.name_weight}};
  EXPECT_EQ(got, want);
}

TEST(StoryClustererTest, WordsNameTheirNumbersAndWeekdays) {
  const StoryWords w = StoryWordsOf(
      "On Tuesday 12 boats and 4.5 tonnes of nets sank; on Friday, 12 more. A sunday paper said so.",
      StoryOptions());
  std::vector<uint64_t> want = {text::HashWord("12"), text::HashWord("4.5")};
  std::sort(want.begin(), want.end());
  EXPECT_EQ(w.numbers, want);
  // Tuesday and Friday; "sunday" in lower case names no day.
  EXPECT_EQ(w.weekdays, (1 << 1) | (1 << 4));
}

// The first articles of a run: a word both print is no common word for
// being in two of two. Counted without a prior, the topic's words weigh
// next to nothing against each article's own, and the second article
// starts a story of its own.
TEST(StoryClustererTest, TheFirstArticlesOfARunJoinOnTheirSharedWords) {
  const std::string topic = Words("rehab", 0, 3);
  const auto second_joins = [&](const StoryOptions& options) {
    Clustering c(options);
    const int64_t first = c.Add(A(1, 10, topic + Words("alpha", 0, 9)));
    return c.Add(A(2, 10, topic + Words("beta", 0, 9))) == first;
  };
  EXPECT_TRUE(second_joins(StoryOptions()));
  StoryOptions counted;
  counted.prior_documents = counted.prior_df = 0;
  EXPECT_FALSE(second_joins(counted));
}

// Two events of one kind share the topic's words; their figures and days
// tell them apart.
TEST(StoryClustererTest, TwoEventsOfOneKindAreToldApartByTheirNumbersAndDays) {
  const std::vector<std::string> first = {
      "A fire on Tuesday destroyed 14 boats in the Port Alder marina, harbor officials said.",
      "Fire crews fought the Port Alder marina blaze for hours on Tuesday; 14 boats were lost.",
  };
  const std::string second =
      "On Saturday a fire destroyed 3 yachts at the marina in Port Alder, police said.";
  const auto story_of_second = [&](const StoryOptions& options) {
    Clustering c(options);
    for (size_t i = 0; i < first.size(); ++i) c.Add(A(static_cast<int64_t>(i) + 1, 10, first[i]));
    EXPECT_EQ(c.Stories().at(1), c.Stories().at(2));
    return std::make_pair(c.Add(A(9, 11, second)), c.Stories().at(1));
  };
  // Three articles: document frequencies as they count them, no prior.
  StoryOptions counted;
  counted.prior_documents = counted.prior_df = 0;
  const auto [with, first_story] = story_of_second(counted);
  EXPECT_NE(with, first_story);
  StoryOptions blind = counted;
  blind.anchor_penalty = 0;
  const auto [without, first_story_blind] = story_of_second(blind);
  EXPECT_EQ(without, first_story_blind);
}

// Two articles that share a topic's few words make a spread story: its
// centroid sums both. A third sharing the same few words meets that
// centroid well enough, but not the articles one by one: a full article,
// scored with the story's cohesion, starts a story of its own.
TEST(StoryClustererTest, AFullArticleDrawsLessFromASpreadStory) {
  const auto third_joins = [](bool cohesion) {
    StoryOptions options;
    options.anchor_penalty = 0;
    options.prior_documents = options.prior_df = 0;  // 33 articles: their own counts
    options.short_threshold = options.long_threshold = 0.15;
    if (!cohesion) options.long_terms = 1 << 20;  // every article scored as a headline is
    Clustering c(options);
    // Unrelated articles first, so that document frequencies mean something.
    for (int k = 0; k < 30; ++k) c.Add(A(100 + k, 10, Words("filler" + std::to_string(k) + "x", 0, 40)));
    const std::string topic = Words("topic", 0, 3, 2);
    c.Add(A(1, 10, topic + Words("alpha", 0, 37)));
    c.Add(A(2, 10, topic + Words("beta", 0, 37)));
    EXPECT_EQ(c.Stories().at(1), c.Stories().at(2));
    return c.Add(A(3, 10, topic + Words("gamma", 0, 37))) == c.Stories().at(1);
  };
  EXPECT_FALSE(third_joins(/*cohesion=*/true));
  EXPECT_TRUE(third_joins(/*cohesion=*/false));
}

TEST(StoryClustererTest, ArticlesAboutOneEventShareAStory) {
  Clustering c;
  std::vector<int64_t> story;
  for (const auto& a : kArticles) story.push_back(c.Add(a));
  EXPECT_EQ(story[0], story[1]);
  EXPECT_EQ(story[2], story[3]);
  EXPECT_NE(story[0], story[2]);
  EXPECT_EQ(c.Stories().at(5), c.Stories().at(1));
}

TEST(StoryClustererTest, ArticlesFarApartInTimeDoNotJoin) {
  StoryClusterer c;
  const int64_t first = c.Add(A(1, 100, "Harbor Bridge in Port Alder closes over cracked supports."));
  const int64_t later = c.Add(A(2, 400, "Harbor Bridge in Port Alder closes over cracked supports."));
  EXPECT_NE(first, later);
}

TEST(StoryClustererTest, SharedQuotationsPullArticlesTogether) {
  Clustering with, without;
  const std::string a = "Senator Vance spoke about privacy rules in the capital.";
  const std::string b = "Quillon shares rose on Tuesday as markets opened.";
  with.Add(A(1, 10, a, {77}));
  without.Add(A(1, 10, a));
  EXPECT_EQ(with.Add(A(2, 10, b, {77})), with.Stories().at(1));
  EXPECT_NE(without.Add(A(2, 10, b)), without.Stories().at(1));
}

// A later ingest merged variant cluster 4 into 1 (a whole quotation
// printed after its halves): a story saved holding 4 holds 1 once renamed,
// and a later article printing the quotation meets it there.
TEST(StoryClustererTest, ARenamedQuoteClusterIsTheOneALaterArticlePrints) {
  const std::string a = "Senator Vance spoke about privacy rules in the capital.";
  const std::string b = "Quillon shares rose on Tuesday as markets opened.";
  for (const bool renamed : {true, false}) {
    Clustering first;
    first.Add(A(1, 10, a, {4}));
    Clustering later;
    later.joined = first.joined;
    ASSERT_TRUE(later.c.Deserialize(first.c.Serialize()));
    ASSERT_EQ(later.c.QuoteClusters(), std::vector<int64_t>{4});
    if (renamed) later.c.RenameQuoteClusters({4}, {1});
    EXPECT_EQ(later.Add(A(2, 11, b, {1})) == later.Stories().at(1), renamed);
  }
}

// The same quotation in many stories (a stock line) pulls no article into
// any of them.
TEST(StoryClustererTest, AQuotationInManyStoriesPullsNothing) {
  Clustering c;
  int64_t key = 0;
  for (const char* tag : {"alder", "birch", "cedar", "dogwood"}) {
    c.Add(A(++key, 10, Words(tag, 0, 45), {7}));
  }
  ASSERT_EQ(c.Stories().size(), 4u);
  std::set<int64_t> stories;
  for (const auto& [article, story] : c.Stories()) stories.insert(story);
  ASSERT_EQ(stories.size(), 4u);
  // Three words of the first story's forty-five: too few alone.
  const int64_t story = c.Add(A(++key, 10, Words("alder", 0, 3) + Words("elm", 0, 42), {7}));
  EXPECT_EQ(stories.count(story), 0u);
}

// A quotation's stories are counted as stories: two that printed it and
// then merged are one, as a state read back lists them, though the
// quotation's list names both.
TEST(StoryClustererTest, AQuotationInStoriesThatMergedCountsOnce) {
  StoryOptions options;
  options.stories_per_quote = 1;
  options.merge_threshold = 0.1;  // so that one article bridges two stories of 45 words
  Clustering c(options);
  c.Add(A(1, 10, Words("alder", 0, 45), {7}));
  c.Add(A(2, 10, Words("birch", 0, 45), {7}));  // the quotation alone is too little
  ASSERT_NE(c.Stories().at(1), c.Stories().at(2));
  // Bridges them: the quotation makes both candidates, and tells them apart from nothing.
  c.Add(A(3, 10, Words("alder", 0, 23) + Words("birch", 0, 22), {7}));
  ASSERT_EQ(c.Stories().at(1), c.Stories().at(2));
  // Three words of the story's ninety, and the quotation.
  EXPECT_EQ(c.Add(A(4, 10, Words("alder", 0, 3) + Words("elm", 0, 42), {7})), c.Stories().at(1));
}

// A story's shared quotation counts even when the quotation's list of
// stories was trimmed and no longer names it: here the list keeps two
// entries (stories_per_term), so after five stories print the quotation it
// names the last two, few enough to tell stories apart again.
TEST(StoryClustererTest, AQuotationCountsForStoriesItsTrimmedListLeftOut) {
  StoryOptions options;
  options.stories_per_term = 2;
  const auto run = [&](std::vector<int64_t> clusters) {
    Clustering c(options);
    int64_t key = 0;
    for (const char* tag : {"alder", "birch", "cedar", "dogwood", "elm"}) {
      c.Add(A(++key, 10, Words(tag, 0, 45), {7}));
    }
    // Three of the first story's words, each twice: among this article's
    // heaviest, so the first story is a candidate, but too few alone.
    c.Add(A(++key, 10, Words("alder", 0, 3, 2) + Words("fig", 0, 42), clusters));
    const std::map<int64_t, int64_t> stories = c.Stories();
    return stories.at(key) == stories.at(1);
  };
  EXPECT_FALSE(run({}));
  EXPECT_TRUE(run({7}));
}

// A batch after a saved state gives what one run over both gives.
TEST(StoryClustererTest, SavedStateContinuesExactly) {
  Clustering all;
  for (const auto& a : kArticles) all.Add(a);
  Clustering first;
  for (size_t i = 0; i < 3; ++i) first.Add(kArticles[i]);
  Clustering second;
  second.joined = first.joined;
  ASSERT_TRUE(second.c.Deserialize(first.c.Serialize()));
  for (size_t i = 3; i < kArticles.size(); ++i) second.Add(kArticles[i]);
  EXPECT_EQ(all.Stories(), second.Stories());
  EXPECT_EQ(second.c.Serialize(), all.c.Serialize());
  EXPECT_FALSE(second.c.Deserialize("not a state"));
  // A state cut short is refused, not half read.
  const std::string state = all.c.Serialize();
  EXPECT_FALSE(second.c.Deserialize(std::string_view(state).substr(0, state.size() - 3)));
}

// Two articles of one event, then two of another of the same kind: 3 of
// their 33 words are the topic's, printed twice (so that they are among
// each article's heaviest, under which it looks for stories).
std::vector<StoryArticle> TwoEventsSharingAFewWords() {
  const std::string topic = Words("marina", 0, 3, 2);
  return {A(1, 10, topic + Words("alpha", 0, 30)), A(2, 10, topic + Words("alpha", 0, 30)),
          A(3, 11, topic + Words("beta", 0, 30)), A(4, 11, topic + Words("beta", 0, 30))};
}

// The first article of the second event joins the first event's story
// barely; the next one is far nearer it than to that story, and the two
// leave together.
TEST(StoryClustererTest, AnArticleInDoubtLeavesWithTheNextOneLikeIt) {
  const auto stories = [](const StoryOptions& options) {
    Clustering c(options);
    for (const StoryArticle& a : TwoEventsSharingAFewWords()) c.Add(a);
    return c.Stories();
  };
  const std::map<int64_t, int64_t> split = stories(StoryOptions());
  EXPECT_EQ(split.at(1), split.at(2));
  EXPECT_EQ(split.at(3), split.at(4));
  EXPECT_NE(split.at(1), split.at(3));
  StoryOptions sure;
  sure.doubt_margin = 0;
  const std::map<int64_t, int64_t> kept = stories(sure);
  EXPECT_EQ(kept.at(3), kept.at(1));  // joined, and the fourth followed it
  EXPECT_EQ(kept.at(4), kept.at(1));
}

// A batch that ends with an article in doubt: the next batch splits it off
// as one run over both would, and the store's row for it (the number Add
// returned) follows it.
TEST(StoryClustererTest, AnArticleInDoubtInASavedStateLeavesAsInOneRun) {
  const std::vector<StoryArticle> articles = TwoEventsSharingAFewWords();
  Clustering all;
  for (const StoryArticle& a : articles) all.Add(a);
  Clustering first;
  for (size_t i = 0; i < 3; ++i) first.Add(articles[i]);
  EXPECT_EQ(first.Stories().at(3), first.Stories().at(1));
  Clustering second;
  second.joined = first.joined;
  ASSERT_TRUE(second.c.Deserialize(first.c.Serialize()));
  second.Add(articles[3]);
  EXPECT_NE(second.Stories().at(3), second.Stories().at(1));
  EXPECT_EQ(second.Stories(), all.Stories());
  EXPECT_EQ(second.c.Serialize(), all.c.Serialize());
}

// An article of both events' words fits both stories, which would merge
// through it; a story split off never merges with the one it left.
TEST(StoryClustererTest, AStorySplitOffNeverMergesWithTheStoryItLeft) {
  StoryOptions options;
  options.merge_threshold = 0.1;
  Clustering c(options);
  for (const StoryArticle& a : TwoEventsSharingAFewWords()) c.Add(a);
  ASSERT_NE(c.Stories().at(1), c.Stories().at(3));
  c.Add(A(5, 12, Words("marina", 0, 3, 2) + Words("alpha", 0, 15) + Words("beta", 0, 15)));
  EXPECT_NE(c.Stories().at(1), c.Stories().at(3));
}

// The text state earlier versions saved is still read.
TEST(StoryClustererTest, ReadsTheTextStateOfVersionOne) {
  const std::string v1 =
      "qt-stories\t1\nd\t2\nf\tharbor\t2\nf\tbridge\t2\nf\tlevy\t1\n"
      "s\t0\t0\t100\nw\t0\tharbor\t1.2\nw\t0\tbridge\t0.9\nc\t0\t7\t1\n"
      "s\t1\t0\t100\ta\t1\t0\na\t2\t1\n";
  StoryClusterer c;
  ASSERT_TRUE(c.Deserialize(v1));
  EXPECT_EQ(c.vocabulary(), 3u);
  EXPECT_EQ(c.active_stories(), 1u);
  EXPECT_EQ(c.StoryOf(1), 0);  // merged into story 0
}

// A damaged state whose stories merge into each other in a circle is
// refused: reading where a story is now would never end.
TEST(StoryClustererTest, AStateWhoseStoriesMergeInACircleIsRefused) {
  StoryClusterer c;
  EXPECT_FALSE(c.Deserialize("qt-stories\t1\nd\t2\ns\t0\t1\t100\ns\t1\t0\t100\n"));
  EXPECT_FALSE(c.Deserialize("qt-stories\t1\nd\t2\ns\t0\t1\t100\ns\t1\t7\t100\n"));
  ASSERT_TRUE(c.Deserialize("qt-stories\t1\nd\t2\ns\t0\t1\t100\ns\t1\t1\t100\n"));
  EXPECT_EQ(c.StoryOf(0), 1);
}

// A binary state of an earlier version: one story of two terms, dated
// day 100. Version 3 adds the story's article count, weekdays and numbers.
std::string EarlierState(int version) {
  std::string state = "qt-stories\t" + std::to_string(version) + "\n";
  const auto varint = [&](uint64_t v) {
    for (; v >= 0x80; v >>= 7) state.push_back(static_cast<char>((v & 0x7F) | 0x80));
    state.push_back(static_cast<char>(v));
  };
  const auto real = [&](double d) {
    char bytes[8];
    std::memcpy(bytes, &d, 8);  // the state's doubles are little-endian, as this machine's
    state.append(bytes, 8);
  };
  varint(0);  // flags
  varint(2);  // documents
  varint(0);  // not swept
  real(0);
  varint(0);  // next pruning
  varint(2);  // terms, each spelled and counted
  for (const char* term : {"harbor", "bridge"}) {
    varint(std::strlen(term));
    state += term;
    varint(2);
  }
  varint(1);  // stories
  varint(0);  // its parent: itself
  varint(1);  // dated
  real(100);
  varint(2);  // summed terms
  varint(0);
  real(1.2);
  varint(1);
  real(0.9);
  varint(0);  // quote clusters
  if (version == 3) {
    varint(2);  // articles
    varint(0);  // weekdays
    varint(0);  // numbers
  }
  return state;
}

// The binary state of version 2 did not count a story's articles: its
// stories read back whole, their cohesion taken as 1. Version 3 had no
// articles in doubt.
TEST(StoryClustererTest, ReadsTheBinaryStatesOfVersionsTwoAndThree) {
  for (const int version : {2, 3}) {
    Clustering c;
    ASSERT_TRUE(c.c.Deserialize(EarlierState(version))) << version;
    EXPECT_EQ(c.c.active_stories(), 1u);
    EXPECT_EQ(c.Add(A(1, 100, "Harbor bridge closed; the bridge over the harbor stays shut.")), 0);
  }
}

// Years of daily stories: only the last window's stories keep their terms,
// and words seen once in stories long closed are forgotten, so the state
// stays the size of a month, not of the archive.
TEST(StoryClustererTest, StoriesOutOfTheWindowAreRetiredAndTheirRareWordsForgotten) {
  StoryOptions options;
  options.prune_terms = 1000;
  Clustering c(options);
  for (int day = 0; day < 3000; ++day) {  // a story a day, in words of its own
    std::string d;
    for (int n = day; d.size() < 3; n /= 26) d += static_cast<char>('a' + n % 26);
    c.Add(A(day + 1, day, "Alder" + d + " council votes on levy" + d + " and road" + d + " plans."));
  }
  EXPECT_LT(c.c.active_stories(), 40u);  // the last month's stories, not 3000
  EXPECT_LT(c.c.vocabulary(), 2000u);    // not 3 words a day for 3000 days
  EXPECT_EQ(c.Stories().size(), 3000u);
  Clustering restored;
  restored.joined = c.joined;
  ASSERT_TRUE(restored.c.Deserialize(c.c.Serialize()));
  EXPECT_EQ(restored.Stories(), c.Stories());
  // Stories keep forming as before: the same day's articles still meet.
  const int64_t story = c.Add(A(5000, 3000, "Alderzzz council votes on levyzzz and roadzzz plans."));
  EXPECT_EQ(c.Add(A(5001, 3000, "Council votes on levyzzz for roadzzz in Alderzzz.")), story);
}

// A backfill (articles dated before those clustered) does not move the
// latest date, so retirement never ran for the stories it started; at the
// end of a batch they are retired. A batch in date order loses nothing.
TEST(StoryClustererTest, StoriesABackfillStartsAreRetiredAfterIt) {
  Clustering c;
  const auto council = [](int day) {
    std::string d;
    for (int n = day; d.size() < 3; n /= 26) d += static_cast<char>('a' + n % 26);
    return "Alder" + d + " council votes on levy" + d + " and road" + d + " plans.";
  };
  for (int day = 0; day < 400; ++day) c.Add(A(day + 1, day, council(day)));
  const size_t active = c.c.active_stories();
  const std::string state = c.c.Serialize();
  c.c.RetireBackfilled();  // in date order: nothing to retire
  EXPECT_EQ(c.c.Serialize(), state);
  for (int day = 0; day < 100; ++day) c.Add(A(1000 + day, day + 0.5, council(day + 5000)));
  EXPECT_EQ(c.c.active_stories(), active + 100);
  c.c.RetireBackfilled();
  EXPECT_EQ(c.c.active_stories(), active);
  EXPECT_EQ(c.Stories().size(), 500u);  // every article keeps its story
}

// Pruning renumbers the words it keeps in their old order. The first words
// of the vocabulary keep their numbers, and moving a word onto itself
// emptied it: every later article then interned it anew (counted from one),
// and every emptied word went into one chain of the term index, whose
// lookups grew with the vocabulary (a million generated articles spent most
// of an hour there).
TEST(StoryClustererTest, WordsKeptByPruningKeepTheirCounts) {
  StoryOptions options;
  options.prune_terms = 1000;
  Clustering c(options);
  c.Add(A(0, 0, "Council votes on plans."));  // the vocabulary's first words
  for (int day = 1; day < 3000; ++day) {
    std::string d;
    for (int n = day; d.size() < 3; n /= 26) d += static_cast<char>('a' + n % 26);
    c.Add(A(day, day, "Alder" + d + " council votes on levy" + d + " and road" + d + " plans."));
  }
  EXPECT_LT(c.c.vocabulary(), 2000u);  // it was pruned
  EXPECT_EQ(c.c.DocumentFrequency("council"), 3000);
  EXPECT_EQ(c.c.DocumentFrequency("plans"), 3000);
  EXPECT_EQ(c.c.DocumentFrequency("levyaab"), 0);  // seen once, long ago: forgotten
  EXPECT_EQ(c.c.DocumentFrequency(""), 0);
}

TEST(TermIndexTest, FindsEveryTermInsertedAndNoOther) {
  TermIndex index;
  for (uint32_t id = 0; id < 100000; ++id) index.Insert("term" + std::to_string(id), id);
  EXPECT_EQ(index.size(), 100000u);
  for (uint32_t id = 0; id < 100000; id += 997) {
    EXPECT_EQ(index.Find("term" + std::to_string(id)), id);
  }
  EXPECT_EQ(index.Find("term100000"), TermIndex::kNone);
  EXPECT_EQ(TermIndex().Find("anything"), TermIndex::kNone);
}

}  // namespace
}  // namespace qt::match
