// `affiche new site`: a site that builds and checks clean, never over anything.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace affiche {
namespace {

using testing::Affiche;

std::vector<std::string> FilesUnder(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    if (entry.is_regular_file())
      files.push_back(std::filesystem::relative(entry.path(), dir).string());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(NewSite, WritesASiteThatBuildsAndChecksClean) {
  std::string dir = testing::MakeTempDir();
  auto result = testing::Run(Affiche() + " new site programme", dir);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out,
            "Created a new site in programme\n"
            "Next: cd programme && affiche serve, then edit content/site.yaml\n");
  EXPECT_EQ(FilesUnder(dir + "/programme"),
            (std::vector<std::string>{"content/events/premiere-rencontre.md",
                                      "content/organisers/mon-association.yaml",
                                      "content/pages/a-propos.md", "content/site.yaml",
                                      "content/venues/salle-des-fetes.yaml"}));
  auto check = testing::Run(Affiche() + " check", dir + "/programme");
  EXPECT_EQ(check.status, 0);
  EXPECT_EQ(check.err, "");
  EXPECT_EQ(check.out, "No errors in 1 event and 1 page.\n");
  auto build = testing::Run(Affiche() + " build", dir + "/programme");
  EXPECT_EQ(build.status, 0);
  EXPECT_EQ(build.err, "");
  EXPECT_TRUE(std::filesystem::is_regular_file(
      dir + "/programme/site-out/events/premiere-rencontre/index.html"));
  EXPECT_TRUE(std::filesystem::is_regular_file(dir + "/programme/site-out/calendar.ics"));
}

TEST(NewSite, NewEventWorksInIt) {
  std::string dir = testing::MakeTempDir();
  ASSERT_EQ(testing::Run(Affiche() + " new site .", dir).status, 0);
  auto event = testing::Run(Affiche() + " new event atelier --title Atelier", dir);
  EXPECT_EQ(event.status, 0) << event.err;
  EXPECT_EQ(event.out, "Created content/events/atelier.md\n");
  auto check = testing::Run(Affiche() + " check", dir);
  EXPECT_EQ(check.err, "");
  EXPECT_EQ(check.out, "No errors in 2 events and 1 page.\n");
}

TEST(NewSite, RefusesAFolderThatIsNotEmpty) {
  std::string dir = testing::MakeTempDir();
  std::ofstream(dir + "/notes.txt") << "mine";
  auto result = testing::Run(Affiche() + " new site .", dir);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "affiche: error: . is not empty; affiche new site only writes into a new or "
            "empty folder\n");
  EXPECT_EQ(FilesUnder(dir), std::vector<std::string>{"notes.txt"});
}

TEST(NewSite, WantsOneFolderAndNoOption) {
  std::string dir = testing::MakeTempDir();
  auto missing = testing::Run(Affiche() + " new site", dir);
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(
      missing.err,
      "affiche: error: usage: affiche new site DIR, or affiche new event SLUG [--title "
      "T] [--start DATETIME]\nTry 'affiche help new'.\n");
  auto option = testing::Run(Affiche() + " new site x --title Programme", dir);
  EXPECT_EQ(option.status, 2);
  EXPECT_EQ(testing::Lines(option.err)[0], "affiche: error: new site takes no option");
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

}  // namespace
}  // namespace affiche
