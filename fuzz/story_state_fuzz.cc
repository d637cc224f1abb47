// Fuzz target: the story clusterer's saved state (match/story_clusterer.h).
//
// The state is a BLOB in the database (store/story_store.h), which a
// damaged or hand-edited file can make anything. The input is read as a
// state. Beyond not crashing or hanging:
//   * a state read is written back as a state that reads, and that one is
//     written back as the same bytes (so a saved state stays what it was);
//   * an article added after it joins a story, and every story number,
//     read through StoryOf, leads to a story that is its own.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_util.h"
#include "match/story_clusterer.h"

namespace {

using qt::match::StoryArticle;
using qt::match::StoryClusterer;

void CheckStoriesEnd(const StoryClusterer& c, int64_t most) {
  for (int64_t id = 0; id < most; ++id) {
    const int64_t story = c.StoryOf(id);
    FUZZ_CHECK(story >= 0 && story < most);
    FUZZ_CHECK(c.StoryOf(story) == story);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view state(reinterpret_cast<const char*>(data), size);
  StoryClusterer c;
  if (!c.Deserialize(state)) return 0;
  const std::string written = c.Serialize();
  StoryClusterer again;
  FUZZ_CHECK(again.Deserialize(written));
  FUZZ_CHECK(again.Serialize() == written);
  const int64_t joined = again.Add(
      StoryArticle{1, 100.0, "Harbor Bridge in Port Alder closes over cracked supports.", {7}});
  FUZZ_CHECK(joined >= 0);
  CheckStoriesEnd(again, joined + 1);
  return 0;
}
