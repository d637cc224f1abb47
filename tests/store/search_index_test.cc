#include "store/search_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "database_fixture.h"
#include "match/phrase_search.h"
#include "store/quote_store.h"

namespace qt::store {
namespace {

class SearchIndexTest : public DatabaseFixture {
 protected:
  void SetUp() override {
    DatabaseFixture::SetUp();
    ASSERT_TRUE(QuoteStore::Open(db_.get(), &quotes_).ok());
  }
  // Stores an article with one quotation of `text`; returns its row.
  int64_t PutQuote(const std::string& id, const std::string& text) {
    const int64_t seq = PutArticle(id);
    quotes::Quote q{.id = id + "#1", .text = text, .kind = "direct"};
    EXPECT_TRUE(quotes_->Insert(seq, {q}, {""}, {0}).ok());
    return seq;
  }
  void CatchUp(size_t expected) {
    size_t indexed = 0;
    ASSERT_TRUE(quotes_->search().CatchUp(&indexed).ok());
    EXPECT_EQ(indexed, expected);
  }
  // The rows the index finds for `phrase`; {-1} when it cannot narrow.
  std::vector<int64_t> Find(const std::string& phrase) {
    std::vector<int64_t> seqs;
    bool narrowed = false;
    EXPECT_TRUE(quotes_->search()
                    .ArticlesFor(match::IndexQuery(match::SearchWords(phrase)), &seqs, &narrowed)
                    .ok());
    return narrowed ? seqs : std::vector<int64_t>{-1};
  }
  std::unique_ptr<QuoteStore> quotes_;
};

TEST_F(SearchIndexTest, FindsEveryArticleWhoseQuotationsCanPrintThePhrase) {
  const int64_t harbor = PutQuote("a", "We will reopen the harbor by spring.");
  const int64_t censored = PutQuote("b", "It was a b***** move, frankly.");
  const int64_t apostrophe = PutQuote("c", "We don’t reopen harbors in winter.");
  const int64_t accented = PutQuote("d", "ÉLISE Fund will not pay.");
  for (int i = 0; i < 6; ++i) PutQuote("pad" + std::to_string(i), "Nothing to see here.");
  CatchUp(10);
  EXPECT_EQ(Find("reopen the harbor"), (std::vector<int64_t>{harbor}));
  // A censored printing can hide any word starting with its letter.
  EXPECT_EQ(Find("badass move"), (std::vector<int64_t>{censored}));
  EXPECT_EQ(Find("b***** move"), (std::vector<int64_t>{censored}));
  EXPECT_EQ(Find("don't"), (std::vector<int64_t>{apostrophe}));
  EXPECT_EQ(Find("élise fund"), (std::vector<int64_t>{accented}));
  EXPECT_EQ(Find("Kalani Berg"), (std::vector<int64_t>{}));
}

TEST_F(SearchIndexTest, FindsArticlesByTheirSpeakersNames) {
  const int64_t reyes = PutArticle("a");
  quotes::Quote q{
      .id = "a#1", .text = "The bridge stays shut.", .kind = "direct", .speaker = "Tomas Reyes"};
  ASSERT_TRUE(quotes_->Insert(reyes, {q}, {""}, {0}).ok());
  for (int i = 0; i < 4; ++i) PutQuote("pad" + std::to_string(i), "Nothing to see here.");
  CatchUp(5);
  std::vector<int64_t> seqs;
  bool narrowed = false;
  ASSERT_TRUE(
      quotes_->search()
          .ArticlesFor(match::IndexQuery({}, {match::SearchWords("reyes")}), &seqs, &narrowed)
          .ok());
  EXPECT_TRUE(narrowed);
  EXPECT_EQ(seqs, (std::vector<int64_t>{reyes}));
  // A speaker's name is not among the words quoted.
  EXPECT_EQ(Find("reyes"), (std::vector<int64_t>{}));
}

TEST_F(SearchIndexTest, QuotationsStoredSinceTheLastCatchUpAreAlwaysCandidates) {
  const int64_t first = PutQuote("a", "The harbor stays shut.");
  for (int i = 0; i < 6; ++i) PutQuote("pad" + std::to_string(i), "Nothing to see here.");
  CatchUp(7);
  const int64_t later = PutQuote("b", "Not indexed yet.");
  EXPECT_EQ(Find("harbor"), (std::vector<int64_t>{first, later}));
  CatchUp(1);
  EXPECT_EQ(Find("harbor"), (std::vector<int64_t>{first}));
  CatchUp(0);
}

// A transaction ends with an article: one whose quotations straddle its
// first `per_transaction` is indexed whole, as one row.
TEST_F(SearchIndexTest, ATransactionIndexesWholeArticles) {
  std::vector<int64_t> seqs;
  for (int i = 0; i < 5; ++i) {
    seqs.push_back(PutArticle("a" + std::to_string(i)));
    const quotes::Quote harbor{.text = "The harbor stays shut.", .kind = "direct"};
    const quotes::Quote ferry{.text = "The ferry runs on Friday.", .kind = "direct"};
    ASSERT_TRUE(quotes_->Insert(seqs.back(), {harbor, ferry}, {"", ""}, {0, 0}).ok());
  }
  for (int i = 0; i < 10; ++i) PutQuote("pad" + std::to_string(i), "Nothing to see here.");
  size_t indexed = 0;
  ASSERT_TRUE(quotes_->search().CatchUp(&indexed, 3).ok());
  EXPECT_EQ(indexed, 20u);
  Statement rows;
  ASSERT_TRUE(rows.Prepare(*db_, "SELECT count(*) FROM quote_search").ok());
  ASSERT_TRUE(rows.Step());
  EXPECT_EQ(rows.Int(0), 15);  // a row per article, none split
  EXPECT_TRUE(db_->Exec("INSERT INTO quote_search (quote_search) VALUES ('integrity-check')").ok());
  EXPECT_EQ(Find("ferry runs"), seqs);
  EXPECT_EQ(Find("harbor"), seqs);
  int64_t through = 0;
  ASSERT_TRUE(quotes_->search().Through(&through).ok());
  EXPECT_EQ(through, quotes_->next_qid() - 1);
}

TEST_F(SearchIndexTest, APhraseOnMostArticlesOrWithoutTermsDoesNotNarrow) {
  for (int i = 0; i < 4; ++i) PutQuote("a" + std::to_string(i), "The harbor stays shut.");
  CatchUp(4);
  EXPECT_EQ(Find("harbor"), (std::vector<int64_t>{-1}));
  EXPECT_EQ(Find("'"), (std::vector<int64_t>{-1}));
}

// An article analysed again loses its quotations; the index starts over
// rather than keep entries for qids that new quotations would take.
TEST_F(SearchIndexTest, RemovingIndexedQuotationsStartsTheIndexOver) {
  const int64_t seq = PutQuote("a", "The harbor stays shut.");
  for (int i = 0; i < 4; ++i) PutQuote("pad" + std::to_string(i), "Nothing to see here.");
  CatchUp(5);
  int64_t through = 0;
  ASSERT_TRUE(quotes_->search().Through(&through).ok());
  size_t removed = 0;
  ASSERT_TRUE(quotes_->Remove(seq, &removed).ok());
  ASSERT_EQ(removed, 1u);
  EXPECT_EQ(Find("harbor"), (std::vector<int64_t>{-1}));  // every quotation is unindexed
  CatchUp(4);
  EXPECT_EQ(Find("harbor"), (std::vector<int64_t>{}));

  std::unique_ptr<QuoteStore> reopened;
  ASSERT_TRUE(QuoteStore::Open(db_.get(), &reopened).ok());
  EXPECT_GT(reopened->next_qid(), through);
}

}  // namespace
}  // namespace qt::store
