// Quote extraction on one long text
// (a transcript, a live blog, a report printed whole), at 64 KB, 512 KB and
// 2 MB: the MB/s should hardly fall with the length. Anything that reads
// the whole text again for each quotation, name or description shows here
// as a throughput that falls fourfold from one size to the next.
//
// The text is invented (about 400 people from two lists of names, seven
// roles, and paragraphs of the layouts news prints: said-tags, a told-that
// with a partial quotation, pronouns, descriptions, a denial), so it holds
// what a long text holds many times over: the same names, roles and
// descriptions again and again.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "quotes/extractor.h"

namespace {

std::string LongText(size_t bytes) {
  static const char* const kFirst[] = {
      "Tomas", "Lena",  "Ada",   "Kalani", "Ravi",  "Dana",  "Mara",  "Jonah", "Iris",  "Felix",
      "Noor",  "Pavel", "Greta", "Omar",   "Selma", "Bruno", "Keiko", "Anton", "Lucia", "Ezra"};
  static const char* const kLast[] = {"Reyes",     "Okafor",   "Lindqvist", "Berg",    "Mendes",
                                      "Whitfield", "Osei",     "Novak",     "Haddad",  "Quint",
                                      "Marsh",     "Ferreira", "Holm",      "Adeyemi", "Castell",
                                      "Brandt",    "Sato",     "Kowal",     "Duarte",  "Vance"};
  static const char* const kRoles[] = {"council member", "harbor master",  "spokeswoman",
                                       "fisherman",      "city treasurer", "retired teacher",
                                       "ferry captain"};
  std::string text;
  uint32_t state = 2;
  const auto next = [&state](uint32_t n) {
    return ((state = state * 1103515245u + 12345u) >> 8) % n;
  };
  while (text.size() < bytes) {
    const std::string name = std::string(kFirst[next(20)]) + " " + kLast[next(20)];
    const std::string last = name.substr(name.find(' ') + 1);
    const std::string role = kRoles[next(7)];
    switch (next(5)) {
      case 0:
        text += "\xE2\x80\x9CWe will rebuild the docks by spring,\xE2\x80\x9D said " + name +
                ", a " + role + ". \xE2\x80\x9CIt is long overdue.\xE2\x80\x9D";
        break;
      case 1:
        text += last +
                " told the Harbor Gazette that it was \xE2\x80\x9C"
                "a fair plan.\xE2\x80\x9D" +
                " He added that nobody would pay more.";
        break;
      case 2:
        text += "\xE2\x80\x9CThey never listened,\xE2\x80\x9D she said. It was, the " + role +
                " added, \xE2\x80\x9Cthe same story every year.\xE2\x80\x9D";
        break;
      case 3:
        text += "The " + role + " denied it. \xE2\x80\x9CThat is not true,\xE2\x80\x9D the " +
                role + " said.";
        break;
      default:
        text += "The council met on Tuesday in the old hall near the harbor, where " + name +
                " spoke for an hour about the budget and the ferry.";
    }
    text += "\n\n";
  }
  return text;
}

// Times extraction alone of `text`, as quotes_bench times it for news
// articles.
void TimeExtraction(benchmark::State& state, const std::string& text) {
  const qt::quotes::QuoteExtractor extractor;
  size_t quotes = 0;
  for (auto _ : state) {
    quotes = extractor.Extract("long", text).size();
    benchmark::DoNotOptimize(quotes);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
  state.counters["quotes"] = static_cast<double>(quotes);
}

// 64 KB, 512 KB and 2 MB: each step four to eight times the one before.
void Sizes(benchmark::internal::Benchmark* b) {
  b->Arg(64 << 10)->Arg(512 << 10)->Arg(2 << 20)->Unit(benchmark::kMillisecond);
}

void BM_ExtractLongText(benchmark::State& state) {
  TimeExtraction(state, LongText(static_cast<size_t>(state.range(0))));
}
BENCHMARK(BM_ExtractLongText)->Apply(Sizes);

// The same text as one paragraph, as some sources print a transcript or
// strip an article's breaks: frames are paragraphs, so this is one frame,
// whose every step must not read the whole frame again for each quotation
// (docs/performance.md, "Long texts").
void BM_ExtractOneLongParagraph(benchmark::State& state) {
  std::string text = LongText(static_cast<size_t>(state.range(0)));
  for (size_t at = text.find("\n\n"); at != std::string::npos; at = text.find("\n\n", at)) {
    text.replace(at, 2, "  ");
  }
  TimeExtraction(state, text);
}
BENCHMARK(BM_ExtractOneLongParagraph)->Apply(Sizes);

// The same paragraph without a full stop: one sentence of megabytes, as a
// transcript's machine captions print it. Whatever looks for a sentence's
// start or end must find it once for the mentions in it, not walk the
// sentence again for each (docs/journal/performance.md, thirty-ninth session).
void BM_ExtractOneLongSentence(benchmark::State& state) {
  std::string text = LongText(static_cast<size_t>(state.range(0)));
  for (char& c : text) {
    if (c == '\n') c = ' ';
    if (c == '.') c = ',';
  }
  TimeExtraction(state, text);
}
BENCHMARK(BM_ExtractOneLongSentence)->Apply(Sizes);

}  // namespace

BENCHMARK_MAIN();
