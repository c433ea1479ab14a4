// `affiche new event`: a file that checks clean, never one over another.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_util.h"

namespace affiche {
namespace {

using testing::Affiche;

TEST(NewEvent, CreatesAnEventThatChecksClean) {
  std::string dir = testing::MakeTempDir();
  testing::CopyTree(AFFICHE_FIXTURES_DIR "/sites/minimal", dir);
  auto result = testing::Run(
      Affiche() + " new event rencontre-amap --title 'Rencontre \"AMAP\" : le goût'",
      dir);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, "Created content/events/rencontre-amap.md\n");
  std::string text = testing::ReadFile(dir + "/content/events/rencontre-amap.md");
  EXPECT_NE(text.find("title: \"Rencontre \\\"AMAP\\\" : le goût\"\n"),
            std::string::npos);
  // The edition of the minimal site starts on 2009-11-01.
  EXPECT_NE(text.find("start: 2009-11-01T18:00\n"), std::string::npos) << text;
  auto check = testing::Run(Affiche() + " check", dir);
  EXPECT_EQ(check.status, 0) << check.err;
  EXPECT_EQ(check.out,
            "No errors in 5 events and 1 page (1 warning).\n");  // no attendance yet
}

TEST(NewEvent, NeverOverwritesAFile) {
  std::string dir = testing::MakeTempDir();
  testing::CopyTree(AFFICHE_FIXTURES_DIR "/sites/minimal", dir);
  std::string before = testing::ReadFile(dir + "/content/events/conference.md");
  auto result = testing::Run(Affiche() + " new event conference", dir);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(
      result.err,
      "affiche: error: content/events/conference.md already exists; affiche new never "
      "overwrites a file\n");
  EXPECT_EQ(testing::ReadFile(dir + "/content/events/conference.md"), before);
}

TEST(NewEvent, RefusesBadSlugsAndStartsAsUsageErrors) {
  std::string dir = testing::MakeTempDir();
  auto slug = testing::Run(Affiche() + " new event 'Fête'", dir);
  EXPECT_EQ(slug.status, 2);
  EXPECT_EQ(testing::Lines(slug.err)[0],
            "affiche: error: the slug 'Fête' may only hold lowercase letters, digits and "
            "hyphens, like conference-finance-solidaire");
  auto start = testing::Run(Affiche() + " new event fete --start 2009-02-30T18:00", dir);
  EXPECT_EQ(start.status, 2);
  EXPECT_EQ(
      testing::Lines(start.err)[0],
      "affiche: error: invalid --start '2009-02-30T18:00': February 2009 has 28 days");
  EXPECT_FALSE(std::filesystem::exists(dir + "/content"));
}

}  // namespace
}  // namespace affiche
