#include "pipeline/shingled_text_cache.h"

#include <gtest/gtest.h>

#include <memory>

namespace qt::pipeline {
namespace {

ShingledTextCache::Text TextOf(const char* words) {
  return std::make_shared<const match::ShingledText>(match::Shingle(words, 2));
}

TEST(ShingledTextCacheTest, EvictsTheRowUsedLongestAgo) {
  ShingledTextCache cache(2);
  cache.Put(1, TextOf("harbour ferry budget"));
  cache.Put(2, TextOf("bridge school market"));
  ASSERT_NE(cache.Find(1).text, nullptr);  // now 2 is the one used longest ago
  cache.Put(3, TextOf("tunnel museum library"));
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.Find(2).text, nullptr);
  EXPECT_NE(cache.Find(1).text, nullptr);
  EXPECT_NE(cache.Find(3).text, nullptr);
}

TEST(ShingledTextCacheTest, AHeldTextOutlivesItsEviction) {
  ShingledTextCache cache(1);
  cache.Put(1, TextOf("harbour ferry budget"));
  const ShingledTextCache::Text held = cache.Find(1).text;
  cache.Put(2, TextOf("bridge school market"));
  EXPECT_EQ(cache.Find(1).text, nullptr);
  ASSERT_NE(held, nullptr);
  EXPECT_EQ(held->words.size(), 3u);
}

TEST(ShingledTextCacheTest, PuttingARowAgainKeepsOneEntry) {
  ShingledTextCache cache(2);
  cache.Put(1, TextOf("harbour ferry"));
  cache.Put(1, TextOf("harbour ferry budget"));
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.Find(1).text->words.size(), 3u);
}

// An alignment that finds a row's positions held builds none, and puts the
// row back without them: the positions stay.
TEST(ShingledTextCacheTest, PositionsStayWithTheirText) {
  ShingledTextCache cache(2);
  const ShingledTextCache::Text text = TextOf("harbour ferry budget");
  cache.Put(1, text);
  EXPECT_EQ(cache.Find(1).positions, nullptr);
  cache.Put(1, text, std::make_shared<const match::ShinglePositions>(*text));
  cache.Put(1, text);
  const ShingledTextCache::Held held = cache.Find(1);
  EXPECT_EQ(held.text, text);
  ASSERT_NE(held.positions, nullptr);
  EXPECT_EQ(held.positions->Of(text->shingles[0]).size(), 1u);
}

TEST(ShingledTextCacheTest, NoCapacityHoldsNothing) {
  ShingledTextCache cache(0);
  cache.Put(1, TextOf("harbour ferry budget"));
  EXPECT_EQ(cache.Find(1).text, nullptr);
}

}  // namespace
}  // namespace qt::pipeline
