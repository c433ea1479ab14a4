// Runs the affiche binary on sites whose files are links: nothing outside the
// source folder is ever read or published, whatever the link.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace fs = std::filesystem;

namespace affiche {
namespace {

using testing::Affiche;
using testing::Headlines;

const char kOutside[] =
    "it leads outside the source folder (through a symbolic link), and affiche reads "
    "nothing outside it";

// The minimal site in a fresh folder, with a secret file beside it.
struct Site {
  Site() {
    std::string top = testing::MakeTempDir();
    dir = top + "/site";
    testing::CopyTree(AFFICHE_FIXTURES_DIR "/sites/minimal", dir);
    secret = top + "/secret";
    fs::create_directories(secret);
    std::ofstream(secret + "/passwd") << "root:x:0:0:root:/root:/bin/bash\n";
  }
  std::string dir, secret;
};

TEST(Confinement, ABuildRefusesLinksThatLeadOutsideAndPublishesNothing) {
  Site site;
  fs::create_symlink(site.secret + "/passwd", site.dir + "/content/static/passwd.txt");
  fs::create_symlink(site.secret + "/passwd", site.dir + "/content/events/passwd.md");
  fs::create_symlink(site.secret, site.dir + "/content/static/etc");
  auto result = testing::Run(Affiche() + " build", site.dir);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(
      Headlines(result.err),
      (std::vector<std::string>{
          "content/events/passwd.md: error: cannot read the file: " +
              std::string(kOutside),
          "content/static/etc: error: cannot read the file: " + std::string(kOutside),
          "content/static/passwd.txt: error: cannot read the file: " +
              std::string(kOutside)}))
      << result.err;
  EXPECT_EQ(result.err.find("root:x"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(site.dir + "/site-out"));
}

TEST(Confinement, AContentFolderThatIsALinkOutsideIsRefused) {
  Site site;
  fs::remove_all(site.dir + "/content/static");
  fs::create_symlink(site.secret, site.dir + "/content/static");
  auto result = testing::Run(Affiche() + " check", site.dir);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(Headlines(result.err),
            (std::vector<std::string>{"content/static: error: cannot read the folder: " +
                                      std::string(kOutside)}))
      << result.err;
}

TEST(Confinement, LinksInsideAreFollowedAndOutputFilesAre0644) {
  Site site;
  fs::create_symlink("robots.txt", site.dir + "/content/static/alias.txt");
  chmod((site.dir + "/content/static/robots.txt").c_str(), 0755);
  auto result = testing::Run("umask 022 && " + Affiche() + " build", site.dir);
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(testing::ReadFile(site.dir + "/site-out/alias.txt"),
            testing::ReadFile(site.dir + "/content/static/robots.txt"));
  for (const char* file : {"alias.txt", "robots.txt", "index.html"}) {
    struct stat st;
    ASSERT_EQ(stat((site.dir + "/site-out/" + file).c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0644u) << file;
    EXPECT_FALSE(fs::is_symlink(site.dir + "/site-out/" + file)) << file;
  }
}

TEST(Confinement, ThePreviousFeedIsReadWhereverItIs) {
  Site site;
  auto first = testing::Run(Affiche() + " build --out ../out", site.dir);
  ASSERT_EQ(first.status, 0) << first.err;
  auto again = testing::Run(
      Affiche() + " build --out ../out2 --previous ../out/calendar.ics", site.dir);
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(again.err, "");
}

TEST(OutputFolder, InsideContentOrThemesIsAUsageError) {
  Site site;
  for (std::string out : {"content/static/site-out", "content", "./themes/x"}) {
    auto result = testing::Run(Affiche() + " build --out " + out, site.dir);
    EXPECT_EQ(result.status, 2) << out;
    std::string folder = out.find("themes") != std::string::npos ? "themes" : "content";
    EXPECT_EQ(result.err, "affiche: error: --out " + out + " is inside " + folder +
                              "/: each build would publish the one before; choose a "
                              "folder outside it\nTry 'affiche help build'.\n");
    EXPECT_FALSE(fs::exists(site.dir + "/" + out + "/index.html")) << out;
  }
}

}  // namespace
}  // namespace affiche
