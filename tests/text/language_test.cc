#include "text/language.h"

#include <gtest/gtest.h>

#include <string>

namespace qt::text {
namespace {

TEST(LanguageTest, OtherLanguagesAreToldApart) {
  EXPECT_TRUE(ReadsAsEnglish("The council said on Monday that it would not vote on the bridge "
                             "until the engineers had finished their report on the river."));
  EXPECT_FALSE(ReadsAsEnglish("Le conseil a annoncé lundi qu'il ne voterait pas sur le pont avant "
                              "que les ingénieurs aient terminé leur rapport, selon la mairie."));
  EXPECT_FALSE(ReadsAsEnglish("Der Rat teilte am Montag mit, er werde erst über die Brücke "
                              "abstimmen, wenn die Ingenieure ihren Bericht beendet haben."));
  EXPECT_FALSE(ReadsAsEnglish("El consejo dijo el lunes que no votará sobre el puente hasta que "
                              "los ingenieros hayan terminado su informe, según la alcaldía."));
}

TEST(LanguageTest, TooShortToTellIsEnglish) {
  EXPECT_TRUE(ReadsAsEnglish(""));
  EXPECT_TRUE(ReadsAsEnglish("Okafor Stands Firm"));
  EXPECT_TRUE(ReadsAsEnglish("Le pont restera fermé tout l'hiver"));  // under kLanguageMinBytes
  // A long text is judged by its start; a cut inside a character is moved back.
  std::string text = "The council said on Monday that it would not vote. ";
  while (text.size() < 2 * kLanguageSampleBytes) text += "Caf\xC3\xA9 owners agreed with it. ";
  EXPECT_TRUE(ReadsAsEnglish(text));
}

}  // namespace
}  // namespace qt::text
