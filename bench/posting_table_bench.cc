// Posting tables (src/match/posting_table.h): freezing a table into a
// snapshot file, and lookups of frozen postings against postings in memory.
// Keys are random: no article text is needed.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <cstdio>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "base/binary_file.h"
#include "base/mapped_file.h"
#include "match/posting_table.h"

namespace {

using qt::match::PostingTable;

constexpr size_t kCap = 256;

// A table of `postings` postings over postings / 8 keys, as copy anchors are.
std::unique_ptr<PostingTable> TableOf(size_t postings) {
  auto table = std::make_unique<PostingTable>(kCap);
  std::mt19937_64 random(1);
  for (size_t row = 1; row <= postings; ++row) {
    table->Add(random() % (postings / 8 + 1), static_cast<uint32_t>(row));
  }
  return table;
}

std::string ScratchPath(const char* name) {
  return "/tmp/qt-bench-" + std::to_string(getpid()) + "-" + name;
}

void BM_FreezePostings(benchmark::State& state) {
  const auto table = TableOf(static_cast<size_t>(state.range(0)));
  const std::string snapshot = ScratchPath("snapshot"), frozen = ScratchPath("frozen");
  for (auto _ : state) {
    qt::BinaryWriter out(snapshot), frozen_out(frozen);
    table->Save(&out, &frozen_out);
    if (!frozen_out.Commit().ok() || !out.Commit().ok()) state.SkipWithError("cannot write");
  }
  std::remove(snapshot.c_str());
  std::remove(frozen.c_str());
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_FreezePostings)->Arg(1 << 24)->Unit(benchmark::kMillisecond);

// Finds random keys in the table in memory (frozen = 0) or in its frozen copy
// mapped from a file (frozen = 1).
void BM_FindPostings(benchmark::State& state) {
  const size_t postings = 1 << 24;
  std::unique_ptr<PostingTable> table = TableOf(postings);
  const std::string snapshot = ScratchPath("snapshot"), frozen = ScratchPath("frozen");
  if (state.range(0) == 1) {
    {
      qt::BinaryWriter out(snapshot), frozen_out(frozen);
      table->Save(&out, &frozen_out);
      if (!frozen_out.Commit().ok() || !out.Commit().ok()) state.SkipWithError("cannot write");
    }
    std::shared_ptr<const qt::MappedFile> file;
    if (!qt::MappedFile::Open(frozen, &file).ok()) state.SkipWithError("cannot map");
    qt::MappedReader frozen_in(file);
    qt::BinaryReader in(snapshot);
    table = std::make_unique<PostingTable>(kCap);
    if (!table->Load(&in, &frozen_in)) state.SkipWithError("cannot load");
  }
  std::mt19937_64 random(2);
  std::vector<uint32_t> rows;
  bool full = false;
  size_t found = 0;
  for (auto _ : state) {
    table->Find(random() % (postings / 8 + 1), &rows, &full);
    found += rows.size();
  }
  benchmark::DoNotOptimize(found);
  std::remove(snapshot.c_str());
  std::remove(frozen.c_str());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FindPostings)->Arg(0)->Arg(1);

}  // namespace

BENCHMARK_MAIN();
