#include "match/story_clusterer.h"
#include "match/term_index.h"

#include <gtest/gtest.h>

#include <set>

namespace qt::match {
namespace {

StoryArticle A(int64_t key, double day, const std::string& text, std::vector<int64_t> clusters = {}) {
  return {key, day, text, std::move(clusters)};
}

const std::vector<StoryArticle> kArticles = {
    A(1, 100, "Port Alder closes the Harbor Bridge after inspectors find cracked supports."),
    A(2, 100.5, "Harbor Bridge in Port Alder shut over cracked supports, mayor Okafor says."),
    A(3, 101, "Riverton Rovers coach Ada Lindqvist resigns after eleven matches without a win."),
    A(4, 101.2, "Lindqvist quits as Rovers coach; club chairman thanks her."),
    A(5, 102, "Dock workers want a ferry while the Harbor Bridge in Port Alder stays closed."),
};

TEST(StoryClustererTest, ArticlesAboutOneEventShareAStory) {
  StoryClusterer c;
  std::vector<int64_t> story;
  for (const auto& a : kArticles) story.push_back(c.Add(a));
  EXPECT_EQ(story[0], story[1]);
  EXPECT_EQ(story[2], story[3]);
  EXPECT_NE(story[0], story[2]);
  EXPECT_EQ(c.Assignments().at(5), c.Assignments().at(1));
}

TEST(StoryClustererTest, ArticlesFarApartInTimeDoNotJoin) {
  StoryClusterer c;
  const int64_t first = c.Add(A(1, 100, "Harbor Bridge in Port Alder closes over cracked supports."));
  const int64_t later = c.Add(A(2, 400, "Harbor Bridge in Port Alder closes over cracked supports."));
  EXPECT_NE(first, later);
}

TEST(StoryClustererTest, SharedQuotationsPullArticlesTogether) {
  StoryClusterer with, without;
  const std::string a = "Senator Vance spoke about privacy rules in the capital.";
  const std::string b = "Quillon shares rose on Tuesday as markets opened.";
  with.Add(A(1, 10, a, {77}));
  without.Add(A(1, 10, a));
  EXPECT_EQ(with.Add(A(2, 10, b, {77})), with.Assignments().at(1));
  EXPECT_NE(without.Add(A(2, 10, b)), without.Assignments().at(1));
}

// A batch after a saved state gives what one run over both gives.
// The same quotation in many stories (a stock line) pulls no article into
// any of them.
TEST(StoryClustererTest, AQuotationInManyStoriesPullsNothing) {
  const auto words = [](const std::string& tag, int from, int to) {
    std::string text;
    for (int i = from; i < to; ++i) text += tag + std::to_string(i) + " ";
    return text;
  };
  StoryClusterer c;
  int64_t key = 0;
  for (const char* tag : {"alder", "birch", "cedar", "dogwood"}) {
    c.Add(A(++key, 10, words(tag, 0, 45), {7}));
  }
  ASSERT_EQ(c.Assignments().size(), 4u);
  std::set<int64_t> stories;
  for (const auto& [article, story] : c.Assignments()) stories.insert(story);
  ASSERT_EQ(stories.size(), 4u);
  // Three words of the first story's forty-five: too few alone.
  const int64_t story = c.Add(A(++key, 10, words("alder", 0, 3) + words("elm", 0, 42), {7}));
  EXPECT_EQ(stories.count(story), 0u);
}

TEST(StoryClustererTest, SavedStateContinuesExactly) {
  StoryClusterer all;
  for (const auto& a : kArticles) all.Add(a);
  StoryClusterer first;
  for (size_t i = 0; i < 3; ++i) first.Add(kArticles[i]);
  StoryClusterer second;
  ASSERT_TRUE(second.Deserialize(first.Serialize()));
  for (size_t i = 3; i < kArticles.size(); ++i) second.Add(kArticles[i]);
  EXPECT_EQ(all.Assignments(), second.Assignments());
  EXPECT_FALSE(second.Deserialize("not a state"));
}

// Years of daily stories: only the last window's stories keep their terms,
// so the saved state stays the size of a month, not of the archive.
TEST(StoryClustererTest, StoriesOutOfTheWindowAreRetired) {
  StoryClusterer c;
  for (int day = 0; day < 3000; ++day) {  // a story a day, in words of its own
    std::string d;
    for (int n = day; d.size() < 3; n /= 26) d += static_cast<char>('a' + n % 26);
    c.Add(A(day + 1, day, "Alder" + d + " council votes on levy" + d + " and road" + d + " plans."));
  }
  const std::string state = c.Serialize();
  size_t term_rows = 0;
  for (size_t at = 0; (at = state.find("\nw\t", at)) != std::string::npos; ++at) ++term_rows;
  EXPECT_LT(term_rows, 40u * 6);  // the last month's stories of five terms, not 3000
  EXPECT_EQ(c.Assignments().size(), 3000u);
  StoryClusterer restored;
  ASSERT_TRUE(restored.Deserialize(state));
  EXPECT_EQ(restored.Assignments(), c.Assignments());
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
