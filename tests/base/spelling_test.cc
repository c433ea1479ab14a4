#include "base/spelling.h"

#include <gtest/gtest.h>

namespace affiche {
namespace {

TEST(Spelling, CountsEdits) {
  EXPECT_EQ(EditDistance("la-repasserie", "la-repasserie"), 0);
  EXPECT_EQ(EditDistance("la-repaserie", "la-repasserie"), 1);
  EXPECT_EQ(EditDistance("", "abc"), 3);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3);
}

TEST(Spelling, SuggestsTheClosestIdOnlyWhenItLooksLikeATypo) {
  std::vector<std::string> venues = {"espace-dewailly", "la-repasserie",
                                     "la-faiencerie-creil"};
  EXPECT_EQ(DidYouMean("la-repaserie", venues), "did you mean 'la-repasserie'?");
  EXPECT_EQ(DidYouMean("gare-du-nord", venues), "");
  EXPECT_EQ(ClosestMatch("somm", {"somme", "oise", "aisne"}), "somme");
}

}  // namespace
}  // namespace affiche
