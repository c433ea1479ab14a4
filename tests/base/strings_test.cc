#include "base/strings.h"

#include <gtest/gtest.h>

namespace affiche {
namespace {

TEST(Strings, StartsAndEndsWith) {
  EXPECT_TRUE(StartsWith(".goutputstream-X", ".goutputstream-"));
  EXPECT_FALSE(StartsWith(".g", ".goutputstream-"));
  EXPECT_TRUE(EndsWith("conference.md", ".md"));
  EXPECT_TRUE(EndsWith("x", ""));
  EXPECT_FALSE(EndsWith("md", ".md"));
  EXPECT_FALSE(EndsWith("conference.md~", ".md"));
}

TEST(Strings, FillsInEveryKnownPlaceholder) {
  EXPECT_EQ(FillIn("{n} événements", {{"n", "12"}}), "12 événements");
  EXPECT_EQ(FillIn("du {start} au {end}", {{"start", "1er"}, {"end", "3"}}),
            "du 1er au 3");
  EXPECT_EQ(FillIn("{n} et {n}", {{"n", "2"}}), "2 et 2");
  // Unknown names and lone braces stay as written.
  EXPECT_EQ(FillIn("{x} {n} {", {{"n", "1"}}), "{x} 1 {");
  EXPECT_EQ(FillIn("", {{"n", "1"}}), "");
}

}  // namespace
}  // namespace affiche
