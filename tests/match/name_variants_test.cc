#include "match/name_variants.h"

#include <gtest/gtest.h>

namespace qt::match {
namespace {

using Counts = std::vector<std::pair<std::string, int64_t>>;
using Joins = std::unordered_map<std::string, std::string>;

TEST(NameVariantsTest, AMiddleNameOrInitialJoinsTheNameWithout) {
  EXPECT_EQ(JoinNameVariants({{"Tomas Reyes", 40},
                              {"Tomas J. Reyes", 12},
                              {"Lena Okafor", 9},
                              {"Lena Marie Okafor", 20}}),
            (Joins{{"Tomas J. Reyes", "Tomas Reyes"}, {"Lena Okafor", "Lena Marie Okafor"}}));
}

TEST(NameVariantsTest, TwoDifferentMiddlesKeepEveryNameApart) {
  EXPECT_EQ(JoinNameVariants({{"Kalani W. Berg", 10}, {"Kalani H.W. Berg", 8}, {"Kalani Berg", 3}}),
            Joins{});
}

TEST(NameVariantsTest, InitialsWithOrWithoutPeriodsAreOneSpelling) {
  EXPECT_EQ(JoinNameVariants({{"A.J. Lindqvist", 5}, {"AJ Lindqvist", 2}}),
            (Joins{{"AJ Lindqvist", "A.J. Lindqvist"}}));
}

TEST(NameVariantsTest, CaseIsNoOtherSpellingAndTiesGoToLowerCase) {
  EXPECT_EQ(JoinNameVariants({{"KalaniAnn Berg", 4}, {"Kalaniann Berg", 4}}),
            (Joins{{"KalaniAnn Berg", "Kalaniann Berg"}}));
  EXPECT_EQ(JoinNameVariants({{"Kalaniann Berg", 4}, {"KalaniAnn Berg", 4}}),
            (Joins{{"KalaniAnn Berg", "Kalaniann Berg"}}));
}

TEST(NameVariantsTest, ASuffixIsSomeoneElse) {
  EXPECT_EQ(JoinNameVariants({{"Tomas Reyes", 40}, {"Tomas Reyes Jr.", 12}}), Joins{});
}

TEST(NameVariantsTest, ASurnameAloneJoinsThePersonWhoHoldsNineInTen) {
  EXPECT_EQ(JoinNameVariants(
                {{"Tomas Reyes", 90}, {"Tomas J. Reyes", 8}, {"Ana Reyes", 5}, {"Reyes", 30}}),
            (Joins{{"Tomas J. Reyes", "Tomas Reyes"}, {"Reyes", "Tomas Reyes"}}));
  // Two people quoted alike: the surname stays.
  EXPECT_EQ(JoinNameVariants({{"Tomas Reyes", 60}, {"Ana Reyes", 40}, {"Reyes", 30}}), Joins{});
  // Too few quotations of the full name to tell.
  EXPECT_EQ(JoinNameVariants({{"Tomas Reyes", 2}, {"Reyes", 30}}), Joins{});
}

TEST(NameVariantsTest, DescriptionsAndAcronymsJoinNothing) {
  EXPECT_EQ(JoinNameVariants({{"Harbor Fund spokesperson", 5},
                              {"spokesperson", 3},
                              {"NATO", 4},
                              {"Secretary General of NATO", 2}}),
            Joins{});
}

}  // namespace
}  // namespace qt::match
