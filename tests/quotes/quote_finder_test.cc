#include "quotes/quote_finder.h"

#include <gtest/gtest.h>

namespace qt::quotes {
namespace {

// The contents of every quotation found, in order.
std::vector<std::string> Contents(const std::string& text) {
  std::vector<std::string> out;
  for (const QuoteSpan& q : FindQuoteSpans(text, text::SplitParagraphs(text))) {
    out.push_back(text.substr(q.start, q.end - q.start));
  }
  return out;
}

TEST(QuoteFinderTest, EveryKindOfMark) {
  EXPECT_EQ(Contents("“Curly,” she said."), std::vector<std::string>{"Curly,"});
  EXPECT_EQ(Contents("\"Straight,\" she said."), std::vector<std::string>{"Straight,"});
  EXPECT_EQ(Contents("He said «guillemets» too."), std::vector<std::string>{"guillemets"});
  EXPECT_EQ(Contents("Sie sagte „Nein“ dazu."), std::vector<std::string>{"Nein"});
  EXPECT_EQ(Contents("She called it ‘odd’ twice."), std::vector<std::string>{"odd"});
  EXPECT_EQ(Contents("''Typewriter,'' he said."), std::vector<std::string>{"Typewriter,"});
  EXPECT_EQ(Contents("“Mixed marks,\" he said."), std::vector<std::string>{"Mixed marks,"});
}

// The scan for marks tests sixteen bytes at a time: a mark is found at any
// offset, in the last bytes of a paragraph too.
TEST(QuoteFinderTest, MarksAreFoundAtEveryOffset) {
  for (size_t pad = 0; pad < 40; ++pad) {
    for (const std::string& mark : {std::string("\""), std::string("“")}) {
      const std::string close = mark == "\"" ? "\"" : "”";
      const std::string text = std::string(pad, 'x') + " " + mark + "Yes" + close;
      EXPECT_EQ(Contents(text), std::vector<std::string>{"Yes"}) << pad << mark;
    }
  }
}

// Guillemets point either way: French « », German and Danish »«, Swedish »».
TEST(QuoteFinderTest, GuillemetsInEveryDirection) {
  EXPECT_EQ(Contents("Sie sagte: »Wir prüfen das«, und ging."),
            std::vector<std::string>{"Wir prüfen das"});
  EXPECT_EQ(Contents("Han sa: »Vi kommer», och gick."), std::vector<std::string>{"Vi kommer"});
  EXPECT_EQ(Contents("Il a dit ‹ non › deux fois."), std::vector<std::string>{"non"});
  const std::string nested = "Er sagte: »Sie rief ›Nein‹ und ging.« Dann schwieg er.";
  const auto spans = FindQuoteSpans(nested, text::SplitParagraphs(nested));
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(nested.substr(spans[0].start, spans[0].end - spans[0].start), "Sie rief ›Nein‹ und ging.");
  EXPECT_EQ(spans[1].parent, 0);
  EXPECT_TRUE(spans[1].single);
  EXPECT_EQ(nested.substr(spans[1].start, spans[1].end - spans[1].start), "Nein");
}

TEST(QuoteFinderTest, CornerBrackets) {
  const std::string text = "市長は「橋は『五月に』開く」と述べた。";
  const auto spans = FindQuoteSpans(text, text::SplitParagraphs(text));
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[0].start, spans[0].end - spans[0].start), "橋は『五月に』開く");
  EXPECT_EQ(text.substr(spans[1].start, spans[1].end - spans[1].start), "五月に");
  EXPECT_EQ(spans[1].parent, 0);
  EXPECT_TRUE(spans[1].single);
}

TEST(QuoteFinderTest, SpacesInsideTheMarksAreNoContent) {
  EXPECT_EQ(Contents("« Nous partons », a-t-elle dit."), std::vector<std::string>{"Nous partons"});
  // No-break spaces, as French typesetting puts them.
  EXPECT_EQ(Contents("«\u00A0Nous partons\u202F», dit-elle."),
            std::vector<std::string>{"Nous partons"});
  EXPECT_EQ(Contents("'' Typewriter , '' he said."), std::vector<std::string>{"Typewriter ,"});
}

TEST(QuoteFinderTest, NestedQuotesHaveAParent) {
  const std::string text = "“She told me, ‘Not today,’ and left,” he said.";
  const auto spans = FindQuoteSpans(text, text::SplitParagraphs(text));
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].parent, -1);
  EXPECT_EQ(spans[1].parent, 0);
  EXPECT_EQ(text.substr(spans[1].start, spans[1].end - spans[1].start), "Not today,");
  const std::string straight = "\"She told me, 'Not today,' and left,\" he said.";
  EXPECT_EQ(Contents(straight), (std::vector<std::string>{"She told me, 'Not today,' and left,",
                                                          "Not today,"}));
}

TEST(QuoteFinderTest, ApostrophesNeverOpenOrClose) {
  EXPECT_TRUE(Contents("Don’t touch Trump’s car from the ’90s.").empty());
  EXPECT_TRUE(Contents("It's rock ’n’ roll, isn't it?").empty());
  EXPECT_TRUE(Contents("The players’ union and the Jones' house met.").empty());
  EXPECT_EQ(Contents("“The players’ union won’t budge,” he said."),
            std::vector<std::string>{"The players’ union won’t budge,"});
  EXPECT_EQ(Contents("She said ‘the players’ union agreed’ on Monday."),
            std::vector<std::string>{"the players’ union agreed"});
  EXPECT_TRUE(Contents("He is 6'2\" tall.").empty());
  // An apostrophe typed as an opening mark, after a letter.
  EXPECT_TRUE(Contents("Reyes‘s plan and the Harbor Courier‘ Morning Show.").empty());
  EXPECT_EQ(Contents("On Harbor TV‘ Morning Show she said, “We will pay.”"),
            std::vector<std::string>{"We will pay."});
}

// Text whose tokens were joined again with the wrong spaces, as some corpora
// print it: the closing mark sits before the reporter's words, spaced as an
// opening one, and contractions are split off their words.
TEST(QuoteFinderTest, ClosingMarksSpacedAsOpeningOnes) {
  EXPECT_EQ(Contents("\"The bridge stays shut until Friday, \"Lena Okafor said on Monday."),
            std::vector<std::string>{"The bridge stays shut until Friday,"});
  EXPECT_EQ(Contents("\" We will find a ferry, \"the mayor said. \"It is a promise. ''"),
            (std::vector<std::string>{"We will find a ferry,", "It is a promise."}));
  // A possessive in the reporter's words does not hide their cue.
  EXPECT_EQ(Contents("\"Not before Friday, \"Reyes's aide said."),
            std::vector<std::string>{"Not before Friday,"});
  // An opening curly mark before a comma closes.
  EXPECT_EQ(Contents("“ We will find a ferry “, the mayor said."),
            std::vector<std::string>{"We will find a ferry"});
  EXPECT_TRUE(Contents("She 'd gone home before we 've seen it, and it 's late.").empty());
  // Single marks spaced on both sides: a title closes, a contraction's mark is none.
  EXPECT_EQ(Contents("Okafor will direct ‘ Harbor Lights ’ sequel ‘ Low Tide ’. She doesn ’ t "
                     "mind Reyes ’ s notes, nor Berg ‘ s."),
            (std::vector<std::string>{"Harbor Lights", "Low Tide"}));
}

TEST(QuoteFinderTest, NestedStraightMarksStayNested) {
  EXPECT_EQ(Contents("\"He shouted \"Stop the count!\" twice,\" Reyes said."),
            (std::vector<std::string>{"He shouted \"Stop the count!\" twice,", "Stop the count!"}));
  // A cue after "I" or "we" is what the inner speaker says, not the reporter.
  EXPECT_EQ(Contents("\"So when they ask, \"I said no,\" you listen,\" Berg said."),
            (std::vector<std::string>{"So when they ask, \"I said no,\" you listen,", "I said no,"}));
}

TEST(QuoteFinderTest, MultiParagraphQuoteContinues) {
  const std::string text = "“First paragraph of the speech.\n\n“Second paragraph,” she said.";
  const auto spans = FindQuoteSpans(text, text::SplitParagraphs(text));
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(text.substr(spans[0].start, spans[0].end - spans[0].start),
            "First paragraph of the speech.\n\n“Second paragraph,");
  EXPECT_TRUE(spans[0].closed);
  EXPECT_EQ(spans[0].last_paragraph, 1u);
}

TEST(QuoteFinderTest, PassageQuotedAcrossParagraphsWithoutMarks) {
  const std::string text = "“The report said a lot.\nIt went on.\nAnd ended here.”\nAfter.";
  EXPECT_EQ(Contents(text), std::vector<std::string>{"The report said a lot.\nIt went on.\nAnd ended here."});
}

TEST(QuoteFinderTest, UnbalancedMarkRecoversAtParagraphEnd) {
  const std::string text = "He said “this never closes.\nNext paragraph has “a quote” in it.";
  const auto spans = FindQuoteSpans(text, text::SplitParagraphs(text));
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_FALSE(spans[0].closed);
  EXPECT_EQ(text.substr(spans[0].start, spans[0].end - spans[0].start), "this never closes.");
  EXPECT_TRUE(spans[1].closed);
  EXPECT_EQ(text.substr(spans[1].start, spans[1].end - spans[1].start), "a quote");
}

TEST(QuoteFinderTest, OffsetsAreBytesIntoTheText) {
  const std::string text = "Café “é”";
  const auto spans = FindQuoteSpans(text, text::SplitParagraphs(text));
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].open, 6u);   // "Café " is 6 bytes
  EXPECT_EQ(spans[0].start, 9u);  // “ is 3 bytes
  EXPECT_EQ(spans[0].end, 11u);   // é is 2 bytes
}

TEST(QuoteFinderTest, EmptyAndPunctuationOnlyQuotesAreDropped) {
  EXPECT_TRUE(Contents("He said “” and “…” then.").empty());
}

}  // namespace
}  // namespace qt::quotes
