// `affiche posters --pdf` as editors run it, with stand-ins for Chromium:
// the real browser is tested by tests/e2e/posters_pdf.sh.
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

TEST(PostersCommand, PrintsTheOthersWhenOnePosterFailsAndSaysSo) {
  std::string dir = testing::MakeTempDir();
  // A Chromium that prints every page but the cancelled event's poster.
  std::ofstream script(dir + "/chromium");
  script << "#!/bin/sh\n"
            "for arg; do case \"$arg\" in --print-to-pdf=*) "
            "out=\"${arg#--print-to-pdf=}\";; "
            "esac; url=\"$arg\"; done\n"
            "case \"$url\" in\n"
            "  */events/annule/*) echo 'Page load failed: net::ERR_FAILED' >&2;;\n"
            "  *) printf '%%PDF-1.4\\n' > \"$out\";;\n"
            "esac\n";
  script.close();
  chmod((dir + "/chromium").c_str(), 0755);
  std::string out = dir + "/site-out";
  auto r = testing::Run("env PATH='" + dir + "':\"$PATH\" " + Affiche() +
                        " posters --pdf --source '" + kMinimal + "' --out '" + out + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("affiche: error: " + out +
                       "/events/annule/poster.pdf: Chromium wrote no PDF (exit status 0: "
                       "Page load failed: net::ERR_FAILED)\n"),
            std::string::npos)
      << r.err;
  std::vector<std::string> lines = testing::Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(lines[0].rfind("Built 4 events", 0), 0u);
  EXPECT_EQ(lines[1].rfind("Wrote 4 PDFs in " + out + " (1 failed) (", 0), 0u)
      << lines[1];
  for (const char* pdf : {"/events/conference/poster.pdf", "/events/festival/poster.pdf",
                          "/events/village-crlf/poster.pdf", "/programme.pdf"})
    EXPECT_EQ(testing::ReadFile(out + pdf), "%PDF-1.4\n") << pdf;
}

}  // namespace
}  // namespace affiche
