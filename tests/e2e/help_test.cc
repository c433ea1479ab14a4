// affiche help, affiche COMMAND --help and affiche --version: to stdout, exit 0.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.h"

namespace affiche {
namespace {

using testing::Affiche;
using testing::Lines;

TEST(Help, PrintsTheVersion) {
  auto result = testing::Run(Affiche() + " --version");
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.out, "affiche " AFFICHE_VERSION "\n");
  EXPECT_EQ(result.err, "");
}

TEST(Help, ListsEveryCommand) {
  auto result = testing::Run(Affiche() + " help");
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.err, "");
  std::vector<std::string> lines = Lines(result.out);
  std::vector<std::string> commands(lines.begin() + 7, lines.begin() + 14);
  EXPECT_EQ(commands,
            (std::vector<std::string>{
                "  build     build the site into site-out/",
                "  check     report every problem of the content, build nothing",
                "  serve     preview the site, rebuilt and reloaded on every save",
                "  tally     print the attendance tally",
                "  new       start a new site, or add an event to one",
                "  posters   print the posters, press releases and programmes to PDF",
                "  help      show the help of a command"}));
  EXPECT_EQ(
      lines.back(),
      "Use \"affiche help COMMAND\" for more about a command, \"man affiche\" for all.");
  EXPECT_EQ(testing::Run(Affiche() + " --help").out, result.out);
  EXPECT_EQ(testing::Run(Affiche() + " -h").out, result.out);
}

TEST(Help, ShowsACommandsOptionsAndExample) {
  auto result = testing::Run(Affiche() + " help check");
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.out,
            "Report every error and warning of the content, as a build would, and write\n"
            "nothing.\n"
            "\n"
            "Usage:\n"
            "  affiche check [options]\n"
            "\n"
            "Options:\n"
            "  --source DIR      the site's folder, holding content/ (default: .)\n"
            "  --drafts          keep the events marked 'draft: true'\n"
            "\n"
            "Example:\n"
            "  affiche check --source ~/programme\n");
  // The same with --help after the command, even among its other options.
  EXPECT_EQ(testing::Run(Affiche() + " check --help").out, result.out);
  EXPECT_EQ(testing::Run(Affiche() + " check --source x --help").out, result.out);
}

TEST(Help, EveryCommandHasUsageOptionsAndExample) {
  for (const char* command : {"build", "check", "serve", "tally", "new", "posters"}) {
    auto result = testing::Run(Affiche() + " " + command + " --help");
    EXPECT_EQ(result.status, 0) << command;
    EXPECT_EQ(testing::Run(Affiche() + " help " + command).out, result.out) << command;
    std::vector<std::string> lines = Lines(result.out);
    auto has = [&](const std::string& line) {
      return std::find(lines.begin(), lines.end(), line) != lines.end();
    };
    EXPECT_TRUE(has("Usage:") && has("Options:")) << result.out;
    EXPECT_TRUE(has("Example:") || has("Examples:")) << result.out;
    EXPECT_TRUE(
        has("  --source DIR      the site's folder, holding content/ (default: .)"))
        << result.out;
  }
  EXPECT_EQ(
      Lines(testing::Run(Affiche() + " help serve").out)[9],
      "  --port PORT       the port to listen on, 0 for any free one (default: 8080)");
}

TEST(Help, AnUnknownCommandIsAUsageError) {
  auto help = testing::Run(Affiche() + " help bulid");
  EXPECT_EQ(help.status, 2);
  EXPECT_EQ(help.out, "");
  EXPECT_EQ(help.err, "affiche: error: unknown command 'bulid'\nTry 'affiche help'.\n");
  auto option = testing::Run(Affiche() + " tally --sauce");
  EXPECT_EQ(option.status, 2);
  EXPECT_EQ(
      option.err,
      "affiche: error: unknown option '--sauce' for tally\nTry 'affiche help tally'.\n");
}

}  // namespace
}  // namespace affiche
