#include "pipeline/copy_detection.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "ingest/article.h"
#include "pipeline/article_analysis.h"
#include "store/article_store.h"
#include "test_util.h"

namespace qt::pipeline {
namespace {

using qt::testing::InventedProse;

ingest::Article Make(const std::string& id, const std::string& text) {
  ingest::Article a;
  a.id = id;
  a.text = text;
  a.source = id;
  return a;
}

// Copies of copies (so that groups merge while later rows wait to be
// decided), a noisy copy, articles that lift a paragraph, and unrelated ones.
std::vector<ingest::Article> Articles() {
  const std::string lead = InventedProse(1, 4), body = InventedProse(2, 8);
  std::string noisy = body.substr(0, body.size() * 3 / 4);
  for (size_t i = 7; i < noisy.size(); i += 41) noisy[i] = 'x';
  return {
      Make("orig", lead + "\n\n" + body),
      Make("other", InventedProse(3, 12)),
      Make("copy", lead + "\n\n" + body + "\n\n" + InventedProse(4, 1)),
      Make("trimmed", noisy),
      Make("lifts", InventedProse(5, 6) + "\n\n" + lead + "\n\n" + InventedProse(6, 6)),
      Make("copy-of-copy", InventedProse(7, 1) + "\n\n" + lead + "\n\n" + body),
      Make("lifts-again", InventedProse(8, 5) + "\n\n" + lead),
      Make("other-copy", InventedProse(3, 12) + "\n\n" + InventedProse(9, 1)),
  };
}

std::string Query(store::Database& db, const std::string& sql) {
  store::Statement q;
  EXPECT_TRUE(q.Prepare(db, sql).ok()) << sql;
  std::string out;
  while (q.Step()) out += std::string(q.Text(0)) + ";";
  return out;
}

// Everything copy detection stored, by article id.
std::string Stored(store::Database& db) {
  return Query(db, "SELECT id || ' in ' || coalesce((SELECT id FROM articles g WHERE g.seq = "
                   "a.copy_group), '-') FROM articles a ORDER BY seq") +
         "\n" +
         Query(db, "SELECT x.id || '~' || y.id || ' ' || round(coverage, 3) FROM copy_links "
                   "JOIN articles x ON x.seq = a JOIN articles y ON y.seq = b ORDER BY a, b") +
         "\n" +
         Query(db, "SELECT x.id || '>' || y.id || ' ' || a_start || '-' || a_end || ' ' || "
                   "b_start || '-' || b_end FROM passages JOIN articles x ON x.seq = a_seq "
                   "JOIN articles y ON y.seq = b_seq ORDER BY 1");
}

class Detection {
 public:
  explicit Detection(size_t cached_texts = CopyOptions().cached_texts) {
    options_.cached_texts = cached_texts;
    EXPECT_TRUE(store::Database::Open(":memory:", &db_).ok());
    EXPECT_TRUE(store::ArticleStore::Open(db_.get(), &articles_).ok());
    EXPECT_TRUE(CopyDetection::Open(db_.get(), options_, &copies_).ok());
    EXPECT_TRUE(db_->Begin().ok());
  }

  int64_t Put(const ingest::Article& a) {
    store::PutResult put;
    EXPECT_TRUE(articles_->Put(a, kAnalysisVersion, &put).ok());
    return put.seq;
  }

  std::string Stored() {
    EXPECT_TRUE(db_->Commit().ok());
    return pipeline::Stored(*db_);
  }

  CopyOptions options_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<store::ArticleStore> articles_;
  std::unique_ptr<CopyDetection> copies_;
};

// The ingest prepares rows while earlier ones are still being aligned on
// other threads; what it stores must not depend on how far ahead it got.
TEST(CopyDetectionTest, RowsPreparedAheadAreDecidedAsOneAtATime) {
  const std::vector<ingest::Article> articles = Articles();
  Detection one;
  for (const ingest::Article& a : articles) {
    ASSERT_TRUE(one.copies_->Add(one.Put(a), a.id, CopyFeaturesOf(a.text, one.options_)).ok());
  }
  const std::string expected = one.Stored();
  // Not trivially equal: there are copy groups, links and passages to get wrong.
  EXPECT_NE(expected.find("copy-of-copy in orig"), std::string::npos) << expected;
  EXPECT_NE(expected.find("other-copy in other"), std::string::npos) << expected;
  EXPECT_NE(expected.find("orig>lifts-again"), std::string::npos) << expected;

  Detection ahead;
  std::vector<CopyWork> works(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    const ingest::Article& a = articles[i];
    ASSERT_TRUE(ahead.copies_
                    ->Prepare(ahead.Put(a), a.id, CopyFeaturesOf(a.text, ahead.options_), &works[i])
                    .ok());
  }
  for (size_t i = works.size(); i-- > 0;) ahead.copies_->Align(&works[i]);  // any order
  for (CopyWork& w : works) {
    ASSERT_TRUE(ahead.copies_->Decide(&w).ok());
    EXPECT_EQ(w.aligned_late, 0) << "row " << w.seq;
  }
  EXPECT_EQ(ahead.Stored(), expected);
}

// Texts and shingle positions come from the cache of stored rows or are
// built again; either way the same copies and passages are found. Later
// rows shorter than the stored ones they align against ("trimmed",
// "lifts-again") look up the stored rows' positions.
TEST(CopyDetectionTest, CachedTextsAndPositionsFindWhatRebuiltOnesFind) {
  const std::vector<ingest::Article> articles = Articles();
  Detection cached, uncached(/*cached_texts=*/0);
  for (Detection* d : {&cached, &uncached}) {
    for (const ingest::Article& a : articles) {
      ASSERT_TRUE(d->copies_->Add(d->Put(a), a.id, CopyFeaturesOf(a.text, d->options_)).ok());
    }
  }
  const std::string expected = uncached.Stored();
  EXPECT_NE(expected.find("trimmed in orig"), std::string::npos) << expected;
  EXPECT_EQ(cached.Stored(), expected);
}

// A text that prints a paragraph twice meets another's one printing of it
// twice; that printing is still under half the other text, so the two are
// no copies, whichever is stored first (both alignments once counted, the
// other text was "covered" 0.9).
TEST(CopyDetectionTest, AParagraphPrintedTwiceCoversItsOnePrintingOnce) {
  const std::string paragraph = InventedProse(1, 4);
  const ingest::Article twice =
      Make("twice", paragraph + "\n\n" + InventedProse(2, 6) + "\n\n" + paragraph);
  const ingest::Article once = Make("once", paragraph + "\n\n" + InventedProse(3, 5));
  for (const bool twice_first : {true, false}) {
    Detection d;
    for (const ingest::Article* a : {twice_first ? &twice : &once, twice_first ? &once : &twice}) {
      ASSERT_TRUE(d.copies_->Add(d.Put(*a), a->id, CopyFeaturesOf(a->text, d.options_)).ok());
    }
    const std::string stored = d.Stored();
    EXPECT_NE(stored.find("once in -"), std::string::npos) << stored;
    EXPECT_NE(stored.find("twice in -"), std::string::npos) << stored;
    EXPECT_NE(stored.find(twice_first ? "twice>once" : "once>twice"), std::string::npos) << stored;
  }
}

}  // namespace
}  // namespace qt::pipeline
