// `affiche posters --pdf` as editors run it, with a stand-in for a Chromium
// that cannot start: the real browser is tested by tests/print/ and
// tests/e2e/posters_pdf.sh.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <string>

#include "test_util.h"

namespace affiche {
namespace {

using testing::Affiche;

const std::string kMinimal = std::string(AFFICHE_FIXTURES_DIR) + "/sites/minimal";

TEST(PostersCommand, SaysInOneLineThatChromiumIsNeeded) {
  std::string out = testing::MakeTempDir() + "/site-out";
  auto r = testing::Run("env PATH=/nonexistent " + Affiche() +
                        " posters --pdf --source '" + kMinimal + "' --out '" + out + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(
      r.err,
      "affiche: error: Chromium is needed for --pdf; install it with: apt-get install "
      "chromium\n");
  EXPECT_EQ(r.out, "");
  EXPECT_FALSE(std::ifstream(out + "/index.html").good()) << "nothing is built";
}

TEST(PostersCommand, AsksForPdf) {
  auto r = testing::Run(Affiche() + " posters --source '" + kMinimal + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("posters needs --pdf"), std::string::npos) << r.err;
}

// A folder holding a "chromium" that says what Chromium says when it cannot
// start, and exits.
std::string BrokenChromiumDir() {
  std::string dir = testing::MakeTempDir();
  std::ofstream script(dir + "/chromium");
  script << "#!/bin/sh\n"
            "echo '[1:2:1201/120000.000:ERROR:ozone_platform_x11.cc(240)] Missing X "
            "server' >&2\n"
            "exit 1\n";
  script.close();
  chmod((dir + "/chromium").c_str(), 0755);
  return dir;
}

TEST(PostersCommand, SaysForEachPdfWhyTheBrowserDidNotStart) {
  std::string dir = BrokenChromiumDir();
  std::string out = dir + "/site-out";
  auto r = testing::Run("env PATH='" + dir + "':\"$PATH\" " + Affiche() +
                        " posters --pdf --source '" + kMinimal + "' --out '" + out + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("affiche: error: " + out +
                       "/events/annule/poster.pdf: Chromium did not open its DevTools: "
                       "Missing X server\n"),
            std::string::npos)
      << r.err;
  std::vector<std::string> lines = testing::Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(lines[0].rfind("Built 4 events", 0), 0u);
  EXPECT_EQ(lines[1].rfind("Wrote 0 PDFs in " + out + ": 0 printed, ", 0), 0u)
      << lines[1];
  EXPECT_NE(lines[1].find(", 0 unchanged, "), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find(" failed ("), std::string::npos) << lines[1];
}

TEST(PostersCommand, RefusesToPrintAnEventThatDoesNotExist) {
  std::string dir = BrokenChromiumDir();
  std::string out = dir + "/site-out";
  auto r = testing::Run("env PATH='" + dir + "':\"$PATH\" " + Affiche() +
                        " posters --pdf conference nope --source '" + kMinimal +
                        "' --out '" + out + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(
      r.err.find("affiche: error: nothing to print for 'nope': no event of that name\n"),
      std::string::npos)
      << r.err;
  r = testing::Run("env PATH='" + dir + "':\"$PATH\" " + Affiche() +
                   " posters --pdf --department nowhere --source '" + kMinimal +
                   "' --out '" + out + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("affiche: error: nothing to print for 'nowhere': no event or "
                       "department of that name\n"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace affiche
