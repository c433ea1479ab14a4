#include "site/pdf.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace affiche {
namespace {

TEST(Pdf, PrintsEveryPosterThenTheProgramme) {
  MemoryFileSystem fs;
  fs.Add("out/index.html", "");
  fs.Add("out/events/b/poster/index.html", "");
  fs.Add("out/events/a/poster/index.html", "");
  fs.Add("out/events/a/index.html", "");
  fs.Add("out/events/no-poster/index.html", "");
  std::vector<PdfJob> jobs = PdfJobsOf(fs, "out");
  ASSERT_EQ(jobs.size(), 3u);
  EXPECT_EQ(jobs[0].page, "events/a/poster/index.html");
  EXPECT_EQ(jobs[0].pdf, "events/a/poster.pdf");
  EXPECT_EQ(jobs[1].pdf, "events/b/poster.pdf");
  EXPECT_EQ(jobs[2].page, "index.html");
  EXPECT_EQ(jobs[2].pdf, "programme.pdf");
}

TEST(Pdf, RunsChromiumHeadlessWithAFreshProfileAndNoHeaderOrFooter) {
  std::vector<std::string> command = ChromiumPrintCommand(
      "/usr/bin/chromium", "/tmp/p", "/site/x.pdf", "file:///site/x.html");
  EXPECT_EQ(command.front(), "/usr/bin/chromium");
  EXPECT_EQ(command.back(), "file:///site/x.html");
  for (const char* flag :
       {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--user-data-dir=/tmp/p", "--no-pdf-header-footer", "--print-to-pdf=/site/x.pdf"})
    EXPECT_NE(std::find(command.begin(), command.end(), flag), command.end()) << flag;
}

// A stand-in for Chromium: writes a PDF header to --print-to-pdf's file,
// except for the pages of events/broken/ (writes nothing, exits 0 as Chromium
// does) and events/html/ (writes something that is not a PDF).
std::string FakeChromium(const std::string& dir) {
  std::string path = dir + "/chromium";
  std::ofstream script(path);
  script << "#!/bin/sh\n"
            "for arg; do case \"$arg\" in --print-to-pdf=*) "
            "out=\"${arg#--print-to-pdf=}\";; "
            "esac; url=\"$arg\"; done\n"
            "case \"$url\" in\n"
            "  *broken*) echo 'Page load failed: net::ERR_FILE_NOT_FOUND' >&2;;\n"
            "  */events/html/*) echo '<html>' > \"$out\";;\n"
            "  *) printf '%%PDF-1.4\\n' > \"$out\";;\n"
            "esac\n";
  script.close();
  chmod(path.c_str(), 0755);
  return path;
}

TEST(Pdf, OneFailingPageDoesNotStopTheOthers) {
  std::string dir = testing::MakeTempDir();
  PdfOptions options;
  options.chromium = FakeChromium(dir);
  std::string out = dir + "/site";
  std::filesystem::create_directories(out + "/events");
  std::vector<PdfJob> jobs = {
      {"events/a/poster/index.html", "events/a/poster.pdf"},
      {"events/broken/poster/index.html", "events/broken/poster.pdf"},
      {"events/c/poster/index.html", "events/c/poster.pdf"},
      {"events/html/poster/index.html", "events/html/poster.pdf"},
      {"index.html", "programme.pdf"}};
  for (const char* folder : {"a", "broken", "c", "html"})
    std::filesystem::create_directories(out + "/events/" + folder);
  std::vector<PdfResult> results = PrintPdfs(out, jobs, options);
  ASSERT_EQ(results.size(), 5u);
  EXPECT_TRUE(results[0].ok);
  EXPECT_FALSE(results[1].ok);
  EXPECT_EQ(
      results[1].error,
      "Chromium wrote no PDF (exit status 0: Page load failed: net::ERR_FILE_NOT_FOUND)");
  EXPECT_TRUE(results[2].ok);
  EXPECT_FALSE(results[3].ok) << "a file that is not a PDF";
  EXPECT_TRUE(results[4].ok);
  EXPECT_EQ(testing::ReadFile(out + "/events/a/poster.pdf"), "%PDF-1.4\n");
  EXPECT_EQ(testing::ReadFile(out + "/programme.pdf"), "%PDF-1.4\n");
  // Nothing half-written is left behind.
  for (const char* path : {"/events/broken/poster.pdf", "/events/broken/poster.pdf.part",
                           "/events/html/poster.pdf", "/events/html/poster.pdf.part"})
    EXPECT_FALSE(std::filesystem::exists(out + path)) << path;
}

TEST(Pdf, ReportsABrowserThatCannotBeRun) {
  std::string dir = testing::MakeTempDir();
  PdfOptions options;
  options.chromium = dir + "/no-chromium-here";
  std::vector<PdfResult> results =
      PrintPdfs(dir, {{"index.html", "programme.pdf"}}, options);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_FALSE(results[0].ok);
  EXPECT_NE(results[0].error.find("cannot run"), std::string::npos) << results[0].error;
}

}  // namespace
}  // namespace affiche
