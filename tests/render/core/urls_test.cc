#include "render/core/urls.h"

#include <gtest/gtest.h>

namespace affiche {
namespace {

TEST(Urls, LeadsBackToTheRootFromAnyDepth) {
  EXPECT_EQ(RootOf("index.html"), "");
  EXPECT_EQ(RootOf("departments/index.html"), "../");
  EXPECT_EQ(RootOf(IndexFile(EventDir("x"))), "../../");
}

TEST(Urls, PercentEncodesAllButUnreservedCharacters) {
  EXPECT_EQ(EncodePath("events/conference-2009_a.b~c/"), "events/conference-2009_a.b~c/");
  EXPECT_EQ(EncodePath("fête d'été/a#b?c"), "f%C3%AAte%20d%27%C3%A9t%C3%A9/a%23b%3Fc");
}

TEST(Urls, KeepsOnlyLinksSafeToFollow) {
  EXPECT_EQ(SafeUrl("https://example.org/a"), "https://example.org/a");
  EXPECT_EQ(SafeUrl("HTTP://example.org"), "HTTP://example.org");
  EXPECT_EQ(SafeUrl("mailto:contact@example.org"), "mailto:contact@example.org");
  EXPECT_EQ(SafeUrl("inscription.html?x=1:2"), "inscription.html?x=1:2");
  EXPECT_EQ(SafeUrl("javascript:alert(1)"), "");
  EXPECT_EQ(SafeUrl("JavaScript:alert(1)"), "");
  EXPECT_EQ(SafeUrl(" javascript:alert(1)"), "");
  EXPECT_EQ(SafeUrl("data:text/html,<b>"), "");
}

TEST(Urls, PointsOpenStreetMapAtTheVenue) {
  EXPECT_EQ(
      OpenStreetMapUrl(49.9003, 2.2768),
      "https://www.openstreetmap.org/?mlat=49.9003&mlon=2.2768#map=17/49.9003/2.2768");
  EXPECT_EQ(OpenStreetMapUrl(49.5, -0.25),
            "https://www.openstreetmap.org/?mlat=49.5&mlon=-0.25#map=17/49.5/-0.25");
}

TEST(Urls, SearchesAnAddressOnOpenStreetMap) {
  EXPECT_EQ(OpenStreetMapSearchUrl("30 route d'Abbeville, 80000 Amiens"),
            "https://www.openstreetmap.org/"
            "search?query=30%20route%20d%27Abbeville%2C%2080000%20Amiens");
}

}  // namespace
}  // namespace affiche
