// The files of a new site, and writing them only into a new or empty folder.
#include "site/new_site.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace affiche {
namespace {

std::string FileOf(const std::vector<std::pair<std::string, std::string>>& files,
                   const std::string& name) {
  for (const auto& [path, text] : files)
    if (path == name) return text;
  return "";
}

TEST(NewSiteFiles, StartTheEditionFourWeeksAfterToday) {
  auto files = NewSiteFiles(Date{2026, 12, 10});
  EXPECT_NE(FileOf(files, "content/site.yaml")
                .find("\nedition: { number: 1, year: 2027, start: 2027-01-07, end: "
                      "2027-02-03 }\n"),
            std::string::npos);
  EXPECT_NE(FileOf(files, "content/site.yaml")
                .find("\ncalendar: { name: \"Mon programme 2027\", refresh: P1D }\n"),
            std::string::npos);
  std::string event = FileOf(files, "content/events/premiere-rencontre.md");
  EXPECT_NE(event.find("\nstart: 2027-01-09T18:30\nend: 2027-01-09T20:30\n"),
            std::string::npos)
      << event;
}

TEST(NewSiteFiles, ExplainEveryKeyOfSiteYaml) {
  std::string site = FileOf(NewSiteFiles(Date{2009, 11, 1}), "content/site.yaml");
  std::vector<std::string> lines = testing::Lines(site);
  int keys = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || lines[i][0] == '#') continue;
    ++keys;
    EXPECT_TRUE(i > 0 && lines[i - 1].rfind("# ", 0) == 0)
        << "no comment above " << lines[i];
  }
  EXPECT_EQ(keys, 11);
}

TEST(CreateSite, RefusesAFolderThatHoldsAnything) {
  std::string dir = testing::MakeTempDir();
  std::ofstream(dir + "/.hidden") << "mine";
  std::string error;
  EXPECT_FALSE(CreateSite(dir, NewSiteFiles(Date{2009, 11, 1}), &error));
  EXPECT_EQ(
      error,
      dir + " is not empty; affiche new site only writes into a new or empty folder");
  EXPECT_FALSE(std::filesystem::exists(dir + "/content"));
  EXPECT_EQ(testing::ReadFile(dir + "/.hidden"), "mine");
}

TEST(CreateSite, RefusesAFile) {
  std::string path = testing::MakeTempDir() + "/site";
  std::ofstream(path) << "mine";
  std::string error;
  EXPECT_FALSE(CreateSite(path, NewSiteFiles(Date{2009, 11, 1}), &error));
  EXPECT_EQ(error, path + " exists and is not a folder");
  EXPECT_EQ(testing::ReadFile(path), "mine");
}

// A file where a folder must go makes the second write fail: what the first
// wrote goes, the folder given stays when it was there before.
TEST(CreateSite, RemovesWhatItWroteWhenAWriteFails) {
  const std::vector<std::pair<std::string, std::string>> files = {{"content/a", "a"},
                                                                  {"content/a/b", "b"}};
  std::string error;
  std::string empty = testing::MakeTempDir();
  EXPECT_FALSE(CreateSite(empty, files, &error));
  EXPECT_EQ(error, "cannot create " + empty + "/content/a: Not a directory");
  EXPECT_TRUE(std::filesystem::is_empty(empty));
  std::string parent = testing::MakeTempDir();
  EXPECT_FALSE(CreateSite(parent + "/new/site", files, &error));
  EXPECT_TRUE(std::filesystem::is_empty(parent));
}

}  // namespace
}  // namespace affiche
