// `affiche tally` on a broken site: the errors as `affiche check` prints them
// (file:line:col, quoted line, caret, hint), and no tally.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "test_util.h"

namespace affiche {
namespace {

using testing::Affiche;
using testing::CopyTree;
using testing::MakeTempDir;

const std::string kSites = AFFICHE_FIXTURES_DIR "/sites";

TEST(TallyCommand, PrintsErrorsWithTheirQuotedLineAndCaret) {
  std::string dir = MakeTempDir();
  CopyTree(kSites + "/minimal", dir);
  CopyTree(kSites + "/invalid/unknown-venue/content", dir + "/content");
  auto result = testing::Run(Affiche() + " tally", dir);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "content/events/broken.md:4:8: error: unknown venue 'la-repaserie'; did you "
            "mean 'la-repasserie'?\n"
            " 4 | venue: la-repaserie\n"
            "   |        ^\n"
            "  hint: a venue is a file in content/venues/: add "
            "content/venues/la-repaserie.yaml or use one of its names\n"
            "affiche: 1 error; no tally until they are fixed\n");
}

TEST(TallyCommand, QuotesTheLineOfAThemeError) {
  std::string dir = MakeTempDir();
  CopyTree(kSites + "/minimal", dir);
  CopyTree(AFFICHE_SOURCE_DIR "/themes/default", dir + "/themes/mine");
  std::ofstream(dir + "/themes/mine/i18n/fr.yaml") << "labels:\n  programme: [\n";
  std::ofstream(dir + "/content/site.yaml", std::ios::app) << "theme: mine\n";
  auto result = testing::Run(Affiche() + " tally", dir);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.err,
            "themes/mine/i18n/fr.yaml:3:1: error: end of sequence flow not found\n"
            " 3 | \n"
            "   | ^\n"
            "affiche: 1 error; no tally until they are fixed\n");
}

}  // namespace
}  // namespace affiche
