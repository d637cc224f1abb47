#include "quotes/extractor.h"

#include <gtest/gtest.h>

#include "quotes/cue_lexicon.h"

namespace qt::quotes {
namespace {

std::vector<Quote> Extract(const std::string& text) { return QuoteExtractor().Extract("t", text); }

// The quotation whose content starts with `prefix`.
Quote Find(const std::vector<Quote>& quotes, const std::string& prefix) {
  for (const Quote& q : quotes) {
    if (q.text.starts_with(prefix)) return q;
  }
  ADD_FAILURE() << "no quotation starting with " << prefix;
  return {};
}

// "speaker / role" of the first quotation of `text`; "(none)" without one.
std::string SpeakerAndRole(const std::string& text) {
  const auto quotes = Extract(text);
  return quotes.empty() ? std::string("(none)") : quotes[0].speaker + " / " + quotes[0].role;
}

// The speaker of the last quotation of `text`, the one a case is about when
// its sentences before set it up; "(none)" without one.
std::string LastSpeaker(const std::string& text) {
  const auto quotes = Extract(text);
  return quotes.empty() ? std::string("(none)") : quotes.back().speaker;
}

class Layout : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {};

// Every layout the issue lists, each attributed to Ada Lindqvist.
TEST_P(Layout, AttributesTheSpeaker) {
  const auto& [text, cue] = GetParam();
  const std::vector<Quote> quotes = Extract("Coach Ada Lindqvist spoke on Sunday.\n\n" + text);
  ASSERT_FALSE(quotes.empty()) << text;
  const Quote q = Find(quotes, "I gave");
  EXPECT_EQ(q.speaker, "Ada Lindqvist") << text;
  EXPECT_EQ(q.cue, cue) << text;
  EXPECT_EQ(q.kind, "direct") << text;
}

INSTANTIATE_TEST_SUITE_P(
    QuoteExtractorTest, Layout,
    ::testing::Values(
        std::make_tuple("“I gave everything,” she said.", "said"),
        std::make_tuple("“I gave everything,” Lindqvist said.", "said"),
        std::make_tuple("“I gave everything,” said Lindqvist, a coach who won twice.", "said"),
        std::make_tuple("“I gave everything!” beamed retired Army Lt. Gen. Ada Lindqvist.", "beamed"),

        std::make_tuple("Lindqvist said: “I gave everything.”", "said"),
        std::make_tuple("Lindqvist said, “I gave everything.”", "said"),
        std::make_tuple("Lindqvist told reporters, “I gave everything.”", "told"),
        std::make_tuple("“I gave everything.” — Ada Lindqvist", ""),
        std::make_tuple("According to Lindqvist, “I gave everything.”", "According to"),
        std::make_tuple("“I gave everything,” the coach said in a statement.", "said"),
        std::make_tuple("Lindqvist, who resigned after three seasons, told the paper, “I gave "
                        "everything.”",
                        "told"),
        std::make_tuple("“I gave everything,” Lindqvist insisted.", "insisted"),
        std::make_tuple("As Lindqvist put it, “I gave everything.”", "put it")));

// Attribution reads English: in another language its words would be
// names ("Le", "Sie"). The quotations are kept, attributed to no one.
TEST(QuoteExtractorTest, ArticlesInOtherLanguagesAreNotAttributed) {
  const std::vector<Quote> french = Extract(
      "Le maire a déclaré : « Nous ne fermerons pas le pont cet hiver », selon la mairie.\n\n"
      "« C'est une décision prudente », a dit Lena Okafor, porte-parole du conseil municipal.");
  ASSERT_EQ(french.size(), 2u);
  EXPECT_EQ(french[0].text, "Nous ne fermerons pas le pont cet hiver");
  EXPECT_EQ(french[0].speaker, "");
  EXPECT_EQ(french[1].speaker, "");
  const std::vector<Quote> english = Extract(
      "The mayor said: “We will not close the bridge this winter,” according to the council.");
  ASSERT_EQ(english.size(), 1u);
  EXPECT_EQ(english[0].speaker, "mayor");
}

TEST(QuoteExtractorTest, ColonLeadInParagraph) {
  const auto quotes = Extract("Mayor Lena Okafor said in a statement:\n\n“The bridge stays shut.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
  EXPECT_EQ(quotes[0].role, "Mayor");
}

TEST(QuoteExtractorTest, FloatingQuoteKeepsThePreviousSpeaker) {
  const auto quotes = Extract(
      "“We will find a ferry,” Tomas Reyes told the Courier.\n\n“We are holding her to it.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "Tomas Reyes");
  EXPECT_EQ(quotes[1].cue, "");
  EXPECT_EQ(quotes[1].to, "Courier");
}

TEST(QuoteExtractorTest, SecondQuoteInAParagraphKeepsItsSpeaker) {
  const auto quotes = Extract("“It is late,” Reyes said. “But we will wait.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "Reyes");
}

TEST(QuoteExtractorTest, PartialQuoteInsideASentence) {
  const auto quotes = Extract("Mayor Lena Okafor called the closure “painful but necessary” on Monday.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, "partial");
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
  EXPECT_EQ(quotes[0].cue, "called");
}

TEST(QuoteExtractorTest, ScareQuotesAndTitlesAreNotSpeech) {
  const auto quotes = Extract(
      "The so-called “rebuild” was never explained.\n\nFans sang the club anthem, “Blue River "
      "Rising,” outside.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].kind, "scare");
  EXPECT_EQ(quotes[0].speaker, "");
  EXPECT_EQ(quotes[1].kind, "title");
}

// A single letter is a party's mark or a grade, never an utterance, even
// beside a speaker.
TEST(QuoteExtractorTest, ASingleLetterIsATerm) {
  const auto quotes = Extract(
      "Many voters simply push the button for “R,” or “D,” Lena Okafor said.\n\n"
      "Tomas Reyes gave the plan a “C” and said it was late.");
  ASSERT_EQ(quotes.size(), 3u);
  for (const auto& q : quotes) EXPECT_EQ(q.kind, "scare") << q.text;
  EXPECT_EQ(Extract("“No,” Okafor said.")[0].kind, "direct");
}

// Headlines name the work a review or a trailer is of after a colon; a
// show's name before a colon is no such cue.
TEST(QuoteExtractorTest, AReviewsColonIntroducesATitle) {
  EXPECT_EQ(Extract("Film Review: “Harbor Lights”")[0].kind, "title");
  EXPECT_EQ(Extract("Stage Review: “Harbor Lights”")[0].speaker, "");
  EXPECT_EQ(Extract("Season 2 Trailer: “Tides”")[0].kind, "title");
  EXPECT_NE(Extract("Okafor on the Harbor Series: “It Is My Last Term”")[0].kind, "title");
}

// A work's noun in apposition before the title: "her collection, “Salt
// and Iron,” sold", "his autobiography, “A Life at Sea,”".
TEST(QuoteExtractorTest, AWorkInAppositionToItsNounIsATitle) {
  const auto quotes = Extract(
      "Lena Okafor wrote every morning. Her best-known collection, “Salt and Iron,” sold a million "
      "copies. In his autobiography, “A Life at Sea,” published in May, Tomas Reyes said little.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].kind, "title");
  EXPECT_EQ(quotes[1].kind, "title");
}

// A work named after a word of its trade and a preposition, or after "on"
// past a no-break space, is a title, though a cue stands near.
TEST(QuoteExtractorTest, AWorkAfterItsTradeIsATitle) {
  EXPECT_EQ(
      Find(Extract("Ada Lindqvist, the host of “Harbor Mornings,” said she would run."), "Harbor")
          .kind,
      "title");
  EXPECT_EQ(
      Find(Extract("Kalani Berg, who starred in “The Tide Keepers,” said it was over."), "The Tide")
          .kind,
      "title");
  EXPECT_EQ(Find(Extract("“I expect scrutiny,” Reyes said on\u00A0“Meet the Town.”"), "Meet").kind,
            "title");
  EXPECT_EQ(Find(Extract("Reyes spoke of “No Way Back,” she said."), "No Way").kind, "partial");
  // Credited to its author right after it.
  EXPECT_EQ(Find(Extract("According to “Deep Water: Ada Lind and the Harbor Fund” by Tomas "
                         "Reyes, Lind once called the boats a burden."),
                 "Deep")
                .kind,
            "title");
  // A title may leave "with" in lower case, and ends in US punctuation's
  // full stop however long it is.
  EXPECT_EQ(Find(Extract("Kalani Berg is now the host of “The Late Hour with Ada Lindqvist.”"),
                 "The Late")
                .kind,
            "title");
  EXPECT_EQ(Find(Extract("Okafor released a memo titled “The Facts on Where the Bridge Stands.”"),
                 "The Facts")
                .kind,
            "title");
  // A work's word before "called", or in apposition after the title.
  EXPECT_EQ(Extract("Reyes is writing a book called “Harbor Days” about the pier.")[0].kind,
            "title");
  EXPECT_EQ(
      Extract("To top it off, “Low Tide,” a film about the pier, opens Friday, Okafor said.")[0]
          .kind,
      "title");
}

// A name the reporter gives after "known as" is a term, whatever cue
// follows it.
TEST(QuoteExtractorTest, ANameKnownAsIsATerm) {
  EXPECT_EQ(Extract("Tomas Reyes, known online as “Harbor Hawk,” said he had the files.")[0].kind,
            "scare");
  EXPECT_EQ(Extract("Tomas Reyes, who goes by “Tom,” said he had the files.")[0].kind, "scare");
}

// A work named right before a noun of the people who make it is a title,
// though the person then speaks; with a comma between it is speech.
TEST(QuoteExtractorTest, AWorkBeforeItsStarIsATitle) {
  const auto quotes = Extract(
      "“Harbor Nights Are Long” star Kalani Berg opened up about the show, saying it changed "
      "her.\n\nLater the “Tide Keepers”\u00A0actress said she would return.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].kind, "title");
  EXPECT_EQ(quotes[1].kind, "title");
  EXPECT_EQ(Extract("“Come Back Soon,” host Ada Lindqvist told viewers.")[0].kind, "direct");
}

// A quoted label alone in its paragraph is no one's words, though a
// speaker's quotation stands before it.
TEST(QuoteExtractorTest, AQuotedLabelAloneIsATerm) {
  const auto quotes = Extract(
      "“We can go higher,” Lena Okafor said.\n\n“Related:”\n\nOkafor Defends The Harbor Plan");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].kind, "scare");
  EXPECT_EQ(quotes[1].speaker, "");
}

// A title-case name between an article and the noun it modifies is a
// term, though a speaker stands near; with a verb after it, speech.
TEST(QuoteExtractorTest, ANameModifyingANounIsATerm) {
  const auto quotes = Extract(
      "Tomas Reyes carried a “Save the Pier” tote bag and joined the “Harbor First” crowd.\n\n"
      "Lena Okafor said the “Plan Works.”");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].kind, "scare");
  EXPECT_EQ(quotes[1].kind, "scare");
  EXPECT_NE(quotes[2].kind, "scare");
  // After a possessive determiner too; and a nickname inside a name.
  EXPECT_EQ(Extract("Okafor said the network dropped his “Miss Harbor” pageant.")[0].kind, "scare");
  EXPECT_EQ(
      Extract("Gov. C.L. “Butch” Berg spoke of the needs of Western states, Okafor said.")[0].kind,
      "scare");
}

// A digest credits each item's headline to its writer: the headline is a
// title, the excerpt after it the writer's words.
TEST(QuoteExtractorTest, ADigestsCreditedHeadlineIsATitle) {
  const auto quotes = Extract(
      "SHORT READS:\n\n—“Harbor Fund to close its doors in June,” by the Ledger’s Ada Lindqvist: "
      "“The fund that paid for the pier will close.” http://example.com/a\n\n"
      "Okafor was “devastated” by the closures, Reyes said.");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].kind, "title");
  EXPECT_EQ(quotes[1].kind, "direct");
  EXPECT_EQ(quotes[2].kind, "partial");
}

// A surname that is also a preposition speaks in a tag after the quotation.
TEST(QuoteExtractorTest, ASurnameThatIsAPrepositionSpeaksInATag) {
  const Quote q = Extract(
      "Al From founded the council.\n\nMany voters saw the party as “too big,” From said.")[0];
  EXPECT_EQ(q.speaker, "From");
  EXPECT_EQ(q.cue, "said");
}

TEST(QuoteExtractorTest, ASurnameThatIsACueWordSpeaksInATag) {
  const Quote q = Extract(
      "Harbor Fund chief executive Ian Read spoke.\n\n“We have assessed this deal,” Read said.")[0];
  EXPECT_EQ(q.speaker, "Ian Read");
  EXPECT_EQ(q.cue, "said");
  // A cue word that opens the tag is still one.
  EXPECT_EQ(Extract("“We are fine,” Says Reyes.")[0].speaker, "Reyes");
}

// Lower-case words from a person's noun to the singular head before a
// name are the name's role, where a speaker or an addressee is read.
TEST(QuoteExtractorTest, LowerCaseWordsBeforeANameAreItsRole) {
  const Quote said = Extract("“It was a joke,” said conservative radio host Kalani Berg.")[0];
  EXPECT_EQ(said.speaker, "Kalani Berg");
  EXPECT_EQ(said.role, "conservative radio host");
  EXPECT_EQ(
      Extract("Ada Lind told conservative radio host Kalani Berg that the plan was “a joke.”")[0]
          .to,
      "Kalani Berg");
  EXPECT_EQ(Extract("“It is late,” said Okafor’s top foreign policy aide Tomas Reyes.")[0].role,
            "top foreign policy aide");
}

TEST(QuoteExtractorTest, ABodysNameBeforeARoleBeforeTheSubjectIsTheRoles) {
  const Quote lead_in = Extract("Harbor Fund director Ada Lindqvist said, “We stay neutral.”")[0];
  EXPECT_EQ(lead_in.speaker, "Ada Lindqvist");
  EXPECT_EQ(lead_in.role, "Harbor Fund director");
  EXPECT_EQ(Extract("On Monday, Millbrook campaign manager Tomas Reyes said, “We stay.”")[0].role,
            "Millbrook campaign manager");
  // A verb's object is no role: "praised aide Jo Park" leaves Reyes the subject.
  EXPECT_EQ(Extract("Tomas Reyes praised aide Jo Park, saying “she is great.”")[0].speaker,
            "Tomas Reyes");
}

TEST(QuoteExtractorTest, TradesAreDescriptionsAndRoles) {
  EXPECT_EQ(Extract("Kalani Berg, a ferry captain, said, “Good news at last.”")[0].role,
            "ferry captain");
  EXPECT_EQ(Extract("“It is late,” said a retired firefighter.")[0].speaker, "retired firefighter");
}

TEST(QuoteExtractorTest, ANamesCueNounFilledByTheQuotationIsTheWholeNames) {
  const Quote call =
      Extract("The rally denounced candidate Tomas Reyes’s call for “a total shutdown.”")[0];
  EXPECT_EQ(call.speaker, "Tomas Reyes");
  EXPECT_EQ(call.cue, "call");
  EXPECT_EQ(call.role, "candidate");
}

TEST(QuoteExtractorTest, TheStatementSomeoneSpokeThroughIsTheirs) {
  const auto quotes = Extract(
      "“The port is open,” the Harbor Fund said in a statement.\n\n"
      "“We did not see this coming,” the statement read.\n\n"
      "Tomas Reyes told the Post that the port was “closed for good.”");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker, "Harbor Fund");
  EXPECT_EQ(quotes[1].role, "");
  EXPECT_EQ(quotes[2].speaker, "Tomas Reyes");
  EXPECT_EQ(quotes[2].to, "Post");  // a newspaper, no one's statement
  // A document no one spoke through before is its own.
  EXPECT_EQ(Extract("“We are ready,” the statement read.")[0].speaker, "statement");
}

TEST(QuoteExtractorTest, ASoftHyphenInANameIsNoBreak) {
  const Quote q = Extract(
      "“We have not been briefed,” Doug \u00ADAndres, a spokesman for the mayor, "
      "told the Ledger.")[0];
  EXPECT_EQ(q.speaker, "Doug Andres");
  EXPECT_EQ(q.role, "spokesman for the mayor");
}

TEST(QuoteExtractorTest, ATagEndingInAColonLeadsInTheNextQuotation) {
  const auto quotes = Extract(
      "After Okafor said that students might do better at “smaller schools,” Reyes said: “I "
      "disagree with her.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Okafor");
  EXPECT_EQ(quotes[1].speaker, "Reyes");
  // A tag of its own before "adding:" stays the first quotation's.
  EXPECT_EQ(Extract("“We will win,” Reyes said, adding: “Soon.”")[0].speaker, "Reyes");
}

TEST(QuoteExtractorTest, AClauseAfterButIsItsOwn) {
  EXPECT_EQ(Extract("Okafor proposed a debate, but Reyes rejected it as “ludicrous.”")[0].speaker,
            "Reyes");
  // A dash typed as a hyphen opens the clause too.
  EXPECT_EQ(Extract("Okafor proposed a debate on Monday - but Reyes rejected it as “ludicrous” "
                    "because of the game.")[0]
                .speaker,
            "Reyes");
}

TEST(QuoteExtractorTest, ANameJoinedByAHyphenModifiesANoun) {
  // "U.K.-Millbrook line" (the hyphen a token of its own after a full
  // stop): no subject of "explained".
  EXPECT_EQ(Extract("Tomas Reyes spoke.\n\nLater he rode the U.K.-Millbrook line and explained "
                    "why “the locals” were going to “love” him.")[0]
                .speaker,
            "Tomas Reyes");
}

TEST(QuoteExtractorTest, ADocumentsParticiplePhraseStandsBeforeItsCue) {
  EXPECT_EQ(Extract("“The plan is speculative,” the order released Friday said.")[0].speaker,
            "order");
  const Quote memo = Extract(
      "“The plan is speculative,” the memo obtained by the Ledger, which reported it, said.")[0];
  EXPECT_EQ(memo.speaker, "memo");
  EXPECT_EQ(memo.cue, "said");
}

TEST(QuoteExtractorTest, AHeadlinesSourceBeforeItsColonSpeaks) {
  const auto quotes = Extract(
      "Lena Okafor: Harbor Strike Talks Reach Their ‘Final Hour’\n\nThe mayor met the union.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
  // Four words before the colon are a claim, and a sentence of the text
  // is no headline.
  EXPECT_EQ(
      Extract("Harbor Fund Report Finds: Ferries ‘Losing Money Fast’\n\nIt came out.")[0].speaker,
      "");
  EXPECT_EQ(Extract("Reyes: the plan is “dead” and we know it.")[0].speaker, "");
}

TEST(QuoteExtractorTest, LocalOfficesAreRoles) {
  const Quote clerk = Extract("“The count is final,” said Millbrook City Clerk Ada Lind.")[0];
  EXPECT_EQ(clerk.speaker, "Ada Lind");
  EXPECT_EQ(clerk.role, "Millbrook City Clerk");
  EXPECT_EQ(Extract("“It was an accident,” Coroner Tomas Reyes said.")[0].speaker, "Tomas Reyes");
}

TEST(QuoteExtractorTest, ADashCreditKeepsItsRole) {
  const Quote q = Extract("“The ferry stays.” — Lena Okafor, mayor of Port Alder.")[0];
  EXPECT_EQ(q.speaker, "Lena Okafor");
  EXPECT_EQ(q.role, "mayor of Port Alder");
}

TEST(QuoteExtractorTest, ADescriptionInAppositionNamesItsPersonLater) {
  const auto quotes = Extract(
      "Tomas Reyes, the union leader, met the mayor on Monday.\n\n"
      "“We will win this,” the union leader said.\n\n"
      "Ada Lind, whose husband, Tomas Lind, died in May, spoke too. “We wait,” she said.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Tomas Reyes");
  EXPECT_EQ(quotes[0].role, "union leader");
  EXPECT_EQ(quotes[1].speaker, "Ada Lind");  // her husband's role is no one's "she"
}

TEST(QuoteExtractorTest, AnIndefiniteDescriptionIsSomeoneNew) {
  const auto quotes = Extract(
      "Longtime adviser Ada Lind left the mayor's office in May.\n\n"
      "“We have a lot of work to do,” said a longtime adviser to the mayor.\n\n"
      "“We will see,” the adviser said.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "longtime adviser");
}

TEST(QuoteExtractorTest, ASourceCloseToSomeoneIsTheSource) {
  // The head speaks, as "a lawyer for Tomas Reyes" does, not the mayor.
  EXPECT_EQ(Extract("A source close to the mayor told the Ledger: “She is furious.”")[0].speaker,
            "source");
  EXPECT_EQ(Extract("People familiar with the talks said the deal was “dead.”")[0].speaker,
            "People");
}

TEST(QuoteExtractorTest, AnotherAfterASubordinatorIsSomeoneElse) {
  const auto quotes =
      Extract("“We lost,” one union member said, while another added, “But we fought.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "another member");  // another union member, unnamed
}

TEST(QuoteExtractorTest, ShortNamesAndPronounsResolveToTheFullName) {
  const auto quotes = Extract(
      "Quillon chief executive Ravi Mendes met the senator.\n\n“It went well,” Mendes said.\n\n"
      "Later he added: “We agree on most of it.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Ravi Mendes");
  EXPECT_EQ(quotes[1].speaker, "Ravi Mendes");
  const std::string text = "Later he added";
  EXPECT_EQ(quotes[1].speaker_end - quotes[1].speaker_start, 2u);  // the mention read: "he"
}

TEST(QuoteExtractorTest, RolesAreNotPartOfTheName) {
  const auto quotes = Extract("Former Senator Harriet Vance said, “The bill is ready.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Harriet Vance");
  EXPECT_EQ(quotes[0].role, "Former Senator");
}

// A role word that ends a name after a first name or an initial is a
// surname; before a name, or after another word, it is a role.
TEST(QuoteExtractorTest, ASurnameThatIsARoleWord) {
  const auto speaker = SpeakerAndRole;
  EXPECT_EQ(speaker("“It will not be easy,” said Representative Ada T. King of Ohio, who backs "
                    "him."),
            "Ada T. King / Representative");
  EXPECT_EQ(speaker("“We felt it,” Representative Ada T. King, Republican of Ohio, said."),
            "Ada T. King / Representative");
  EXPECT_EQ(speaker("“It is late,” said Lena Bishop."), "Lena Bishop / ");
  EXPECT_EQ(speaker("“It is late,” Virginia Senator Tomas Reyes said."),
            "Tomas Reyes / Virginia Senator");
  EXPECT_EQ(speaker("“It is late,” Harbor Fund Chief of Staff Lena Okafor said."),
            "Lena Okafor / Harbor Fund Chief of Staff");
}

// "CEO of Harbor Fund" is a role of a body: a description, never a name
// "of Harbor Fund".
TEST(QuoteExtractorTest, ARoleOfABodyIsADescription) {
  const auto quotes = Extract("Ada Lindqvist, CEO of Harbor Fund stated, “It is a pay cut.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "CEO of Harbor Fund");
}

TEST(QuoteExtractorTest, DescriptionsResolveToTheEarlierFullerOne) {
  const auto quotes = Extract(
      "A Quillon spokesperson disputed the account.\n\n“Mr. Mendes has taken no position,” the "
      "spokesperson said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Quillon spokesperson");
}

// A body's noun alone is the body named with it before: "the authority"
// the Port Authority, "the council" a city's council, whose "St." is part of
// its name.
TEST(QuoteExtractorTest, ABodysNounResolvesToTheBodyNamedBefore) {
  const auto quotes = Extract(
      "The Port Authority said cargo was being diverted.\n\n“We urge both sides to talk,” the "
      "authority said.\n\nThe St. Ives Town Council met on Monday. The council said it "
      "“regrets the delay.”\n\nThe Ministry of Transport rejected the report. “It is based on "
      "old figures,” the ministry said.");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker, "Port Authority");
  EXPECT_EQ(quotes[1].speaker, "St. Ives Town Council");
  EXPECT_EQ(quotes[2].speaker, "Ministry of Transport");
}

// An office that is a role word is a person's noun too: "the Union's
// transport commissioner, Ada Lindqvist," is a description, and the name in
// apposition to it speaks.
TEST(QuoteExtractorTest, AnOfficeIsADescriptionsHead) {
  const auto quotes = Extract(
      "The Harbor Union's transport commissioner, Ada Lindqvist, said Brussels was “following the "
      "matter closely.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ada Lindqvist");
}

TEST(QuoteExtractorTest, DescriptionResolvesToANameByItsRole) {
  const auto quotes = Extract(
      "Former President Ana Ruiz spoke in Dallas.\n\nThe former president noted that the plan was "
      "“far from finished.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ana Ruiz");
}

// "the former president and party leader" is one person, whom either
// description may name; without a determiner, nouns joined by "and" are a
// list, and the last one the subject.
TEST(QuoteExtractorTest, ACoordinatedDescriptionIsOnePerson) {
  const auto speaker = LastSpeaker;
  EXPECT_EQ(speaker("Former President Ana Ruiz spoke in Dallas.\n\n“We are not ready,” the "
                    "former president and party leader said."),
            "Ana Ruiz");
  EXPECT_EQ(speaker("Party leader Ana Ruiz spoke in Dallas.\n\n“We are not ready,” the former "
                    "senator and party leader said."),
            "Ana Ruiz");
  EXPECT_EQ(speaker("Critics and supporters said the vote was “a turning point.”"), "supporters");
}

// "Sen." is what "the senator" later names; but a description's state is
// the role's too, unless it is a people's ("the Mexican president").
TEST(QuoteExtractorTest, AnAbbreviatedTitleIsTheRoleADescriptionNames) {
  const auto speaker = LastSpeaker;
  EXPECT_EQ(speaker("Sen. Tomas Reyes spoke on Monday.\n\n“We will win,” the senator said."),
            "Tomas Reyes");
  EXPECT_EQ(speaker("Gov. Lena Okafor spoke.\n\n“We will win,” the governor said."), "Lena Okafor");
  EXPECT_EQ(speaker("Sen. Tomas Reyes spoke on Monday.\n\n“We will win,” the Florida senator "
                    "said."),
            "Florida senator");
  EXPECT_EQ(speaker("Florida Sen. Tomas Reyes spoke on Monday.\n\n“We will win,” the Florida "
                    "senator said."),
            "Tomas Reyes");
  EXPECT_EQ(speaker("President Lena Okafor spoke.\n\n“We will win,” the Mexican president said."),
            "Lena Okafor");
}

// After an inverted cue, a description goes on to the name it stands beside.
TEST(QuoteExtractorTest, ANameBesideADescriptionAfterTheCueIsTheSpeaker) {
  const auto speaker = SpeakerAndRole;
  EXPECT_EQ(speaker("“Thanks for coming,” said the mayor, Tomas Reyes."), "Tomas Reyes / mayor");
  EXPECT_EQ(speaker("“Thanks for coming,” said the harbor's chief engineer, Lena Okafor, on "
                    "Monday."),
            "Lena Okafor / harbor's chief engineer");
  EXPECT_EQ(speaker("“Thanks for coming,” said master of ceremonies Tomas Reyes, a retired "
                    "engineer."),
            "Tomas Reyes / master of ceremonies");
  EXPECT_EQ(speaker("“Thanks for coming,” said chief of staff Lena Okafor."),
            "Lena Okafor / chief of staff");
  // A description in apposition after the name is its role.
  EXPECT_EQ(
      speaker("“Thanks for coming,” said Tomas Reyes, a retired engineer who led the strike."),
      "Tomas Reyes / retired engineer");
  EXPECT_EQ(speaker("“Thanks for coming,” said Lena Okafor, the union's president."),
            "Lena Okafor / union's president");
  // Not a list, nor a body after "of".
  EXPECT_EQ(speaker("“Thanks for coming,” said the mayor, Reyes and Okafor."), "mayor / ");
  EXPECT_EQ(speaker("“Thanks for coming,” said the head of the Harbor Fund."), "head / ");
}

// Roles as printed: words of an office before the name ("Republican
// presidential candidate", "editor in chief") and a description in
// apposition, up to its comma or a relative clause, never a clause of its
// own.
TEST(QuoteExtractorTest, ARoleIsReadWhole) {
  const auto speaker = SpeakerAndRole;
  EXPECT_EQ(speaker("Republican presidential candidate Ada Lindqvist said, “We will win.”"),
            "Ada Lindqvist / Republican presidential candidate");
  EXPECT_EQ(speaker("“We will win,” said Harbor Gazette editor in chief Tomas Reyes."),
            "Tomas Reyes / Harbor Gazette editor in chief");
  EXPECT_EQ(speaker("Tomas Reyes, the editor in chief of the Harbor Gazette, said, “We stand by "
                    "it.”"),
            "Tomas Reyes / editor in chief of the Harbor Gazette");
  EXPECT_EQ(speaker("Lena Okafor, 31, a freelance photographer, said it was “a start.”"),
            "Lena Okafor / freelance photographer");
  EXPECT_EQ(speaker("“We will strike,” said Kalani Berg, president of Local 12."),
            "Kalani Berg / president of Local 12");
  EXPECT_EQ(speaker("“We will strike,” said Dana Fox, a former adviser to Mr. Reyes who now "
                    "teaches."),
            "Dana Fox / former adviser to Mr. Reyes");
  EXPECT_EQ(speaker("“We will strike,” said Ravi Mendes, the author of “Harbor Days,” a memoir."),
            "Ravi Mendes / author");
  EXPECT_EQ(speaker("“We will strike,” said Ravi Mendes, whose new book tells of the strike."),
            "Ravi Mendes / ");
  EXPECT_EQ(speaker("“We will strike,” according to the Harbor Ledger, the men were shouting."),
            "Harbor Ledger / ");
}

// A party's word and lower-case role words before a name are its role, read
// rightwards as leftwards; a party's or a place's word before a body's is
// part of its name.
TEST(QuoteExtractorTest, APartysWordIsPartOfARoleOrABody) {
  const auto speaker = SpeakerAndRole;
  EXPECT_EQ(speaker("Republican presidential front-runner Ada Lindqvist defended her manager as "
                    "a “very decent man” on Tuesday."),
            "Ada Lindqvist / Republican presidential front-runner");
  EXPECT_EQ(speaker("Democratic presidential candidate Tomas Reyes released an ad that urges "
                    "voters to “send a message” to the banks."),
            "Tomas Reyes / Democratic presidential candidate");
  EXPECT_EQ(speaker("“We peaked too soon,” said Republican political consultant Kalani Berg."),
            "Kalani Berg / Republican political consultant");
  EXPECT_EQ(speaker("“There are no ballots to recount,” the Iowa Democratic Party said."),
            "Iowa Democratic Party / ");
  EXPECT_EQ(speaker("“It is over,” the Senate Banking Committee said."),
            "Senate Banking Committee / ");
  EXPECT_EQ(speaker("“We will build,” said Pastor Lena Okafor of Harbor Baptist Church."),
            "Lena Okafor / Pastor");
  // Without a name after it, the party's word is no one: "he" is Reyes.
  EXPECT_EQ(LastSpeaker("Governor Kalani Berg called for a ban.\n\nRecently, Tomas Reyes, a "
                        "radio host and former Republican presidential candidate who hosts a "
                        "show, was asked why. “So they can stay,” he said."),
            "Tomas Reyes");
}

// A capitalized English word that the article prints only where sentences
// open is no name ("Hours later, Reyes …"); a name that is a word too is
// printed inside a sentence somewhere ("Jeb Bush", "said Bush").
TEST(QuoteExtractorTest, AWordOpeningSentencesOnlyIsNoName) {
  EXPECT_EQ(SpeakerAndRole("Hours later, Tomas Reyes returned the compliment, telling reporters, "
                           "“She is an amazing woman.”"),
            "Tomas Reyes / ");
  EXPECT_EQ(SpeakerAndRole("Across town, Lena Okafor called the plan “a mess.”"), "Lena Okafor / ");
  EXPECT_EQ(LastSpeaker("Ada Bush spoke first.\n\nBush told the crowd, “We will win.”"),
            "Ada Bush");
  EXPECT_EQ(LastSpeaker("The ferry stopped.\n\nReporters asked the mayor, “Why now?”"),
            "Reporters");
  // A headline's adjective before the surname: the name printed inside a
  // sentence is the one the surname resolves to.
  EXPECT_EQ(LastSpeaker("Understated Reyes raises his profile.\n\nSo Labor Secretary Tomas Reyes "
                        "moved to the back row.\n\n“We will get there,” Reyes said."),
            "Tomas Reyes");
}

// A second participle after "and" has the first one's subject, also when
// the first follows a quotation.
TEST(QuoteExtractorTest, ASecondParticipleHasTheFirstOnesSubject) {
  EXPECT_EQ(LastSpeaker("In her videos, Lena Okafor wears a hat she calls “Harbor Style,” pointing "
                        "to bottles of Harbor Cola and telling viewers that syrup is “ruining "
                        "Millbrook.”"),
            "Lena Okafor");
}

// A cue's noun that the quotation goes on from as its predicate is the
// quotation's subject: the verb before reports it.
TEST(QuoteExtractorTest, ANounTheQuotationPredicatesIsNoCue) {
  const Quote q = Extract(
      "Ada Berg spoke on Monday.\n\nBerg stated that the Harbor Fund’s report “wasn’t good.”")[0];
  EXPECT_EQ(q.speaker, "Ada Berg");
  EXPECT_EQ(q.cue, "stated");
}

// Participles in a row after commas share the first one's subject, also
// past a title and the quotation that opens the sentence, and past an
// adverb after the comma.
TEST(QuoteExtractorTest, ParticiplesInARowShareTheirSubject) {
  EXPECT_EQ(LastSpeaker("“It is time,” Reyes says in the spot titled “Harbor,” warning against "
                        "ferries from Millbrook, pledging to “fix the pier for good.”"),
            "Reyes");
  EXPECT_EQ(LastSpeaker("Tomas Reyes has feuded with the council for years, repeatedly dismissing "
                        "its members as the “Harbor cartel.”"),
            "Tomas Reyes");
}

// The second half of a quotation its tag splits is direct speech, not a
// fragment; a list of quoted words is no split quotation.
TEST(QuoteExtractorTest, ATagSplitsOneUtterance) {
  const auto quotes = Extract("“We will,” Mayor Lena Okafor said, “find a way to pay for it.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].kind, "direct");
  EXPECT_EQ(quotes[1].speaker, "Lena Okafor");
  const auto listed = Extract("Tomas Reyes repeats “Law,” “Order,” and, yes, “sanity.”");
  EXPECT_NE(listed.back().kind, "direct");
}

// Whose statement or letter it is speaks; "another" names someone else,
// and is no role.
TEST(QuoteExtractorTest, ADocumentsOwnerSpeaks) {
  EXPECT_EQ(LastSpeaker("The council's statement read: “The bridge meets every standard.”"),
            "council");
  EXPECT_EQ(LastSpeaker("Tomas Reyes spoke first.\n\nReyes's letter makes the case: “The ferry "
                        "costs too much.”"),
            "Tomas Reyes");
  const auto quotes = Extract(
      "“Nobody asked us,” said one resident. “Nobody ever does,” added "
      "another.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "another resident");
  EXPECT_EQ(quotes[1].role, "");
}

// "and I quote" is the reporter's aside, no speech of theirs.
TEST(QuoteExtractorTest, AndIQuoteIsAnAside) {
  EXPECT_EQ(LastSpeaker("No wonder Lena Okafor said, and I quote, “We love the harbor.”"),
            "Lena Okafor");
}

// A passive's agent named the thing so.
TEST(QuoteExtractorTest, APassivesAgentIsTheSpeaker) {
  const auto speaker = LastSpeaker;
  EXPECT_EQ(speaker("The plan has been called “a harbor grab” by Lena Okafor, who opposes it."),
            "Lena Okafor");
  const auto labeled =
      Extract("Tomas Reyes said the files were labeled “secret” by the Harbor Fund.");
  EXPECT_EQ(labeled[0].speaker, "Harbor Fund");
  EXPECT_EQ(labeled[0].via, "Tomas Reyes");
  EXPECT_EQ(speaker("Lena Okafor called the plan “a harbor grab” by any measure."), "Lena Okafor");
}

// A sign, a shirt or a headline says the words printed on it; a letter
// speaks for whoever wrote it.
TEST(QuoteExtractorTest, AThingThatDisplaysWordsSaysThem) {
  const auto speaker = LastSpeaker;
  EXPECT_EQ(speaker("Lena Okafor posted her reply under a headline that said, “The harbor is "
                    "closed.”"),
            "headline");
  EXPECT_EQ(speaker("Tomas Reyes wore a campaign hat that says “Millbrook First.”"),
            "campaign hat");
  EXPECT_EQ(speaker("Lena Okafor penned a letter that called him “out of touch.”"), "Lena Okafor");
  EXPECT_EQ(speaker("Lena Okafor held up a sign saying “Save the harbor.”"), "sign");
  EXPECT_EQ(speaker("Minutes later, Tomas Reyes sent an email saying, “done.”"), "Tomas Reyes");
}

// "A spokesman for Tomas Reyes said": the spokesman speaks, not Reyes.
TEST(QuoteExtractorTest, WhoSpeaksForSomeoneIsNotThem) {
  const auto speaker = SpeakerAndRole;
  EXPECT_EQ(speaker("A spokesman for Tomas Reyes said, “We will win.”"), "spokesman / ");
  EXPECT_EQ(speaker("The daughter of Tomas Reyes said, “We will win.”"), "daughter / ");
  EXPECT_EQ(speaker("“We will win,” a lawyer for the mayor of Millbrook said."), "lawyer / ");
  EXPECT_EQ(speaker("A lawyer for Lena Okafor, Tomas Reyes, said, “We will win.”"),
            "Tomas Reyes / lawyer");
  EXPECT_EQ(speaker("But Tomas Reyes, the president of Harbor Watch, a group that sued the city, "
                    "said it was “a disgrace.”"),
            "Tomas Reyes / president of Harbor Watch");
  // A name's own place, and a share of a group, are no heads.
  EXPECT_EQ(speaker("“We will win,” Tomas Reyes of Millbrook said."), "Tomas Reyes / ");
  EXPECT_EQ(speaker("In the poll, 75 percent of Democrats said they were “very worried.”"),
            "Democrats / ");
}

// Places are where, not who: a dateline, a place in an object, a place in
// the clause before a semicolon.
TEST(QuoteExtractorTest, APlaceBeforeTheCueIsNoSpeaker) {
  const auto speaker = LastSpeaker;
  EXPECT_EQ(speaker("MILLBROOK, July 25 (UPI) — The Harbor Fund released a statement on Monday, "
                    "offering “a deep and sincere apology” to the fishermen."),
            "Harbor Fund");
  EXPECT_EQ(speaker("Kalani Berg started the debate when he brought up the Millbrook City flood "
                    "and later said, “It is not just the river.”"),
            "Kalani Berg");
  // The place is no speaker; the share of the voters is.
  EXPECT_EQ(speaker("Nine of 10 voters in Millbrook and Georgia were worried; most said they were "
                    "“very worried.”"),
            "most");
  EXPECT_EQ(speaker("Those polled were calm. Those surveyed said the ferry was “too slow.”"),
            "Those surveyed");
  EXPECT_EQ(speaker("Others said the ferry was “too slow.”"), "Others");
}

// A first paragraph of names and short words is a sentence, not a
// headline in title case: its names are the article's.
TEST(QuoteExtractorTest, ASentenceOfNamesIsNoHeadline) {
  const auto quotes = Extract(
      "Ravi Mendes met Lena Okafor in Millbrook on Monday.\n\n“We agreed on the bridge,” "
      "Mendes said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ravi Mendes");
}

// "According to a statement from the Harbor Fund": who wrote it speaks.
TEST(QuoteExtractorTest, ADocumentsAuthorSpeaks) {
  const auto quotes =
      Extract("According to a statement from the Harbor Fund, “the money is ready.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Harbor Fund");
}

// A quotation in a reporter's sentence that no cue attributes quotes the
// sentence's subject, when that is someone.
TEST(QuoteExtractorTest, ASentenceWithoutACueQuotesItsSubject) {
  const auto speaker = LastSpeaker;
  EXPECT_EQ(speaker("Tomas Reyes spoke of rebuilding the harbor's “crumbling docks.”"),
            "Tomas Reyes");
  EXPECT_EQ(speaker("Lena Okafor met voters on Monday.\n\nOkafor refused to say the words “harbor "
                    "tax.”"),
            "Lena Okafor");
  // Not "they", nor a sentence whose subject is no one.
  EXPECT_EQ(
      speaker("When they reached the harbor, the mood turned to “no more tolls for workers.”"), "");
}

TEST(QuoteExtractorTest, NestedQuoteHasItsOwnSpeakerAndIsReportedByTheOuter) {
  const auto quotes = Extract(
      "“Ravi Mendes called me and said, ‘I will support this one,’” Senator Harriet Vance said.");
  ASSERT_EQ(quotes.size(), 2u);
  const Quote outer = quotes[0], inner = quotes[1];
  EXPECT_EQ(outer.speaker, "Harriet Vance");
  EXPECT_EQ(inner.nested_in, outer.id);
  EXPECT_EQ(inner.speaker, "Ravi Mendes");
  EXPECT_EQ(inner.via, "Harriet Vance");
  EXPECT_EQ(inner.to, "Harriet Vance");
}

TEST(QuoteExtractorTest, FirstPersonInsideANestedQuoteIsTheOuterSpeaker) {
  const auto quotes = Extract("“I said, ‘Not this year,’” Lena Okafor said.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "Lena Okafor");
}

TEST(QuoteExtractorTest, Addressees) {
  EXPECT_EQ(Extract("Mendes told Bloomberg, “We are fine.”")[0].to, "Bloomberg");
  EXPECT_EQ(Extract("Vance spoke.\n\nMendes called her and told her, “We are fine.”")[0].to, "Vance");
  EXPECT_EQ(Extract("In an interview with the Northern Ledger, Mendes said, “We are fine.”")[0].to,
            "Northern Ledger");
  EXPECT_EQ(Extract("“We are fine,” Mendes said in a statement.")[0].to, "statement");
  EXPECT_EQ(Extract("Mendes wrote on Truth Social: “We are fine.”")[0].to, "Truth Social");
  // Posted to a channel, made to an outlet, or the kind of message it was.
  EXPECT_EQ(Extract("In a post on Facebook, Mendes wrote that all was “fine.”")[0].to, "Facebook");
  EXPECT_EQ(Extract("“We are fine,” Mendes said during an appearance on Harbor Radio.")[0].to,
            "Harbor Radio");
  EXPECT_EQ(Extract("“We are fine,” Mendes said in a statement to the Northern Ledger.")[0].to,
            "Northern Ledger");
  EXPECT_EQ(Extract("“We are fine,” Mendes said in an email.")[0].to, "email");
  // Whom a letter or remarks were for, who was on the call, whose show it was.
  EXPECT_EQ(Extract("“We are fine,” Mendes said in a letter to the council.")[0].to, "council");
  EXPECT_EQ(Extract("“We are fine,” Mendes wrote in a note to investors.")[0].to, "investors");
  EXPECT_EQ(
      Extract("“We are fine,” Mendes said in remarks to the Harbor Chamber of Commerce.")[0].to,
      "Harbor Chamber of Commerce");
  EXPECT_EQ(Extract("“We are fine,” Mendes said during a call with reporters.")[0].to, "reporters");
  EXPECT_EQ(Extract("“We are fine,” Mendes said in an interview on Harbor Radio's Morning "
                    "Show.")[0]
                .to,
            "Harbor Radio");
  EXPECT_EQ(Extract("“We are fine,” Mendes told Harbor Radio's Meet the Port.")[0].to,
            "Harbor Radio");
  EXPECT_EQ(Extract("Speaking to HRS' Face the Port, Mendes said: “We are fine.”")[0].to, "HRS");
  // "Today" after a name word ends no name.
  EXPECT_EQ(Extract("“We are fine,” Mendes said in an interview with HARBOR TODAY.")[0].to,
            "HARBOR TODAY");
}

TEST(QuoteExtractorTest, WrittenForAnOutlet) {
  EXPECT_EQ(Extract("In an op-ed for the Northern Ledger, Mendes wrote that the plan was “a "
                    "relic.”")[0].to,
            "Northern Ledger");
  EXPECT_EQ(Extract("Mendes wrote in the Harbor Times: “We are fine.”")[0].to, "Harbor Times");
  // A date is no outlet.
  EXPECT_EQ(Extract("Mendes wrote in June: “We are fine.”")[0].to, "");
  EXPECT_EQ(Extract("Mendes said on June 5, “We are fine.”")[0].to, "");
}

TEST(QuoteExtractorTest, AReplyInsideAQuotationIsSaidToWhoeverSpokeLast) {
  const auto quotes = Extract(
      "“Ravi Mendes phoned. He said, ‘You were brave.’ I was moved,” Lena Okafor said. “I "
      "said, ‘Thank you for calling.’”\n\n“I said, ‘Goodbye.’” Okafor told reporters.");
  EXPECT_EQ(Find(quotes, "You were").to, "Lena Okafor");
  EXPECT_EQ(Find(quotes, "Thank you").speaker, "Lena Okafor");
  EXPECT_EQ(Find(quotes, "Thank you").to, "Ravi Mendes");
  // Only the quotation of hers just before holds the conversation.
  EXPECT_EQ(Find(quotes, "I said, ‘Good").to, "reporters");
  EXPECT_EQ(Find(quotes, "Goodbye").to, "");
}

TEST(QuoteExtractorTest, AQuotationInsideAnotherKeepsItsSpeakersEarlierAddressee) {
  const auto quotes = Extract(
      "The Harbor Times wrote: “Ravi Mendes called the plan ‘bold’ in an interview with the "
      "Northern Ledger. He also had praise for the mayor: ‘She listens, and I respect that.’”");
  EXPECT_EQ(Find(quotes, "bold").to, "Northern Ledger");
  EXPECT_EQ(Find(quotes, "She listens").speaker, "Ravi Mendes");
  EXPECT_EQ(Find(quotes, "She listens").to, "Northern Ledger");
}

TEST(QuoteExtractorTest, ALeadInQuotationTheSentenceGoesOnPastIsPartial) {
  EXPECT_EQ(Extract("Vance said Mendes told her, “Not a chance I back it”, after the debate.")[0].kind,
            "partial");
  EXPECT_EQ(Extract("Vance said Mendes told her, “Not a chance I back it”.")[0].kind, "direct");
  EXPECT_EQ(Extract("Mendes told her, “Not a chance I back it.” Then he left.")[0].kind, "direct");
  EXPECT_EQ(Extract("Mendes had a warning: “Not a chance I back it,” he told her.")[0].kind,
            "direct");
}

TEST(QuoteExtractorTest, ATagAfterALeadInQuotationNamesItsSpeakerAndCue) {
  const auto quotes =
      Extract("Okafor spoke at length: “We are ready,” Tomas Reyes told the Harbor Times.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Tomas Reyes");
  EXPECT_EQ(quotes[0].cue, "told");
  EXPECT_EQ(quotes[0].to, "Harbor Times");
  EXPECT_EQ(quotes[0].kind, "direct");
}

TEST(QuoteExtractorTest, AnAppositionAfterTheQuotationIsTheNamesRole) {
  const auto quotes =
      Extract("“We are ready,” Tomas Reyes, a union leader at the port, told the Harbor Times.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Tomas Reyes");
  EXPECT_EQ(quotes[0].role, "union leader at the port");
  EXPECT_EQ(quotes[0].to, "Harbor Times");
  EXPECT_EQ(Extract("“We are ready,” Lena Okafor, the port’s director of ferries, said.")[0].role,
            "port’s director of ferries");
}

TEST(QuoteExtractorTest, AParagraphThatGoesOnAQuotationIsNoReportersSentence) {
  const auto quotes = Extract(
      "“Mendes called me,” Vance said, “and he was kind.\n\n“‘I will vote for you next time.’”");
  EXPECT_EQ(Find(quotes, "I will vote").kind, "direct");
}

TEST(QuoteExtractorTest, WhoseSpeechCueGovernsTheSpeakersClauseReportsTheQuotation) {
  const auto told = Extract("Tomas Reyes said that Lena Okafor told him, “The bridge stays shut.”");
  EXPECT_EQ(told[0].speaker, "Lena Okafor");
  EXPECT_EQ(told[0].to, "Tomas Reyes");
  EXPECT_EQ(told[0].via, "Tomas Reyes");
  EXPECT_EQ(Extract("The Northern Ledger writes that Okafor said, “We need a ferry.”")[0].via,
            "Northern Ledger");
  // An outlet's report closing the sentence.
  EXPECT_EQ(Extract("“We need a ferry,” Okafor told Reyes, the Northern Ledger reported on "
                    "Tuesday.")[0]
                .via,
            "Northern Ledger");
  // Nobody reports their own words.
  EXPECT_EQ(Extract("Lena Okafor said she recalled thinking, “This is the end.”")[0].via, "");
}

// A body reports what a person it names said: the person speaks, the body
// is the reporter, also without a lead-in; a person telling of another's
// words keeps them ("Trump said Fox executives were calling").
TEST(QuoteExtractorTest, ABodyReportsThePersonItNames) {
  const auto called = Extract(
      "The Northern Ledger writes that Okafor called the speech “a masterpiece of nothing.”");
  EXPECT_EQ(called[0].speaker, "Okafor");
  EXPECT_EQ(called[0].via, "Northern Ledger");
  EXPECT_EQ(called[0].cue, "called");
  const auto person = Extract("Reyes said Okafor was calling “every hour.”");
  EXPECT_EQ(person[0].speaker, "Reyes");
  // The body's tag after the quotation.
  const auto tagged = Extract(
      "Lena Okafor told the council that the bridge was “safe,” the Harbor "
      "Examiner writes.");
  EXPECT_EQ(tagged[0].speaker, "Lena Okafor");
  EXPECT_EQ(tagged[0].via, "Harbor Examiner");
}

// "Okafor reportedly told the mayor": a report its article credits to no
// one; a named credit wins.
TEST(QuoteExtractorTest, ReportedlyIsAReportOfUnnamedReports) {
  EXPECT_EQ(Extract("Lena Okafor reportedly told the mayor there was “no way” she would vote for "
                    "it.")[0]
                .via,
            kUnnamedReports);
  EXPECT_EQ(Extract("Lena Okafor has reportedly said, “I will not run.”")[0].via, kUnnamedReports);
  EXPECT_EQ(Extract("Lena Okafor reportedly told the mayor there was “no way,” according to the "
                    "Northern Ledger.")[0]
                .via,
            "Northern Ledger");
  EXPECT_EQ(Extract("Lena Okafor said, “I will not run.”")[0].via, "");
}

TEST(QuoteExtractorTest, WhenAskedIsTheSubjectBeingAsked) {
  const auto quotes = Extract(
      "Attorney General Ravi Mendes, who told Congress when asked about the inquiry: “That "
      "matter is handled by career people.”");
  EXPECT_EQ(quotes[0].speaker, "Ravi Mendes");
  EXPECT_EQ(quotes[0].to, "Congress");
  // "once" is an adverb before a verb that has its subject.
  EXPECT_EQ(Extract("Reyes, who once called the bridge “a relic,” voted for it.")[0].cue, "called");
}

TEST(QuoteExtractorTest, AnotherOfARoleIsSomeoneElse) {
  const auto quotes = Extract(
      "“It’s a disaster,” one resident, Mara Flint, told the Ledger. Another resident said he "
      "would “find another way.” A second official called it “a mess.” The official, Tomas "
      "Reyes, declined to say more.");
  EXPECT_EQ(Find(quotes, "It’s").speaker, "Mara Flint");
  EXPECT_EQ(Find(quotes, "find another").speaker, "Another resident");
  EXPECT_EQ(Find(quotes, "a mess").speaker, "second official");
}

TEST(QuoteExtractorTest, ANameInAppositionIsWhoTheDescriptionIs) {
  const auto quotes = Extract(
      "Council member Dana Whitfield voted yes.\n\nThe council member, Ann Lee, abstained. “I "
      "need time,” she said.\n\nOne voter, Tomas Reyes, 35, showed up early. “I came for the "
      "vote,” he said.");
  EXPECT_EQ(Find(quotes, "I need").speaker, "Ann Lee");
  EXPECT_EQ(Find(quotes, "I came").speaker, "Tomas Reyes");
}

TEST(QuoteExtractorTest, AParenthesisBetweenDashesIsPassedOver) {
  EXPECT_EQ(Extract("Mayor Lena Okafor — who has rarely spoken about the bridge — said, “It "
                    "stays shut.”")[0].speaker,
            "Lena Okafor");
  EXPECT_EQ(Extract("Tomas Reyes — a teacher from Millbrook — says the vote was “rushed.”")[0].speaker,
            "Tomas Reyes");
}

TEST(QuoteExtractorTest, CoordinatedNamesSpeakTogether) {
  const auto quotes = Extract(
      "Mayor Lena Okafor and council member Tomas Reyes met on Monday.\n\nOkafor and Reyes said "
      "in a joint statement that the talks were “productive.” “We agree,” they added.");
  EXPECT_EQ(Find(quotes, "productive").speaker, "Lena Okafor and Tomas Reyes");
  EXPECT_EQ(Find(quotes, "We agree").speaker, "Lena Okafor and Tomas Reyes");
}

TEST(QuoteExtractorTest, ViaTheOutletCredited) {
  const auto quotes = Extract(
      "Mendes reportedly told Vance the bill had “every chance” of passing, according to the "
      "Northern Ledger.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Mendes");
  EXPECT_EQ(quotes[0].via, "Northern Ledger");
  EXPECT_EQ(quotes[0].kind, "partial");
}

TEST(QuoteExtractorTest, IdsAndNestingAreStable) {
  const auto quotes = Extract("“A ‘b’ c,” she said.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].id, "t#1");
  EXPECT_EQ(quotes[1].id, "t#2");
  EXPECT_EQ(quotes[1].nested_in, "t#1");
}

TEST(QuoteExtractorTest, AppositiveNameWinsOverTheDescription) {
  const auto quotes = Extract("“No date was promised,” a city spokesperson, Dana Whitfield, said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Dana Whitfield");
  EXPECT_EQ(quotes[0].role, "city spokesperson");
}

TEST(QuoteExtractorTest, InvertedCueAfterAComma) {
  const auto quotes =
      Extract("“It can be done, but not soon” that the bridge reopens, said Tomas Reyes.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Tomas Reyes");
}

TEST(QuoteExtractorTest, ANewSentenceAfterAFullStopDoesNotTakeTheQuote) {
  const auto quotes = Extract(
      "Lindqvist said she had given the club “everything I had.” Chairman Owen Price said the "
      "search would take weeks.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lindqvist");
}

TEST(QuoteExtractorTest, TeamsAndOrganisationsAreNotHeOrShe) {
  const auto quotes = Extract(
      "Coach Ada Lindqvist resigned.\n\nThe Rovers have not won in weeks. “Nobody pushed me,” "
      "she said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ada Lindqvist");
}

TEST(QuoteExtractorTest, NounUsesOfCueWordsAreNotCues) {
  const auto quotes = Extract(
      "Ravi Mendes told Harriet Vance in a phone call that the rules were “a mess” and worse.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ravi Mendes");
  EXPECT_EQ(quotes[0].cue, "told");
}

TEST(QuoteExtractorTest, MarkupInTheTextHoldsNoQuotation) {
  EXPECT_TRUE(Extract("<tweet date=\"March 12, 2016\">Nothing quoted here</tweet>").empty());
}

TEST(QuoteExtractorTest, EmbeddedQuoteBelongsToTheOutermostReporter) {
  const auto quotes = Extract(
      "Senator Harriet Vance said Mendes had called the rules “a mess” in private.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Harriet Vance");
  EXPECT_EQ(quotes[0].cue, "said");
}

TEST(QuoteExtractorTest, LeadInTakesTheNearestCue) {
  const auto quotes =
      Extract("After Reyes called the plan a failure, Okafor said: “The plan stands.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Okafor");
}

TEST(QuoteExtractorTest, CueWordsInsideNamesAreNotCues) {
  const auto quotes = Extract(
      "Despite owning The Harbor Post, the mayor noted that the editor “could not have been "
      "fairer.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].cue, "noted");
}

TEST(QuoteExtractorTest, PartyAndStateAfterTheNameEndNoSentence) {
  for (const std::string tag : {"Sen. Ada Lindqvist, R-Ore., said", "Rep. Ada Lindqvist (D-Wis.) said"}) {
    const auto quotes = Extract("Ravi Mendes spoke first.\n\n“The vote will hold,” " + tag + " on Tuesday.");
    ASSERT_EQ(quotes.size(), 1u) << tag;
    EXPECT_EQ(quotes[0].speaker, "Ada Lindqvist") << tag;
    EXPECT_EQ(quotes[0].cue, "said") << tag;
  }
}

TEST(QuoteExtractorTest, AgeAndHometownBetweenCommasArePassedOver) {
  const auto quotes = Extract(
      "Tomas Reyes, 22, of Millbrook, Ore., said he had “not given up” on the plan.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Tomas Reyes");
}

TEST(QuoteExtractorTest, AnAdverbSetOffBesideARelativeClauseIsPassedOver) {
  for (const std::string tag : {"Reyes, meanwhile, who has no such allies, said",
                                "Reyes, for his part, who has no allies, said",
                                "Reyes, who has no allies, however, said"}) {
    const auto quotes = Extract(
        "Ada Lindqvist has twelve allies on the council, where Tomas Reyes "
        "also serves. " +
        tag + " the council is “ready to fight the old guard.”");
    ASSERT_EQ(quotes.size(), 1u) << tag;
    EXPECT_EQ(quotes[0].speaker, "Tomas Reyes") << tag;
    EXPECT_EQ(quotes[0].cue, "said") << tag;
  }
}

TEST(QuoteExtractorTest, SayAfterANounOrAnInterjectionIsAVerb) {
  for (const std::string subject : {"Supporters of the ferry bill", "Supporters, however,"}) {
    const auto quotes =
        Extract(subject + " say it would keep the harbor board as an “umpire” of the fares.");
    ASSERT_EQ(quotes.size(), 1u) << subject;
    EXPECT_EQ(quotes[0].speaker, "Supporters") << subject;
    EXPECT_EQ(quotes[0].cue, "say") << subject;
  }
  // A say is still a noun after a determiner: no cue, no speaker.
  const auto noun = Extract("The council gets the final say on the “harbor tax” next year.");
  ASSERT_EQ(noun.size(), 1u);
  EXPECT_EQ(noun[0].cue, "");
}

TEST(QuoteExtractorTest, AMonthAfterADatingWordIsNoName) {
  for (const std::string when : {"in June", "in the June 23 vote", "since late August"}) {
    const auto quotes = Extract("One group " + when +
                                " posted a message that warned of an “Alder-style disaster.”");
    ASSERT_EQ(quotes.size(), 1u) << when;
    EXPECT_EQ(quotes[0].speaker, "One group") << when;
  }
  const auto named = Extract("August Reyes said the ferry was “a long way off.”");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].speaker, "August Reyes");
}

TEST(QuoteExtractorTest, TheAddresseeOfADocumentIsNotItsParticiplesSubject) {
  for (const std::string when : {"", " on Tuesday", " in April"}) {
    const auto quotes = Extract("Tomas Reyes sent a memo to the Harbor Gazette" + when +
                                " explaining his plan, which includes a fee of “$5 billion.”");
    ASSERT_EQ(quotes.size(), 1u) << when;
    EXPECT_EQ(quotes[0].speaker, "Tomas Reyes") << when;
  }
}

TEST(QuoteExtractorTest, IntroductoryPhraseHoldsNoSubject) {
  const auto quotes = Extract(
      "Speaking to farmers in Millbrook after the Harvest Fair, Okafor promised to keep “every "
      "single mill open” next year.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Okafor");
  const auto dated = Extract("In an August speech, Okafor warned of “a long hard winter for the valley.”");
  ASSERT_EQ(dated.size(), 1u);
  EXPECT_EQ(dated[0].speaker, "Okafor");
}

TEST(QuoteExtractorTest, ParticipleRightAfterTheQuoteTakesTheMainSubject) {
  const auto quotes = Extract(
      "Reyes said, “It is time we changed how we do it,” promising the Harbor Club a new home.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Reyes");
}

TEST(QuoteExtractorTest, DocumentsSpeakToo) {
  const auto quotes = Extract("“The bridge was never safe,” the ruling said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "ruling");
}

TEST(QuoteExtractorTest, TitleCaseHeadlinesAddNoNames) {
  const auto quotes = Extract(
      "Okafor Stands Firm On Bridge Plan\n\n“The plan stands,” Okafor said.\n\nMayor Lena "
      "Okafor spoke at City Hall.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
}

// Newspaper style: "said Ms. Okafor", "Gov. Lena Marsh". The title is the
// role; the word after it is a name even when it is a role word too.
TEST(QuoteExtractorTest, ADeterminerBeforeANameIsNoRole) {
  const auto quotes = Extract(
      "Vance has claimed that Tomas Reyes phoned and told her, “Not a chance I back it.”");
  EXPECT_EQ(quotes[0].speaker, "Tomas Reyes");
  EXPECT_EQ(quotes[0].role, "");
}

TEST(QuoteExtractorTest, AbbreviatedTitlesAreRolesBeforeTheName) {
  const auto quotes = Extract(
      "Dana Okafor and Lena Marsh spoke after the meeting.\n\n“We need a plan,” said Ms. Okafor, "
      "referring to the budget.\n\n“It can wait,” said former Gov. Lena Marsh.\n\n“Not "
      "now,” Mr. Judge said.");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker, "Dana Okafor");
  EXPECT_EQ(quotes[0].role, "Ms.");
  EXPECT_EQ(quotes[1].speaker, "Lena Marsh");
  EXPECT_EQ(quotes[1].role, "former Gov.");
  EXPECT_EQ(quotes[2].speaker, "Judge");
}

TEST(QuoteExtractorTest, APersonsNameEndsBeforeOfAndTheirPlace) {
  const auto quotes = Extract("“It is a start,” said Sen. Lena Marsh of Oregon, a Democrat.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Marsh");
}

// "He" never refers to a place ("Iowa voted"), nor to a common word that
// opens a sentence ("Loyalty matters", where the article also writes
// "loyalty").
TEST(QuoteExtractorTest, PronounsSkipPlacesAndCommonWords) {
  const auto quotes = Extract(
      "Tomas Reyes won the caucus. Iowa voted early. He said: “We did it.”\n\nMaria Lopez "
      "spoke next. Loyalty matters to her voters, and loyalty wins. She said: “We will be back.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Tomas Reyes");
  EXPECT_EQ(quotes[1].speaker, "Maria Lopez");
}

TEST(QuoteExtractorTest, AnIntroductoryPhraseCanEndInsideAQuotation) {
  const auto quotes = Extract(
      "Holding signs calling the mayor “the harbor’s biggest loser,” the protesters chanted "
      "“Reopen the ferry!”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "protesters");
  EXPECT_EQ(quotes[1].speaker, "protesters");
}

TEST(QuoteExtractorTest, ARoleWordIsNoSecondModifierOfADescription) {
  const auto quotes = Extract(
      "Nadia Brandt worked for the governor for ten years.\n\n“He listens,” said the former top "
      "aide to Governor Ruiz.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "former top aide");
}

// "and joked": the second verb of the latest subject, not of the nearest
// name ("by Mayor Ruiz" follows a preposition).
TEST(QuoteExtractorTest, ACoordinatedCueTakesTheLatestSubject) {
  const auto quotes = Extract(
      "Nadia Brandt was joined on stage by Mayor Elena Ruiz and joked, “We are outnumbered.”\n\n"
      "Tomas Reyes said that Lena Marsh called and told him, “The bridge can wait.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Nadia Brandt");
  EXPECT_EQ(quotes[1].speaker, "Lena Marsh");
}

// An opening subordinate clause holds no outermost reporter when the main
// clause has a cue of its own.
TEST(QuoteExtractorTest, TheMainClauseReportsPastAnOpeningSubordinateClause) {
  const auto quotes = Extract(
      "While not everything Tomas Reyes says is true, Lena Marsh said he is “telling voters "
      "what they want to hear.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Marsh");
  // After an introductory phrase, and with a cue word in the subordinate
  // clause: the clause ends at its comma.
  EXPECT_EQ(
      LastSpeaker("Later, after the Reyes interview concluded, Berg stated that the plan “was "
                  "never good.”"),
      "Berg");
}

TEST(QuoteExtractorTest, APrepositionalPhraseBetweenCommasIsPassedOver) {
  const auto quotes = Extract(
      "Lena Marsh, during a town hall meeting in Salem, Oregon, said she was “going to fix the "
      "ferry.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Marsh");
}

TEST(QuoteExtractorTest, AnAgeDescribesAPerson) {
  const auto quotes = Extract(
      "Nadia Brandt posted the clip on Thursday.\n\n“What if the mayor had lessons?” the "
      "43-year-old asked in its description.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "43-year-old");
}

// "and said" after a quoted exclamation: the subject is before it; "would
// continue" is no speech.
TEST(QuoteExtractorTest, AndSaidAfterAQuotedExclamation) {
  const auto quotes = Extract(
      "Maria Lopez won again.\n\nShe declared “What a night!” and said that her campaign would "
      "continue “to break barriers” across the state.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "Maria Lopez");
  EXPECT_EQ(quotes[1].cue, "said");
}

// A document is the object of its issuer's verb: the issuer speaks.
TEST(QuoteExtractorTest, TheIssuerOfAStatementSpeaks) {
  const auto quotes = Extract(
      "Mayor Elena Ruiz released a statement Thursday night condemning “a cowardly attack on "
      "our harbor.”\n\nHer office put out a statement saying the city “will not be "
      "intimidated.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Elena Ruiz");
  EXPECT_EQ(quotes[1].speaker, "office");
}

TEST(QuoteExtractorTest, AddingAfterSaidTakesItsSpeaker) {
  const auto quotes = Extract(
      "Tomas Reyes left as soon as the meeting ended, Nadia Brandt said, adding, “He was "
      "never one for small talk.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Nadia Brandt");
}

// A description right before a name is its role; adjectives may precede.
TEST(QuoteExtractorTest, ADescriptionBeforeANameIsItsRole) {
  const auto quotes = Extract(
      "“No,” said Harbor Club spokesperson Jo Park.\n\n“Maybe,” said undecided Republican "
      "voter Dana Okafor of Salem, before the event.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Jo Park");
  EXPECT_EQ(quotes[0].role, "Harbor Club spokesperson");
  EXPECT_EQ(quotes[1].speaker, "Dana Okafor");
}

TEST(QuoteExtractorTest, ATimePhraseAfterTheSubjectIsPassedOver) {
  const auto quotes = Extract(
      "Sen. Lena Marsh (D-Ore.) on Wednesday downplayed the vote and said it was “a small "
      "step for the ferry.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Marsh");
}

TEST(QuoteExtractorTest, ANamingCueUnderASpeechCueIsNotTheReport) {
  const auto quotes = Extract("At one point, Reyes said harbor officials were calling “every "
                              "fifteen minutes.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Reyes");
}

TEST(QuoteExtractorTest, TheQuotationsClauseReportsIt) {
  const auto quotes = Extract(
      "Reyes suggested that a mayor who skips questions cannot lead, while Marsh said that the "
      "“stakes are too high” for games.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Marsh");
}

TEST(QuoteExtractorTest, AClauseAfterAndHasItsOwnSubject) {
  const auto quotes = Extract(
      "Reyes accuses the council of “sleeping at the wheel” and Marsh says it is “losing the "
      "harbor,” a charge the council denies.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Reyes");
  EXPECT_EQ(quotes[1].speaker, "Marsh");
}

TEST(QuoteExtractorTest, AQuotationThatEndsTheSentenceTakesNoLaterCue) {
  const auto quotes = Extract(
      "Mayor Lena Okafor spoke first. Reyes wants the council to “open the harbor to everyone.” "
      "And then Okafor promised a vote.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Reyes");
}

TEST(QuoteExtractorTest, ABylineParagraphAfterTheQuotationNamesTheSpeaker) {
  const auto quotes = Extract(
      "Tomas Reyes and Lena Okafor debated the bridge.\n\n“The ferry costs less than the "
      "bridge.”\n\n- Okafor.\n\n“We will rebuild it by spring.”\n\n—Tomas Reyes, speaking in "
      "Salem");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
  EXPECT_EQ(quotes[1].speaker, "Tomas Reyes");
}

TEST(QuoteExtractorTest, AConjunctionBeforeAnIntroductoryClauseIsPassedOver) {
  const auto quotes = Extract(
      "Reyes spoke to the union. And although Reyes thanked her for coming, Okafor sounded a note "
      "of doubt, saying, “We have heard this before.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Okafor");
}

TEST(QuoteExtractorTest, AParticipleAfterAQuotationEndingInACommaTakesTheMainSubject) {
  const auto quotes = Extract(
      "Okafor hailed the vote as “splendid,” telling reporters in Salem that the new ferry is "
      "“a fine day for the harbor.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "Okafor");
}

TEST(QuoteExtractorTest, ADescriptionTakesTwoLowerCaseModifiers) {
  const auto quotes = Extract(
      "“The ferry counts will take weeks to sort,” said a longtime Salem data expert who has "
      "worked for the council.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "longtime Salem data expert");
}

TEST(QuoteExtractorTest, AStateAfterAnIntroductoryPhraseIsPassedOver) {
  const auto quotes = Extract(
      "Speaking at a town hall event in Salem, New Hampshire, Okafor went after Reyes, calling him "
      "“a tired old tugboat.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Okafor");
}

TEST(QuoteExtractorTest, WhoeverReleasesAnAdSpeaksThroughIt) {
  const auto quotes = Extract(
      "After the storm, Okafor released a new radio ad calling it “dangerous” that the council has "
      "no plan.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Okafor");
}

TEST(QuoteExtractorTest, GoingOnRecessIsNoSpeech) {
  const auto quotes = Extract(
      "Sen. Lena Marsh said that once the Senate goes on recess, “I will be on the docks every "
      "morning.” Reyes went on about “the harbor we lost.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Lena Marsh");
  EXPECT_EQ(quotes[1].cue, "went on");
}

TEST(QuoteExtractorTest, AStatementCanBeTheSubjectThatQuotes) {
  const auto quotes = Extract(
      "Instead, the statement talked about giving harbor workers the right to “decide who runs "
      "the port and how.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "statement");
}

TEST(QuoteExtractorTest, WhenOpensAClauseWithASubject) {
  const auto quotes = Extract(
      "There were sharper moments, such as when Okafor knocked Reyes on trade and called him a "
      "“moderate,” a subtle dig.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Okafor");
}

TEST(QuoteExtractorTest, TheObjectOfAPrepositionBeforeAParticipleIsNotTheSpeaker) {
  const auto quotes = Extract(
      "Okafor’s campaign sent an email to supporters stating, “Harbor workers back the ferry "
      "plan.”\n\nThe council met, with Reyes noting “three cranes idle since "
      "spring.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Okafor’s campaign");
  EXPECT_EQ(quotes[1].speaker, "Reyes");
}

TEST(QuoteExtractorTest, InvertedSubjectsAfterANumberOrAPlacesPossessive) {
  const auto quotes = Extract(
      "“The mayor kept the ferry plan,” said a 2008 campaign veteran.\n\n“We will expand,” said Oregon’s "
      "Dana Whitfield, a consultant.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "2008 campaign veteran");
  EXPECT_EQ(quotes[1].speaker, "Dana Whitfield");
}

TEST(QuoteExtractorTest, AnAppositionWithCommasOfItsOwn) {
  const auto quotes = Extract(
      "“The ferry schedule will change in May,” Dana Whitfield, assistant secretary for "
      "harbors, ferries, and bridges, said on Monday.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Dana Whitfield");
}

TEST(QuoteExtractorTest, AVerbAfterButSharesTheSentencesSubject) {
  const auto quotes = Extract(
      "Okafor, 70, said it was too early to thank voters but added, “The ferries will run on "
      "Monday.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Okafor");
}

TEST(QuoteExtractorTest, AnAskedPhraseOpensTheSentence) {
  const auto quotes = Extract(
      "Okafor toured the state.\n\nAsked which Iowa county was her favorite, she demurred: "
      "“All of them have good ferries.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Okafor");
  EXPECT_EQ(quotes[0].cue, "demurred");
}

TEST(QuoteExtractorTest, ASurnameIsThePersonsNotTheTowerNamedAfterThem) {
  const auto quotes = Extract(
      "Lena Okafor spoke at Okafor Tower on Monday. Okafor Tower hosted the event, and Okafor "
      "Tower sold out.\n\n“We will win,” Okafor said.\n\nReyes Hotel staff watched. “It was "
      "loud,” Reyes said.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
  EXPECT_EQ(quotes[1].speaker, "Reyes");  // not "Reyes Hotel"
}

TEST(QuoteExtractorTest, APassiveSpeechVerbReportsNothing) {
  const auto quotes = Extract(
      "Mayor Lena Okafor defended her deputy as a “fine public servant” on Tuesday, hours after the "
      "deputy was charged with battery.\n\n“Who decided to close the north dock?” Reyes "
      "questioned.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
  EXPECT_EQ(quotes[1].speaker, "Reyes");
}

TEST(QuoteExtractorTest, AChildCanBeAnInvertedSubject) {
  const auto quotes = Extract("“Can the ferry carry bicycles?” asked the boy, who came from Salem.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "boy");
}

TEST(QuoteExtractorTest, AfterAQuestionTheLeadInIsTheQuotationsOwn) {
  const auto quotes = Extract(
      "Okafor replies to Reyes with, “Which ferry? The one to Salem?” Reyes then writes "
      "back, “The early one.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Okafor");
  EXPECT_EQ(quotes[1].speaker, "Reyes");
}

// The relative pronoun is the subject printed in the text: the speaker's
// span is "who" (as a pronoun's is "he"), its name the one "who" follows.
TEST(QuoteExtractorTest, ARelativeClauseReportsItsOwnQuotation) {
  const std::string text =
      "“The dock is closed,” said Mayor Lena Okafor, who added that the ferry was “running late "
      "again this week.”\n\nSpokesman Tarn Webb said volunteers walked with the marchers, whom he "
      "described as “calm,” for the whole route.";
  const auto quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 3u);
  const Quote late = Find(quotes, "running late");
  EXPECT_EQ(late.speaker, "Lena Okafor");
  EXPECT_EQ(late.cue, "added");
  EXPECT_EQ(text.substr(late.speaker_start, late.speaker_end - late.speaker_start), "who");
  const Quote calm = Find(quotes, "calm");
  EXPECT_EQ(calm.speaker, "Tarn Webb");
  EXPECT_EQ(calm.cue, "described");
  EXPECT_EQ(text.substr(calm.speaker_start, calm.speaker_end - calm.speaker_start), "he");
}

TEST(QuoteExtractorTest, ARelativeClauseAfterAQuotationTellsOfSomeoneElse) {
  const auto quotes = Extract(
      "Mayor Lena Okafor spoke at the pier.\n\nOkafor dwelt on “the long dark nights of the winter "
      "we had” and then turned on Reyes, who has said the dock should be “sold for scrap.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
  EXPECT_EQ(quotes[1].speaker, "Reyes");
}

TEST(QuoteExtractorTest, ADocumentInARelativeClauseSpeaksForItsIssuer) {
  const auto quotes = Extract(
      "The harbour board released a new video that urges sailors to “slow down near the "
      "swimmers” this summer.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "harbour board");
}

TEST(QuoteExtractorTest, CouncillorIsARole) {
  const auto quotes = Extract("“We need a second ferry,” said Councillor Ada Lindqvist.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ada Lindqvist");
  EXPECT_EQ(quotes[0].role, "Councillor");
}

TEST(QuoteExtractorTest, ASecondVerbBelongsToTheSubjectNotTheObjectBeforeAnd) {
  const auto quotes = Extract(
      "Mayor Lena Okafor toured the harbour.\n\nOkafor called on Reyes to quit the Harbour Board "
      "and said, “His time is up.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");  // not "Harbour Board"
}

TEST(QuoteExtractorTest, ANameAfterAnIntroductoryPhraseIsNoApposition) {
  const auto quotes = Extract(
      "After winning the vote in Marion County, Gov. Ada Lindqvist (R-Ore.), said, “We start "
      "building on Monday.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ada Lindqvist");  // not "Marion County"
}

TEST(QuoteExtractorTest, AParticipleAfterAPrepositionBelongsToTheMainClause) {
  const auto quotes = Extract(
      "Mayor Lena Okafor spoke on Monday.\n\nIn calling the plan “a gift to the ferry "
      "lobby,” Okafor again showed her temper.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
}

TEST(QuoteExtractorTest, ANameAfterAnIndefiniteArticleModifiesANoun) {
  const auto quotes = Extract(
      "Mayor Lena Okafor spoke on Monday.\n\nShe then put on a fake Southern accent and joked, "
      "“The ferry runs on sweet tea now.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");  // not "Southern"
}

TEST(QuoteExtractorTest, RoyalsAndClergyHeadDescriptions) {
  const auto quotes = Extract("“The vote is over,” the prince said.\n\n“Go home,” the imam told them.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "prince");
  EXPECT_EQ(quotes[1].speaker, "imam");
}

TEST(QuoteExtractorTest, AParticipleQualifyingANounIsNoCue) {
  const auto quotes = Extract(
      "Mayor Lena Okafor told the Salem Herald in a written statement, “The pier stays open.”\n\n"
      "Members were angry that the old pier should be closed, with Ada Lindqvist calling it "
      "a “fire trap.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
  EXPECT_EQ(quotes[0].cue, "told");
  EXPECT_EQ(quotes[1].speaker, "Ada Lindqvist");
  EXPECT_EQ(quotes[1].cue, "calling");
}

// An inherited speaker's span is the nearest mention of them: the subject
// of the sentence right before the quotation, when it names the same person.
TEST(QuoteExtractorTest, AnInheritedSpeakerIsNamedByTheNearestMention) {
  const std::string text =
      "Mayor Lena Okafor spoke at the pier.\n\n“We are going to build a new dock,” Okafor "
      "added. She then had a question for the crowd.\n\n“Who is going to pay for it?”";
  const auto quotes = Extract(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "Lena Okafor");
  EXPECT_EQ(text.substr(quotes[1].speaker_start, quotes[1].speaker_end - quotes[1].speaker_start),
            "She");
}

TEST(QuoteExtractorTest, AnUninflectedCueRightAfterAQuotationIsATag) {
  const auto quotes = Extract("“The pier stays open all winter,” read the statement.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "statement");
  EXPECT_EQ(quotes[0].cue, "read");
}

// A full name printed only as an owner resolves the short name after it:
// "Mendes" is Ravi Mendes, and "she" the subject of the clause, not a
// sentence's first word glued to the surname ("Absent Reyes'").
TEST(QuoteExtractorTest, AFullNamePrintedAsAnOwnerResolvesItsShortName) {
  const auto quotes = Extract(
      "Gov. Ravi Mendes's office issued a statement on Monday.\n\nAsked about it later, Mendes "
      "told reporters: “I haven't read it yet.”\n\nTomas Reyes' plan would “end the ferry,” Lena "
      "Okafor said.\n\nAbsent Reyes' campaign plan, Okafor pointed to the times Reyes has laid "
      "out a plan.\n\n“It is a concern,” she went on.");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker, "Ravi Mendes");
  EXPECT_EQ(quotes[2].speaker, "Lena Okafor");
}

// "quoted … as saying": the passive's subject or the active's object
// speaks; an outlet after "by" is the credit.
TEST(QuoteExtractorTest, QuotedAsSayingNamesTheSpeakerNotTheOutlet) {
  const auto quotes = Extract(
      "Ada Lindqvist was quoted by the Millbrook Courier as saying the boats were “perfectly "
      "safe.”\n\nThe head of the union, Tomas Reyes, was quoted as saying the crews were “worn "
      "out.”\n\nA later post quoted the mayor as saying “We will look into it.”");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker, "Ada Lindqvist");
  EXPECT_EQ(quotes[0].via, "Millbrook Courier");
  EXPECT_EQ(quotes[1].speaker, "Tomas Reyes");
  EXPECT_EQ(quotes[2].speaker, "mayor");
}

// "said a smiling Mendes.": an article and an adjective before an inverted
// subject's name.
TEST(QuoteExtractorTest, AnAdjectiveBeforeAnInvertedNameLeavesTheName) {
  const auto quotes = Extract(
      "Ravi Mendes and Ada Reyes debated on Tuesday.\n\n“We will see,” said a smiling "
      "Mendes.\n\n“No,” said the embattled Reyes, who faces a recall.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Ravi Mendes");
  EXPECT_EQ(quotes[1].speaker, "Ada Reyes");
}

// A body's noun is a person's description only as the head of a role:
// "the council" is no "Council President Ada Lindqvist".
TEST(QuoteExtractorTest, ABodysNounInARoleIsNoPersonsDescription) {
  const auto quotes = Extract(
      "Council President Ada Lindqvist set the vote.\n\n“We can't wait,” Mayor Lena Okafor told "
      "the council.\n\n“We will vote,” the president said.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].to, "council");
  EXPECT_EQ(quotes[1].speaker, "Ada Lindqvist");
}

// The object of "texted", "asked", "assured" … is whom the words were for;
// not a clause after "that", nor a people's adjective before its noun.
TEST(QuoteExtractorTest, TheObjectOfAskedOrAssuredIsTheAddressee) {
  const auto quotes = Extract(
      "“Stop,” Dana Whitfield texted her colleagues.\n\n“Why?” Tomas Reyes asked the "
      "mayor.\n\n“Relax,” Lena Okafor assured voters in Millbrook.\n\nRavi Mendes urged Harbor "
      "residents to stay “calm and patient.”\n\nAda Lind asked that Millbrook be “left alone.”");
  ASSERT_EQ(quotes.size(), 5u);
  EXPECT_EQ(quotes[0].to, "colleagues");
  EXPECT_EQ(quotes[1].to, "mayor");
  EXPECT_EQ(quotes[2].to, "voters");
  EXPECT_EQ(quotes[3].to, "Harbor residents");
  EXPECT_EQ(quotes[4].to, "");
}

// "said Reyes, 58, a former harbor pilot": the role in apposition after
// the age.
TEST(QuoteExtractorTest, ARoleAfterAnAgeIsTheNamesRole) {
  const auto quotes = Extract(
      "“She is campaigning on our dime,” Tomas Reyes, 58, a former harbor pilot, told the Harbor "
      "Times.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Tomas Reyes");
  EXPECT_EQ(quotes[0].role, "former harbor pilot");
}

// "Lena Okafor, mayor: “…”": a digest's role between the name and the
// colon.
TEST(QuoteExtractorTest, ARoleBeforeALeadInColonIsTheNamesRole) {
  const auto quotes = Extract("Lena Okafor, mayor: “We will not pay a cent more.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
  EXPECT_EQ(quotes[0].role, "mayor");
}

// A player's position is a role, as an office is.
TEST(QuoteExtractorTest, APlayersPositionIsARole) {
  const auto quotes = Extract("Striker Tomas Reyes, who scored twice, said: “I just hit it.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Tomas Reyes");
  EXPECT_EQ(quotes[0].role, "Striker");
}

// "In an email, Reyes, …": a thing's noun has no name in apposition, so
// the name is the sentence's subject and "he" after it is Reyes, not the
// person named in the sentence before.
TEST(QuoteExtractorTest, ANameAfterAThingsNounIsTheSubject) {
  const auto quotes = Extract(
      "Tomas Reyes is an observer — an impartial analyst calling balls.\n\nIn an email, Reyes, "
      "a former newspaperman, defended his role. “I was hired,” he said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Tomas Reyes");
}

// "R-Texas" between commas is the name's party and state, no subject.
TEST(QuoteExtractorTest, APartyAndStateBetweenCommasLeaveTheNameTheSubject) {
  const auto quotes =
      Extract("Sen. Tomas Reyes, R-Texas, the bill's sponsor, called the vote “a disgrace.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Tomas Reyes");
}

TEST(QuoteExtractorTest, ACommaAfterPartyAndStateKeepsTheSubject) {
  const auto quotes = Extract(
      "Sen. Ada Lindqvist (D-Ore.), said after a lunch on Tuesday that she had not read the plan, "
      "but called it a “starting point for our talks.”\n\nTomas Reyes, founder of the Harbour "
      "Institute and long time Ferry Commissioner from Oregon, endorsed Lindqvist last week, "
      "saying she “has always shown her deep care for the harbour.”");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Ada Lindqvist");
  EXPECT_EQ(quotes[1].speaker, "Tomas Reyes");  // not the object, "Lindqvist"
}

TEST(QuoteExtractorTest, ATagEndingTheSentenceReachesBackPastAnotherQuotation) {
  const auto quotes = Extract(
      "Mayor Lena Okafor said the ferry is safe. Ridership was “flat for about a month or six "
      "weeks” as riders waited to see how a “long winter” played out, Okafor said.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");
  EXPECT_EQ(quotes[0].cue, "said");
}

TEST(QuoteExtractorTest, APastParticiplePhraseAndItsAppositionArePassedOver) {
  const auto quotes = Extract(
      "Mayor Lena Okafor came to the pier.\n\nPreceded at the lectern by Tomas Reyes, the county "
      "sheriff and a hard-liner, Okafor launched into a lament for the “forgotten sailors of the "
      "whole harbour.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Lena Okafor");  // not "county sheriff"
}

TEST(QuoteExtractorTest, HecklersSpeakAndPortrayingNames) {
  const auto quotes = Extract(
      "“We are glad you came,” Okafor said as the heckler yelled: “Go home!”\n\nMayor Lena "
      "Okafor, who portrayed the plan as a “lifeline for the harbour,” spoke last.");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker, "heckler");
  EXPECT_EQ(quotes[2].speaker, "Lena Okafor");
  EXPECT_EQ(quotes[2].cue, "portrayed");
}

TEST(QuoteExtractorTest, CountedGroupsSpeakEachForThemselves) {
  const auto quotes = Extract(
      "In the county, 36 percent said they were “very worried” about the ferry.\n\nAsked whether "
      "it would survive, 21 percent said “not too likely” and 14 percent said “not at all likely.”");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker, "21 percent");
  EXPECT_EQ(quotes[2].speaker, "14 percent");
}

// A quotation that ends its sentence with a full stop is no part of the
// next sentence, whose cue reports a clause of its own; a bare tag after it
// still is its tag.
TEST(QuoteExtractorTest, TheNextSentencesReportedSpeechIsNoTag) {
  const auto quotes = Extract(
      "“It is a sad day,” Mendes told reporters in Salem. “This has no place in a campaign.” "
      "Oregon Gov. Tomas Reyes said he would have fired the manager.");
  EXPECT_EQ(Find(quotes, "This has").speaker, "Mendes");
  const auto told = Extract("“The plan is finished.” Tomas Reyes said that the vote comes next.");
  EXPECT_NE(Find(told, "The plan").speaker, "Tomas Reyes");
  const auto tag = Extract("“The plan is finished.” Tomas Reyes said.");
  EXPECT_EQ(Find(tag, "The plan").speaker, "Tomas Reyes");
}

// "according to X" after a quotation is a source: X said it, unless the
// sentence has a speaker of its own, whose words X reports.
TEST(QuoteExtractorTest, ASourceAfterTheQuotationSaidIt) {
  const auto alone = Extract(
      "Reyes spoke first.\n\n“The files show the agency kept dossiers,” according to Civic "
      "Watch.");
  EXPECT_EQ(Find(alone, "The files").speaker, "Civic Watch");
  EXPECT_EQ(Find(alone, "The files").cue, "according to");
  const auto reported = Extract(
      "Reyes spoke first.\n\nMendes said the plan was “dead on arrival,” according to the "
      "Harbor Ledger.");
  EXPECT_EQ(Find(reported, "dead on").speaker, "Mendes");
  EXPECT_EQ(Find(reported, "dead on").via, "Harbor Ledger");
}

// "Will", "May" and "Watch" are names inside a sentence, but not where a
// headline capitalizes them or a date follows.
TEST(QuoteExtractorTest, FunctionWordsThatAreNames) {
  const auto will = Extract(
      "Columnist George Will weighed in.\n\n“It is a pretty expensive model,” said Will Doyle, "
      "a professor.\n\n“The bridge is a folly,” Will wrote.");
  EXPECT_EQ(Find(will, "It is a pretty").speaker, "Will Doyle");
  EXPECT_EQ(Find(will, "The bridge").speaker, "George Will");
  const auto may = Extract("Prime Minister Teresa May said, “We stay.”");
  EXPECT_EQ(Find(may, "We stay").speaker, "Teresa May");
  const auto month = Extract("In May Reyes said, “We go.”");
  EXPECT_EQ(Find(month, "We go").speaker, "Reyes");
}

// "her lawyers": "her" before a person noun is a determiner, not a pronoun.
TEST(QuoteExtractorTest, HerBeforeANounIsADeterminer) {
  const auto quotes = Extract(
      "Dana Fox sued the college.\n\nThe suit put Fox “through the wringer,” according to "
      "her lawyers.");
  const Quote q = Find(quotes, "through");
  EXPECT_EQ(q.speaker, "lawyers");
  EXPECT_EQ(q.text.size(), std::string("through the wringer,").size());
}

// Anonymous sources: "one of two witnesses", "one well-connected Democrat",
// "said another" are people of their own, never the group nor the person
// the paragraph before quoted.
TEST(QuoteExtractorTest, OneOfAGroupAndAnotherSpeakForThemselves) {
  const auto quotes = Extract(
      "Organizers gathered at the bridge.\n\n“It was a mess,” said one well-connected Democrat "
      "familiar with the campaign.\n\n“Nobody will fund it,” said one of two witnesses who "
      "asked not to be named.\n\n“We waited all day,” said one resident. “We waited all "
      "night,” said another.\n\n“It never opened,” one said.\n\nOne of the organizers said, "
      "“We will be back.”");
  EXPECT_EQ(Find(quotes, "It was a mess").speaker, "one well-connected Democrat");
  EXPECT_EQ(Find(quotes, "Nobody").speaker, "one of two witnesses");
  EXPECT_EQ(Find(quotes, "We waited all day").speaker, "one resident");
  EXPECT_EQ(Find(quotes, "We waited all night").speaker, "another resident");
  EXPECT_EQ(Find(quotes, "It never").speaker, "one");
  EXPECT_EQ(Find(quotes, "We will be back").speaker, "One of the organizers");
}

// "one Harbor Fund aide" is a source the reporter does not name, not the
// aide the article names: the description keeps its "one" and resolves to
// no one.
TEST(QuoteExtractorTest, OneUnnamedSourceIsNotTheNamedOne) {
  const auto quotes = Extract(
      "Harbor Fund aide Tomas Reyes spoke first.\n\n“We will answer,” one Harbor Fund aide "
      "said later. Another aide was less sure.");
  EXPECT_EQ(Find(quotes, "We will answer").speaker, "one Harbor Fund aide");
}

// A proper name that heads a description is that name, without the
// adjectives before it: "the nonpartisan Congressional Budget Office".
TEST(QuoteExtractorTest, ACapitalizedHeadKeepsItsName) {
  const auto quotes = Extract(
      "Growth is mainly “the aging of the population,” according to the nonpartisan "
      "Congressional Budget Office.");
  EXPECT_EQ(Find(quotes, "the aging").speaker, "Congressional Budget Office");
}

// A shorter description is the earlier, fuller one only when every word of
// it is there: "a Nevada official" is no "New Hampshire state official".
TEST(QuoteExtractorTest, AFullerDescriptionHoldsEveryWord) {
  const auto quotes = Extract(
      "“She is behind,” said a New Hampshire state official.\n\n“The gap is wide,” said a "
      "Nevada official.\n\n“She can close it,” the state official added.");
  EXPECT_EQ(Find(quotes, "The gap").speaker, "Nevada official");
  EXPECT_EQ(Find(quotes, "She can").speaker, "New Hampshire state official");
}

// The same past the hundreds of descriptions of a long text, which are read
// through an index by head word (Discourse::kIndexedDescriptions): the
// first fuller wording still wins, however often others are printed.
TEST(QuoteExtractorTest, AFullerDescriptionIsFoundInALongTextToo) {
  for (const int between : {10, 400}) {
    std::string text =
        "“She is behind,” said a New Hampshire state official.\n\n“The gap is wide,” said a "
        "Nevada official.\n\n";
    for (int i = 0; i < between; ++i) {
      text += i % 2 == 0 ? "“The docks are old,” said a fisherman.\n\n"
                         : "“The ferry is late,” a Millbrook state official said.\n\n";
    }
    text += "“She can close it,” the state official added.";
    const auto quotes = Extract(text);
    EXPECT_EQ(Find(quotes, "The gap").speaker, "Nevada official") << between;
    EXPECT_EQ(Find(quotes, "She can").speaker, "New Hampshire state official") << between;
  }
}

// A quotation inside an adverbial clause with a subject of its own ("after
// X told him", ", with X telling") is that clause's; a clause right after
// "that" stays part of what the main clause reports.
TEST(QuoteExtractorTest, AnAdverbialClauseReportsItsOwnQuotation) {
  const auto after = Extract(
      "Mayor Reyes is assuring voters he is tough enough after a retired teacher told him he is "
      "“too nice” to win.");
  EXPECT_EQ(Find(after, "too nice").speaker, "retired teacher");
  const auto with = Extract(
      "The vote sparked a debate over how the council responds, with Senator Ada Lindqvist "
      "telling reporters she found the plan “plainly reckless.”");
  EXPECT_EQ(Find(with, "plainly").speaker, "Ada Lindqvist");
  const auto that = Extract(
      "Mendes went on to say that, because the auditor testified that her books were “clean,” "
      "nothing was hidden.");
  EXPECT_EQ(Find(that, "clean").speaker, "Mendes");
  const auto yet = Extract(
      "“The bridge is late,” said one resident. Yet another said, “It is early.”");
  EXPECT_EQ(Find(yet, "It is early").speaker, "another resident");
}

// A determiner and a few words next to a cue describe the speaker even
// when no word list knows the head; a source or a passive participle is
// no such speaker.
TEST(QuoteExtractorTest, AnUnknownHeadNextToACueSpeaks) {
  const auto wrote = Extract(
      "Leaders met on Monday.\n\n“This speech makes the election a choice,” the progressive "
      "heavyweights wrote in a joint statement.");
  EXPECT_EQ(Find(wrote, "This speech").speaker, "progressive heavyweights");
  const auto card = Extract("Leaders met.\n\n“Call the roll,” said the printed slate card.");
  EXPECT_EQ(Find(card, "Call").speaker, "printed slate card");
  const auto analysis = Extract(
      "Leaders met.\n\nThe party has won, according to its analysis, but “we are still "
      "counting the seats.”");
  EXPECT_NE(Find(analysis, "we are").speaker, "analysis");
  const auto book = Extract(
      "Leaders met.\n\nScribner will publish “Okafor Revealed,” a biography written by two "
      "reporters.");
  EXPECT_NE(Find(book, "Okafor").speaker, "biography");
}

// "Reyes's “…” promise" and "her remark that “…”" say whose words a
// quotation is; "Reyes's remarks “have spread”" makes them a subject.
TEST(QuoteExtractorTest, APossessiveNamesWhoseWordsTheyAre) {
  const auto promise = Extract(
      "It is the persistent pull of Reyes's “if you like your bridge, you can keep it” promise.");
  EXPECT_EQ(Find(promise, "if you like").speaker, "Reyes");
  const auto remark = Extract(
      "Film star Tom Banks came too.\n\nFormer secretary of state Ada Lindqvist, a Reyes "
      "supporter, stirred controversy over her remark that “there is a place for quitters.”");
  EXPECT_EQ(Find(remark, "there is").speaker, "Ada Lindqvist");
  const auto title = Extract("“We go,” said secretary of state Ada Lindqvist.");
  EXPECT_EQ(Find(title, "We go").role, "secretary of state");
  const auto subject = Extract(
      "Dana Fox of Millbrook spoke.\n\nThe lawmaker said Reyes's remarks “have had wide "
      "dissemination.”");
  EXPECT_EQ(Find(subject, "have had").speaker, "lawmaker");
}

// "The Oregon senator's answer was that “…”": the words' owner is the
// whole description, not the place that modifies it, past a copula.
TEST(QuoteExtractorTest, ADescriptionsAnswerWasThatTheQuotation) {
  const auto quotes = Extract(
      "Oregon Senator Lena Okafor spoke on Monday.\n\nThe Oregon senator’s answer was that “we "
      "will not fold on this bill.”\n\nTomas Reyes came later. His reply was “we will see about "
      "that.”");
  EXPECT_EQ(Find(quotes, "we will not").speaker, "Lena Okafor");
  EXPECT_EQ(Find(quotes, "we will see").speaker, "Tomas Reyes");
}

// "many Asian states" is no cue with a subject; a sentence's closing tag
// then reports its quotation.
TEST(QuoteExtractorTest, ACueWordAfterACapitalizedModifierIsANoun) {
  const auto quotes = Extract(
      "The move has stirred feelings in many Asian states, and it has used “velvet gloves” in "
      "its dealings, said Nora Kass, an expert at Harbor College.");
  EXPECT_EQ(Find(quotes, "velvet").speaker, "Nora Kass");
}

// "Given" and "Another" open sentences but never names.
TEST(QuoteExtractorTest, GivenAndAnotherAreNoNames) {
  const auto quotes = Extract(
      "Mayor Reyes spoke on Monday.\n\nGiven his past comments on building a wall to keep "
      "out so-called “vandals” and “loiterers,” it is safe to say he is referring to the "
      "bridge.");
  EXPECT_NE(Find(quotes, "vandals").speaker, "Given");
}

// He and she are people: a letter or a report is never their antecedent.
TEST(QuoteExtractorTest, HeOrSheIsNoDocument) {
  const auto quotes = Extract(
      "Ada Lindqvist spoke first.\n\nA Reyes campaign letter came out on Monday.\n\nShe said, "
      "“We stay.”");
  EXPECT_EQ(Find(quotes, "We stay").speaker, "Ada Lindqvist");
}

// A digest's source stands between a dash and the colon before the
// quotation, whatever cue came earlier in the sentence.
TEST(QuoteExtractorTest, ADigestsSourceStandsBetweenADashAndAColon) {
  const auto quotes = Extract(
      "TURNOUT ROSE - Dana Reyes: “More people voted than ever.”\n\nDana Fox criticized the "
      "plan on Monday - Ada Lindqvist: “It is a folly.”");
  EXPECT_EQ(Find(quotes, "More people").speaker, "Dana Reyes");
  EXPECT_EQ(Find(quotes, "It is a folly").speaker, "Ada Lindqvist");
}

// "Adding, “…”" opens a sentence that goes on the latest speaker's words,
// and keeps its cue.
TEST(QuoteExtractorTest, AnOpeningParticipleGoesOnTheLatestSpeaker) {
  const auto quotes = Extract(
      "The council met.\n\nMayor Reyes said the plan was sound. Adding, “It is late, but it "
      "is good.”");
  const Quote q = Find(quotes, "It is late");
  EXPECT_EQ(q.speaker, "Reyes");
  EXPECT_EQ(q.cue, "Adding");
}

// A claim's owner said the quotation in its that-clause; whoever tells of
// the claim reports it. Not once the clause has closed.
TEST(QuoteExtractorTest, AClaimsOwnerSaysTheQuotationInItsClause) {
  const auto owner = Extract(
      "Mayor Reyes blamed the press for making an issue of Ada Lindqvist's claim that the "
      "council “sold the bridge,” saying they missed the point.");
  const Quote q = Find(owner, "sold the");
  EXPECT_EQ(q.speaker, "Ada Lindqvist");
  EXPECT_EQ(q.cue, "claim");
  EXPECT_EQ(q.via, "Reyes");
  const auto closed = Extract(
      "Dana Fox said Thursday that Reyes's claim that the bridge is safe is “simply not "
      "true.”");
  EXPECT_EQ(Find(closed, "simply").speaker, "Dana Fox");
  // A copula between the claim and its clause, after a sentence whose
  // relative clause names others.
  const auto copula = Extract(
      "The suit filed by Kalani Berg, an aide who Reyes, D-Ore., fired in June, alleges "
      "abuses. But Berg’s most serious claim is that the council is a “closed shop.”");
  EXPECT_EQ(Find(copula, "closed shop").speaker, "Kalani Berg");
  const auto as = Extract(
      "Voters recall Fox's remark describing Reyes's statement that he opposed the toll as “the "
      "biggest fairy tale.”");
  EXPECT_NE(Find(as, "the biggest").speaker, "Reyes");
}

// "Ada Berg, a South Carolina native who writes": the relative pronoun
// follows a person's description, not the place that modifies it, and the
// description stands in apposition to the name before it.
TEST(QuoteExtractorTest, ARelativeClauseAfterAnAppositionIsTheNames) {
  const Quote q = Extract(
      "Ada Berg, a South Carolina native who writes fiction (her book has a story “where the loser "
      "becomes the main course”), has cast herself as a strategist.")[0];
  EXPECT_EQ(q.speaker, "Ada Berg");
  EXPECT_EQ(q.role, "South Carolina native");
}

// "legislation, which he called “a cartel”": the relative clause's subject
// said it, unless a comma closes the clause before the quotation.
TEST(QuoteExtractorTest, ACueInAWhichClauseReportsItsQuotation) {
  const auto quotes = Extract(
      "Ada Lindqvist spoke.\n\nMayor Reyes said he backed a bill against the agencies, which "
      "Lindqvist called “a cartel for bridges.”");
  EXPECT_EQ(Find(quotes, "a cartel").speaker, "Ada Lindqvist");
  const auto closed = Extract(
      "Reyes was asked by host Dana Fox whether his plan, which the Budget Office estimates would "
      "cost a lot, would risk “adding another program.”");
  EXPECT_NE(Find(closed, "adding").speaker, "Budget Office");
}

// Channels: "Speaking on WKRP radio", "wrote columnist X in the Harbor
// Times"; but not a place in an apposition or after a subject's "wrote".
TEST(QuoteExtractorTest, ChannelsSpokenOnAndWrittenIn) {
  const auto on = Extract("Speaking on WKRP radio, Reyes said, “The bridge opens in May.”");
  EXPECT_EQ(Find(on, "The bridge").to, "WKRP");
  const auto in = Extract("“It is a folly,” wrote columnist Dana Fox in the Harbor Times.");
  EXPECT_EQ(Find(in, "It is").to, "Harbor Times");
  const auto place = Extract(
      "(“I want my dues back,” wrote Ed Nolan, a technician in Millbrook, on the union's page.)");
  EXPECT_NE(Find(place, "I want").to, "Millbrook");
  const auto subject = Extract(
      "“It remains a great question,” Dana Fox wrote last week after the ruling in the North "
      "Harbor case.");
  EXPECT_EQ(Find(subject, "It remains").to, "");
}

// "Okafor's message to residents was simple: “…”" is Okafor's.
TEST(QuoteExtractorTest, APossessedMessageBeforeAColonIsItsOwners) {
  const auto quotes = Extract("Okafor's message to residents was simple: “Stay home.”");
  EXPECT_EQ(Find(quotes, "Stay").speaker, "Okafor");
}

// "“terrible,” denounced her record": an object pronoun after the cue is
// no inverted subject.
TEST(QuoteExtractorTest, AnObjectAfterACueIsNoInvertedSubject) {
  const auto quotes = Extract(
      "Ada Lindqvist ran for mayor.\n\nTomas Reyes summed up Lindqvist as “terrible,” denounced "
      "her record and said she should quit.");
  EXPECT_NE(Find(quotes, "terrible").speaker, "Ada Lindqvist");
}

// Smaller layouts: a capitalized past tense after an apposition's comma is
// a cue; "Read" after a first name is a surname; a semicolon ends the
// clause a later cue could report; a short quoted term the reporter's
// sentence goes on after is no floating quotation.
TEST(QuoteExtractorTest, TweetedReadSemicolonsAndQuotedTerms) {
  const auto tweeted = Extract(
      "“Not us, but we like it!” Mike Nolan, the head of the fund, Tweeted on Friday.");
  EXPECT_EQ(Find(tweeted, "Not us").speaker, "Mike Nolan");
  const auto read = Extract("In a call, Quillon chief executive Ian Read said, “We proceed.”");
  EXPECT_EQ(Find(read, "We proceed").speaker, "Ian Read");
  const auto clause = Extract(
      "The old pro calls it her “steady hand”; rivals dismiss it as timidity.");
  EXPECT_NE(Find(clause, "steady").speaker, "rivals");
  const auto heralded = Extract("Chancellor Ada Lindqvist heralded the deal as a “breakthrough.”");
  EXPECT_EQ(Find(heralded, "breakthrough").speaker, "Ada Lindqvist");
  const auto term = Extract(
      "Chancellor Ada Lindqvist said the deal was “a breakthrough.”\n\n“Refoulement” (forcible "
      "return) is forbidden by law.");
  EXPECT_EQ(Find(term, "Refoulement").speaker, "");
}

// A statement that speaks is said to nobody, least of all to a statement.
TEST(QuoteExtractorTest, NobodySpeaksToThemselves) {
  const auto quotes = Extract("“The bridge stays shut,” the statement read.");
  const Quote q = Find(quotes, "The bridge");
  EXPECT_EQ(q.speaker, "statement");
  EXPECT_EQ(q.to, "");
}

// A cue in an opening phrase reports nothing in the main clause; a source
// credited in the sentence, with nobody else to say it, said it.
TEST(QuoteExtractorTest, AnOpeningPhrasesCueReportsNothingInTheMainClause) {
  const auto quotes = Extract(
      "The Nolans went on a trip.\n\nAfter Fox's Dana Reyes asked about it in an interview, the "
      "Nolans became “agitated” once the cameras were off, according to a source at the "
      "station.");
  const Quote q = Find(quotes, "agitated");
  EXPECT_EQ(q.speaker, "source");
  EXPECT_EQ(q.via, "");
}

// "Beck, who has in the past described Trump as “…”": the relative
// pronoun a few words back is the subject; "Obama, who he noted was “…”"
// has one of its own.
TEST(QuoteExtractorTest, ARelativePronounAFewWordsBackIsTheSubject) {
  const auto quotes = Extract(
      "Mayor Reyes spoke.\n\nDana Fox, who has in the past described Reyes as “a menace,” "
      "came too.");
  EXPECT_EQ(Find(quotes, "a menace").speaker, "Dana Fox");
}

// "She" passes over the latest subject when that is a man's name, and "he"
// a woman's (quotes/gender.h); a crowd is no he or she either.
TEST(QuoteExtractorTest, PronounsPassOverTheOtherGender) {
  const auto she = Extract(
      "Ada Lindqvist sued the city on Monday. Mayor Tomas Reyes answered the suit.\n\n“It lied "
      "to me,” she said.");
  EXPECT_EQ(Find(she, "It lied").speaker, "Ada Lindqvist");
  const auto he = Extract("Mr. Nolan met the board. Mrs. Okafor arrived later.\n\n“We won,” he said.");
  EXPECT_EQ(Find(he, "We won").speaker, "Nolan");
  const auto crowd = Extract(
      "Tomas Reyes thanked the raucous crowd.\n\nThe crowd cheered as he spoke.\n\nHe pledged a "
      "“political revolution” for the county.");
  EXPECT_EQ(Find(crowd, "political").speaker, "Tomas Reyes");
}

// "He" and "she" name a person: not a document, a body or a thing that a
// description's head leaves ("the email scandal", "a firm stance"), nor a
// name that modifies the noun after an article ("a Harbor Fund clinic").
TEST(QuoteExtractorTest, PronounsNameNoDocumentBodyOrThing) {
  const auto email = Extract(
      "Tomas Reyes spoke first. He said the email scandal would fade.\n\n“It is over,” he "
      "said.");
  EXPECT_EQ(Find(email, "It is over").speaker, "Tomas Reyes");
  const auto firm = Extract(
      "Tomas Reyes won. Since the vote, Reyes has taken a firm stance on tolls.\n\n“No new "
      "tolls,” he said.");
  EXPECT_EQ(Find(firm, "No new tolls").speaker, "Tomas Reyes");
  const auto release = Extract(
      "Ada Lindqvist spoke on Monday. The press release angered voters.\n\n“I meant it,” she "
      "said.");
  EXPECT_EQ(Find(release, "I meant it").speaker, "Ada Lindqvist");
  const auto clinic = Extract(
      "Mayor Tomas Reyes spoke. Voters back Harbor Fund grants, and a Harbor Fund clinic opened "
      "today.\n\n“It helps,” he said.");
  EXPECT_EQ(Find(clinic, "It helps").speaker, "Tomas Reyes");
}

// "Canadians", "Millennials": a people or a generation is "they", never
// "he" or "she".
TEST(QuoteExtractorTest, APeopleIsNoHeOrShe) {
  const auto quotes = Extract(
      "Tomas Reyes met voters in Millbrook.\n\nCanadians came to hear him. “We are ready,” he "
      "said.");
  EXPECT_EQ(Find(quotes, "We are ready").speaker, "Tomas Reyes");
}

// An English word capitalized only where sentences start, and in no fuller
// name, is no antecedent ("Recently, he said", "Friends offered"). A
// surname printed so stays one: "Varga" is no English word, and "Baker"
// is printed inside a sentence too.
TEST(QuoteExtractorTest, AWordOnlyOpeningSentencesIsNoAntecedent) {
  const auto recently = Extract(
      "Omar Haddad moved to Millbrook in 2019 and found work there.\n\nRecently, he said, he has "
      "felt settled.\n\n“It feels like home,” he said.");
  EXPECT_EQ(Find(recently, "It feels").speaker, "Omar Haddad");
  const auto friends = Extract(
      "Lena Okafor ran for the council.\n\nFriends offered to knock on doors. “I said yes,” she "
      "said.");
  EXPECT_EQ(Find(friends, "I said yes").speaker, "Lena Okafor");
  const auto surname = Extract("The debate ran late.\n\nVarga spoke first. “We will win,” he said.");
  EXPECT_EQ(Find(surname, "We will win").speaker, "Varga");
  const auto word = Extract(
      "The debate ran late, and the crowd cheered Baker.\n\nBaker spoke first. “We will win,” he "
      "said.");
  EXPECT_EQ(Find(word, "We will win").speaker, "Baker");
}

// "the author of “Quiet Towns,” about rural life, said …": a title after a
// preposition, its comma followed by the reporter's words, ends no
// sentence; the cue after it reports the later quotation.
TEST(QuoteExtractorTest, ATitleInsideTheSubjectEndsNoSentence) {
  const auto quotes = Extract(
      "Dana Fox, the author of “Quiet Towns,” about rural life, said the towns had “a shared "
      "calendar” once.");
  const Quote q = Find(quotes, "a shared calendar");
  EXPECT_EQ(q.speaker, "Dana Fox");
  EXPECT_EQ(q.kind, "partial");
}

// Naming cues: what someone coined or referenced is theirs.
TEST(QuoteExtractorTest, CoinedAndReferencedTermsAreTheSubjects) {
  const auto quotes = Extract(
      "Tomas Reyes spoke.\n\nHe has coined a new phrase, “bridge people,” for commuters. Lena "
      "Okafor also referenced the “harbor loophole,” a gap in the rules.");
  EXPECT_EQ(Find(quotes, "bridge people").speaker, "Tomas Reyes");
  EXPECT_EQ(Find(quotes, "bridge people").cue, "coined");
  EXPECT_EQ(Find(quotes, "harbor loophole").speaker, "Lena Okafor");
}

// "a “good thing” that brought “real results,” he remarked": the later
// quotation's tag reports the whole sentence, the earlier fragment too.
// A tag that is no cue ("“…,” as Haddad did") lends the earlier one none.
TEST(QuoteExtractorTest, ALaterQuotationsTagReportsTheWholeSentence) {
  const auto quotes = Extract(
      "Tomas Reyes spoke.\n\nThe plan was a \"good thing\" that brought \"real results,\" he "
      "remarked.\n\nSome call the levy \"a gift,\" as Omar Haddad did, or \"a trap,\" as the "
      "mayor said.");
  const Quote good = Find(quotes, "good thing");
  EXPECT_EQ(good.kind, "partial");
  EXPECT_EQ(good.speaker, "Tomas Reyes");
  EXPECT_EQ(good.cue, "remarked");
  EXPECT_EQ(Find(quotes, "a gift").speaker, "");
  EXPECT_EQ(Find(quotes, "a trap").speaker, "mayor");
}

// "Ann Lee, the chief budget officer of the city, took questions": the
// description in apposition is the name's, no antecedent of its own.
TEST(QuoteExtractorTest, ADescriptionInAppositionIsTheNames) {
  const auto quotes = Extract(
      "Mayor Tomas Reyes left early.\n\nAnn Lee, the chief budget officer of the city, took "
      "questions. \"We are on track,\" she said.\n\nOmar Haddad, the mayor's top aide, stayed. "
      "\"It was fine,\" he said.");
  EXPECT_EQ(Find(quotes, "We are on track").speaker, "Ann Lee");
  EXPECT_EQ(Find(quotes, "It was fine").speaker, "Omar Haddad");
}

// A longer apposition ("a Harbor Fund supporter and president of the
// Millbrook Institute,") is the name's too: "she" after it is Lena Okafor.
TEST(QuoteExtractorTest, ALongDescriptionInAppositionIsTheNames) {
  const auto quotes = Extract(
      "Lena Okafor, a Harbor Fund supporter and president of the Millbrook Institute, asked "
      "Tomas Reyes about the plan. She said she asked \"to build on the earlier remarks\" in a "
      "letter.");
  EXPECT_EQ(Find(quotes, "to build on").speaker, "Lena Okafor");
}

// A name after a preposition is no subject, nor does an apposition after it
// make it one: "he" is Tomas Reyes, not the firm.
TEST(QuoteExtractorTest, AnAppositionAfterAPrepositionMakesNoSubject) {
  const auto quotes = Extract(
      "Tomas Reyes met the board of Harbor Jets, a charter firm and broker for companies, on "
      "Monday. \"We will buy two planes,\" he said.");
  EXPECT_EQ(Find(quotes, "We will buy").speaker, "Tomas Reyes");
}

// "paid off her student loans", "praised his staff training": a
// description right after a verb is its object, no antecedent for "she".
TEST(QuoteExtractorTest, ADescriptionAfterAVerbIsNoSubject) {
  const auto quotes = Extract(
      "Ada Lindqvist had campaigned for the ferry, and she had just paid off her student loans. "
      "\"Some might say it is luck,\" she said.\n\nTomas Reyes praised his staff training. "
      "\"I know the work,\" he said.");
  EXPECT_EQ(Find(quotes, "Some might say").speaker, "Ada Lindqvist");
  EXPECT_EQ(Find(quotes, "I know the work").speaker, "Tomas Reyes");
}

// Names ending in a body's word ("Movement", "Coalition", "Air Force",
// "College") are no he or she.
TEST(QuoteExtractorTest, AMovementOrACollegeIsNoHe) {
  const auto quotes = Extract(
      "Tomas Reyes met the marchers. The Harbor Movement held a rally on the pier, and Millbrook "
      "College sent a band. \"We will be back,\" he said.");
  EXPECT_EQ(Find(quotes, "We will be back").speaker, "Tomas Reyes");
}

// "Her husband, Kalani Berg, stood by": a name no list knows takes the
// gender of the description it is in apposition with, so "she" passes it.
TEST(QuoteExtractorTest, ANameInAppositionTakesTheDescriptionsGender) {
  const auto quotes = Extract(
      "Rachel Okafor spoke first. Her husband, Kalani Berg, stood by. \"We gave what we could,\" "
      "she said.");
  EXPECT_EQ(Find(quotes, "We gave").speaker, "Rachel Okafor");
}

// "Ann Lee, a teacher from Salem, Oregon, said": the state after the town
// leaves Ann Lee the subject.
TEST(QuoteExtractorTest, AnAppositionMayEndInATownAndItsState) {
  const auto quotes = Extract(
      "Kalani Berg arrived late.\n\nAnn Lee, a teacher from Salem, Oregon, said the school was "
      "ready. \"We start Monday,\" she said.");
  EXPECT_EQ(Find(quotes, "We start Monday").speaker, "Ann Lee");
}

// "Senator Ann Lee of Oregon, a Democrat on the budget committee,
// advocates …": the state after "of" leaves the name the subject.
TEST(QuoteExtractorTest, ANamesStateAfterOfLeavesItTheSubject) {
  const auto quotes = Extract(
      "Some plans hold promise. Senator Ann Lee of Oregon, a Democrat on the budget committee, "
      "advocates a \"steady course for the city\" in the talks.");
  EXPECT_EQ(Find(quotes, "steady course").speaker, "Ann Lee");
}

// "the grandmother and the aunt of the bride": one of two joined phrases is
// no antecedent for "she".
TEST(QuoteExtractorTest, OneOfTwoJoinedPhrasesIsNoShe) {
  const auto quotes = Extract(
      "Kalani Berg thanked the guests: the grandmother and the aunt of the bride. \"We came "
      "early,\" she said.");
  EXPECT_EQ(Find(quotes, "We came early").speaker, "Kalani Berg");
}

// "when" opens a clause with a subject of its own ("That's when Okafor
// says"), but the main clause's subject in the same sentence comes first
// ("Reyes did not look sure when Berg asked").
TEST(QuoteExtractorTest, ASubjectAfterWhenComesAfterTheMainClausesSubject) {
  const auto quotes = Extract(
      "Kalani Berg spoke first. That's when Lena Okafor says the two met. \"We clicked at "
      "once,\" she says.\n\nTomas Reyes did not look sure when Kalani Berg asked about the "
      "vote. \"It is going to be close,\" he said.");
  EXPECT_EQ(Find(quotes, "We clicked").speaker, "Lena Okafor");
  EXPECT_EQ(Find(quotes, "It is going to be close").speaker, "Tomas Reyes");
}

// The same for "because", "if", "after" and the other words that open
// clauses.
TEST(QuoteExtractorTest, ASubjectAfterBecauseComesAfterTheMainClausesSubject) {
  const auto quotes = Extract(
      "Tomas Reyes left the hall early because Kalani Berg arrived. \"We had a plan,\" he "
      "said.");
  EXPECT_EQ(Find(quotes, "We had a plan").speaker, "Tomas Reyes");
}

// "Reyes’s answer was short", "The senator’s answer was short": a
// possessor opening its sentence is what the sentence is about, an
// antecedent for "he" as a subject is. Not a company's ("Quillon’s") nor
// a contraction ("There’s").
TEST(QuoteExtractorTest, APossessorOpeningItsSentenceIsAnAntecedent) {
  const auto quotes = Extract(
      "Tomas Reyes arrived late. Kalani Berg asked him about the ferry.\n\nReyes’s answer was "
      "short. \"We will see,\" he said.\n\nSenator Omar Haddad spoke next. Kalani Berg asked "
      "again.\n\nThe senator’s answer was long. \"It takes time,\" he said.\n\nThere’s a "
      "ferry, Kalani Berg said. Quillon’s plan was new. \"We wait,\" he said.");
  EXPECT_EQ(Find(quotes, "We will see").speaker, "Tomas Reyes");
  EXPECT_EQ(Find(quotes, "It takes time").speaker, "Omar Haddad");
  EXPECT_EQ(Find(quotes, "We wait").speaker, "Kalani Berg");
}

// A town printed with its state ("Millbrook, Oregon,") and a lone letter
// (the "T" of "AT&T") are nobody "he" or "she" can be.
TEST(QuoteExtractorTest, ATownOrALetterIsNoHeOrShe) {
  const auto quotes = Extract(
      "The hall in Millbrook, Oregon, was full. \"We will wait,\" she said.\n\nAda Lindqvist "
      "spoke next. The deal with AT&T was signed. \"We will pay,\" she said.");
  EXPECT_EQ(Find(quotes, "We will wait").speaker, "");
  EXPECT_EQ(Find(quotes, "We will pay").speaker, "Ada Lindqvist");
}

// "Reyes, 18, from Lee County, Fla., disagrees": an age, then a hometown
// and its state's abbreviation, leave the name the subject.
TEST(QuoteExtractorTest, AnAgeAndAHometownLeaveTheNameTheSubject) {
  const auto quotes = Extract(
      "Kalani Berg spoke first.\n\nTomas Reyes, 18, from Lee County, Fla., disagrees. \"I "
      "could say anything,\" he says.\n\nAda Lindqvist, a teacher in Salem, Ore., agrees. "
      "\"It is real,\" she says.");
  EXPECT_EQ(Find(quotes, "I could say anything").speaker, "Tomas Reyes");
  EXPECT_EQ(Find(quotes, "It is real").speaker, "Ada Lindqvist");
}

// "attacks in the U.S. She says …": a word that keeps its final period
// ends its sentence before a capitalized pronoun, whose own sentence
// then gives the quotation its speaker.
TEST(QuoteExtractorTest, AnAbbreviationEndsItsSentenceBeforeAPronoun) {
  const auto quotes = Extract(
      "Ada Lindqvist spoke on Sunday.\n\nTomas Reyes says the council wants to copy a law "
      "from the U.S. She says voters need \"a plain answer.\"");
  EXPECT_EQ(Find(quotes, "a plain answer").speaker, "Ada Lindqvist");
}

// "Reyes said Berg had left. “…,” he said": the subject of what a speaker
// reports is no antecedent before the speaker, but the object of "asked"
// is no such subject ("asked Reyes whether he …").
TEST(QuoteExtractorTest, TheSubjectOfReportedSpeechComesAfterTheSpeaker) {
  EXPECT_EQ(LastSpeaker("Tomas Reyes said Kalani Berg had left the hall early.\n\n\"I waited "
                        "an hour,\" he said."),
            "Tomas Reyes");
  EXPECT_EQ(LastSpeaker("Tomas Reyes said that Kalani Berg had left.\n\n\"I waited an hour,\" "
                        "he said."),
            "Tomas Reyes");
  EXPECT_EQ(LastSpeaker("A reporter asked Tomas Reyes whether he would run. He replied: \"Not "
                        "this year.\""),
            "Tomas Reyes");
}

// "says his “old friend” Kalani Berg ran “…”": a quotation after a
// determiner, before a name, stands inside the sentence, whose cue reports
// both quotations.
TEST(QuoteExtractorTest, AQuotedModifierBeforeANameEndsNoSentence) {
  const auto quotes = Extract(
      "Lena Okafor spoke on Sunday.\n\nTomas Reyes says his \"friend and colleague\" Kalani "
      "Berg ran \"an optimistic campaign focused on the future.\"");
  EXPECT_EQ(Find(quotes, "friend and colleague").speaker, "Tomas Reyes");
  EXPECT_EQ(Find(quotes, "an optimistic campaign").speaker, "Tomas Reyes");
}

// Inside Reyes's quotation, "he" goes on from what Reyes reported before
// it: Berg, the subject of that clause, not Reyes, its speaker, as "he"
// after the sentence would be.
TEST(QuoteExtractorTest, HeInAQuotationGoesOnFromWhatItsSpeakerReported) {
  const auto quotes = Extract(
      "Tomas Reyes said Kalani Berg called him.\n\n“He told me, ‘I will not run,’” Reyes "
      "said.");
  EXPECT_EQ(Find(quotes, "He told me").speaker, "Tomas Reyes");
  EXPECT_EQ(Find(quotes, "I will not run").speaker, "Kalani Berg");
}

// "Mrs. Okafor" is Hillary Okafor however often the article prints Bill
// Okafor, and "she" may be her; a role ("spokesman") decides no gender.
TEST(QuoteExtractorTest, AnHonorificPicksThePersonOfItsGender) {
  const auto quotes = Extract(
      "Bill Okafor and Hillary Okafor came. Bill Okafor spoke first, and Bill Okafor spoke "
      "last.\n\nMrs. Okafor did not hesitate. \"We will stay,\" she said. \"It is home,\" "
      "said Mrs. Okafor.");
  EXPECT_EQ(Find(quotes, "We will stay").speaker, "Hillary Okafor");
  EXPECT_EQ(Find(quotes, "It is home").speaker, "Hillary Okafor");
}

// "mentions neither the mayor nor …": a description after a quantifier
// after a verb is its object too.
TEST(QuoteExtractorTest, ADescriptionAfterAQuantifierAfterAVerbIsNoSubject) {
  const auto quotes = Extract(
      "Kalani Berg wrote the review. The film mentions neither the mayor nor the council by "
      "name. \"It is a needless fight,\" he said.");
  EXPECT_EQ(Find(quotes, "It is a needless fight").speaker, "Kalani Berg");
}

// "They" is a group nearby before it is a body: "the protesters", "Senate
// Democrats" (a name ending in a people's), not the fund they blamed.
TEST(QuoteExtractorTest, TheyIsAGroupBeforeItIsABody) {
  const auto quotes = Extract(
      "The protesters said the Harbor Fund had failed them. \"We will stay,\" they said.\n\n"
      "Senate Democrats blocked the bill because the Harbor Fund opposed it. \"It was a trap,\" "
      "they said.");
  EXPECT_EQ(Find(quotes, "We will stay").speaker, "protesters");
  EXPECT_EQ(Find(quotes, "It was a trap").speaker, "Senate Democrats");
}

// "Jan Lee, director general of the fund, said": a full name's role in
// lower case stands in apposition without a determiner, and is no subject
// of its own ("director" before "general").
TEST(QuoteExtractorTest, ARoleInLowerCaseAfterAFullNameIsItsApposition) {
  const auto quotes = Extract(
      "Kalani Berg spoke first.\n\nJan Lee, director general of the Harbor Fund, said the "
      "plan works. \"It is a start,\" she said.");
  EXPECT_EQ(Find(quotes, "It is a start").speaker, "Jan Lee");
}

TEST(QuoteExtractorTest, ARoleWordThatIsAPersonNounModifiesALaterHead) {
  const auto quotes = Extract("“We will win the county,” said a senior Reyes adviser.");
  EXPECT_EQ(Find(quotes, "We will").speaker, "senior Reyes adviser");  // not "senior"
}

TEST(QuoteExtractorTest, ARoleWordBeforeABodysNounNamesTheBody) {
  const auto quotes =
      Extract("“The talks go on,” the State Department said.\n\n“Not yet,” Ms. White said.");
  EXPECT_EQ(Find(quotes, "The talks").speaker, "State Department");  // not "Department"
  EXPECT_EQ(Find(quotes, "Not yet").speaker, "White");               // after a title, a surname
}

TEST(QuoteExtractorTest, ATitleOrAnInitialEndsNoMention) {
  const auto quotes = Extract(
      "The council met on Monday.\n\nKalani Berg called Mr. Reyes’s comments “deeply wrong,” and "
      "Tomas Reyes did not answer.");
  EXPECT_EQ(Find(quotes, "deeply wrong").speaker, "Kalani Berg");  // not "Mr"
}

TEST(CueLexiconTest, TheDataFileParsesWithAtLeast150Cues) {
  EXPECT_GE(CueLexicon::Default().size(), 150u);
  CueLexicon bad;
  EXPECT_FALSE(CueLexicon::Parse("say\tnonsense\tsay said\n", &bad).ok());
}

}  // namespace
}  // namespace qt::quotes
