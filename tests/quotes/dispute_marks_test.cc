// Which quotations contest a claim (Quote::dispute): the cases of
// quotes/attribution.h DisputeCues and of the extractor's MarkDisputes.
#include <gtest/gtest.h>

#include "quotes/extractor.h"

namespace qt::quotes {
namespace {

// The quotation of `text` whose content starts with `prefix`.
Quote QuoteStartingWith(const std::string& text, const std::string& prefix) {
  for (const Quote& q : QuoteExtractor().Extract("t", text)) {
    if (q.text.starts_with(prefix)) return q;
  }
  ADD_FAILURE() << "no quotation starting with " << prefix << " in " << text;
  return {};
}

// Its dispute cue.
std::string DisputeOf(const std::string& text, const std::string& prefix) {
  return QuoteStartingWith(text, prefix).dispute;
}

struct Case {
  std::string text, quote, dispute;
};
void PrintTo(const Case& c, std::ostream* os) { *os << c.text; }

class Contests : public ::testing::TestWithParam<Case> {};

TEST_P(Contests, TheQuotationCarriesTheCue) {
  const Case& c = GetParam();
  EXPECT_EQ(DisputeOf(c.text, c.quote), c.dispute) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    DisputeMarksTest, Contests,
    ::testing::Values(
        // A cue in the paragraph before, its subject the speaker.
        Case{"A Harbor Fund spokesperson disputed the account.\n\n“Ms. Okafor has made no "
             "promise,” the spokesperson said.",
             "Ms. Okafor", "disputed"},
        // Insist contests a claim when what it introduces is negated.
        Case{"In a statement, a Harbor Fund spokesperson insisted Okafor's remarks were not an "
             "endorsement.\n\n“She backs no one in this race,” the spokesperson said.",
             "She backs", "insisted"},
        Case{"“That is simply false,” Tomas Reyes insisted.", "That is", "insisted"},
        Case{"“We did nothing wrong,” Reyes maintained.", "We did", "maintained"},
        // The cue in the quotation's own sentence, after it.
        Case{"“It is false,” Tomas Reyes said, denying the report.", "It is", "denying"},
        // The denial goes on in the next sentences of the same speaker.
        Case{"Tomas Reyes denied the report. “I never met him,” Reyes said. “Not once.”",
             "Not once", "denied"},
        Case{"Tomas Reyes denied the report.\n\n“I never met him,” Reyes said.\n\n“Not once.”",
             "Not once", "denied"},
        Case{"Tomas Reyes denied the report. “I never met him,” Reyes said. He added: “Not once.”",
             "Not once", "denied"},
        // A progressive is no passive.
        Case{"Tomas Reyes is pushing back. He asks, “Where is the proof?”", "Where is",
             "pushing back"},
        // An assertion that answers someone else's denial.
        Case{"City Hall denied that Mayor Lena Okafor had promised a ferry.\n\nUnion leader Tomas "
             "Reyes insisted the promise was made. “She said it to our faces,” he said.",
             "She said", "insisted"},
        Case{"Tomas Reyes insisted on Monday that the figures were not his. “Check the records,” "
             "he said.",
             "Check the", "insisted"},
        // Words that call a claim false do what a negation does.
        Case{"Lena Okafor insists the story is a “phony attack.”", "phony attack", "insists"},
        // A protest of a claim.
        Case{"Tomas Reyes protested that the debate rules were unfair. “They changed them "
             "overnight,” he said.",
             "They changed", "protested"},
        // No cue: the words deny.
        Case{"“That is simply not true,” a Harbor Fund spokesperson said.", "That is", "not true"},
        // An own cue that denies needs no negation.
        Case{"“The figures are from last year,” Reyes countered, disputing the claim.",
             "The figures", "disputing"},
        // Of two cues a quotation goes on from, the later one marks it: the
        // one of its own sentence, not the one before, and the one just
        // before, not one further back.
        Case{"Tomas Reyes denied the report. Reyes rejected the figures, saying “they are "
             "invented.”",
             "they are", "rejected"},
        Case{"Lena Okafor disputed the account. Okafor denied the claim, too. “Nothing of it "
             "happened,” she said.",
             "Nothing of", "denied"},
        // A spokesperson whose description names the body speaks for it.
        Case{"The Harbor Fund denied the report. “We have never paid anyone,” a fund spokesperson "
             "said.",
             "We have", "denied"}));

class DoesNotContest : public ::testing::TestWithParam<Case> {};

TEST_P(DoesNotContest, TheQuotationCarriesNoCue) {
  const Case& c = GetParam();
  EXPECT_EQ(DisputeOf(c.text, c.quote), "") << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    DisputeMarksTest, DoesNotContest,
    ::testing::Values(
        // A negated cue contests nothing.
        Case{"Tomas Reyes did not deny that he met Okafor. “We talked about the harbor,” he "
             "said.",
             "We talked", ""},
        Case{"Reyes never disputed the figures. “They are what they are,” Reyes said.", "They are",
             ""},
        Case{"Tomas Reyes would not comment, while not denying that he “was approached by the "
             "governor.”",
             "was approached", ""},
        // A passive cue: its subject was refused, and refuses nothing.
        Case{"Tomas Reyes had been soundly rejected by the voters. “The people have spoken,” Reyes "
             "said.",
             "The people", ""},
        // What a court or an office grants or refuses is no claim.
        Case{"Judge Lena Okafor denied bail for the defendant. “The risk of flight is too great,” "
             "Okafor said.",
             "The risk", ""},
        Case{"Judge Lena Okafor denied both motions. “The trial goes on,” Okafor said.",
             "The trial", ""},
        Case{"Senator Kalani Berg called for denying entry to the visitors. “We must be careful,” "
             "Berg said.",
             "We must", ""},
        // Insist and maintain without a negation assert, or demand.
        Case{"Tomas Reyes insisted on a recount. “Every vote must count,” he said.", "Every vote",
             ""},
        Case{
            "Tomas Reyes insisted that the bridge would open in May. “We will finish it,” he said.",
            "We will", ""},
        // … and a denial of long before is no longer answered.
        Case{"City Hall denied the report.\n\nThe council met.\n\nThe harbor was calm.\n\nThe "
             "ferry ran late.\n\nTomas Reyes insisted that the bridge would open. “We will finish "
             "it,” he said.",
             "We will", ""},
        Case{"“We will finish the bridge by May,” Tomas Reyes insisted.", "We will", ""},
        Case{"Tomas Reyes maintains a lab in Millbrook. “It is my second home,” he said.", "It is",
             ""},
        // A denial needs a speaker.
        Case{"The sign read “not true” in red.", "not true", ""},
        // A denial in a relative clause ends with it: what its subject says
        // next denies nothing.
        Case{"Reyes repeated the charge, which Okafor has denied.\n\n“I will not run again,” "
             "Okafor said.",
             "I will not", ""},
        // A protest of no claim.
        Case{"Tomas Reyes protested the new tolls at the harbor. “The fares are too high,” he "
             "said.",
             "The fares", ""},
        // People dismissed are no claim.
        Case{"Tomas Reyes has feuded with the councillors for years, repeatedly dismissing them "
             "as part of the “Harbor cartel.”",
             "Harbor cartel", ""},
        // An election is a contest: the noun after a party's word is no cue.
        Case{"Republican front-runner Tomas Reyes won Oregon.\n\nHe’s predicting he will do “very, "
             "very well” in the next Republican contest in Nevada.",
             "very, very", ""},
        // Not right after the cue: a sentence between, or before it.
        Case{"Tomas Reyes denied the report. He then spoke about the budget. “The harbor needs "
             "dredging,” he said.",
             "The harbor", ""},
        Case{"“The harbor needs dredging,” Tomas Reyes said. He later denied the report.",
             "The harbor", ""},
        // A denial goes on in a quotation that opens the next sentence, not
        // in one inside the reporter's words.
        Case{"Tomas Reyes denied the report. “I never met him,” Reyes said. He also spoke of his "
             "daughters, who were “doing well.”",
             "doing well", ""},
        // A name given is a term, not the denial beside it.
        Case{"Tomas Reyes called the mayor a “born liar” and insisted she knew nothing of the "
             "plan.",
             "born liar", ""},
        // Words of another time printed beside a denial are no denial.
        Case{"While Tomas Reyes insisted that he never promised a bridge, that was the "
             "implication.\n\n“We will build it,” Reyes said at one point during the campaign.",
             "We will", ""},
        Case{"Tomas Reyes denied the report. “We will build it,” Reyes said in a different "
             "interview.",
             "We will", ""},
        // A quotation that ends with its sentence ends the reporter's.
        Case{"Tomas Reyes said: “The harbor needs dredging.” He later denied the report.",
             "The harbor", ""}));

// The sentences that make a quotation a denial (Quote::dispute_start and
// dispute_end), as text.
std::string ContextOf(const std::string& text, const std::string& prefix) {
  const Quote q = QuoteStartingWith(text, prefix);
  if (q.dispute.empty()) {
    EXPECT_EQ(q.dispute_start, 0u);
    EXPECT_EQ(q.dispute_end, 0u);
    return q.dispute_context;
  }
  EXPECT_LE(q.dispute_start, q.start);
  EXPECT_LE(q.end, q.dispute_end);
  EXPECT_LE(q.dispute_end, text.size());
  const std::string context = text.substr(q.dispute_start, q.dispute_end - q.dispute_start);
  EXPECT_EQ(q.dispute_context, context);
  return context;
}

class Context : public ::testing::TestWithParam<Case> {};

// `dispute` holds the context expected.
TEST_P(Context, RunsFromTheCueThroughTheQuotation) {
  const Case& c = GetParam();
  EXPECT_EQ(ContextOf(c.text, c.quote), c.dispute) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    DisputeMarksTest, Context,
    ::testing::Values(
        // The cue's sentence, across a paragraph break, through the quotation's.
        Case{"The council met on Monday. A Harbor Fund spokesperson disputed the account.\n\n“Ms. "
             "Okafor has made no promise,” the spokesperson said. The vote is on Friday.",
             "Ms. Okafor",
             "A Harbor Fund spokesperson disputed the account.\n\n“Ms. Okafor has made no "
             "promise,” the spokesperson said."},
        // The quotation's own sentence holds its cue, or its words deny.
        Case{"The ferry was late. “It is false,” Tomas Reyes said, denying the report. He left.",
             "It is", "“It is false,” Tomas Reyes said, denying the report."},
        Case{"Okafor spoke first. “That is simply not true,” a Harbor Fund spokesperson said.",
             "That is", "“That is simply not true,” a Harbor Fund spokesperson said."},
        // A quotation that goes on with a denial takes the denial's cue along.
        Case{"Tomas Reyes denied the report. “I never met him,” Reyes said. “Not once.” He left.",
             "Not once",
             "Tomas Reyes denied the report. “I never met him,” Reyes said. “Not once.”"},
        // A tag of its own in the next sentence is in it.
        Case{"The ferry was late. “I was never there.” Tomas Reyes denied the report. He left.",
             "I was", "“I was never there.” Tomas Reyes denied the report."},
        // No dispute, no context.
        Case{"“We will finish it,” Tomas Reyes said.", "We will", ""}));

// A transcript printed without a full stop is one sentence: a denial's
// context is then its quotation and a thousand bytes or so either side,
// not the sentence, which each denial of a long transcript held whole.
TEST(DisputeMarksTest, AContextInASentenceOfPagesIsCutAroundTheQuotation) {
  std::string filler;
  while (filler.size() < 6000) filler += "and the council met again near the old harbor, ";
  const std::string text = "The hearing opened, " + filler +
                           "“That is simply not true,” a Harbor Fund spokesperson said, " + filler +
                           "and then it closed.";
  const Quote q = QuoteStartingWith(text, "That is");
  EXPECT_EQ(q.dispute, "not true");
  EXPECT_LE(q.dispute_end - q.dispute_start, q.end - q.start + 2000);
  EXPECT_GE(q.dispute_end - q.dispute_start, q.end - q.start + 1900);
  const std::string context = ContextOf(text, "That is");
  EXPECT_NE(context.find("a Harbor Fund spokesperson said"), std::string::npos);
}

}  // namespace
}  // namespace qt::quotes
