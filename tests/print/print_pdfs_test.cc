#include "print/print_pdfs.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "print/chromium.h"
#include "print/pdf_cache.h"
#include "render/core/images.h"
#include "test_util.h"

namespace affiche {
namespace {

namespace fs = std::filesystem;

void Write(const std::string& path, const std::string& text) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path) << text;
}

const char kPage[] =
    "<!doctype html><html><head><link rel=\"stylesheet\" href=\"../../../style.css\">"
    "<style>@page { size: A5; margin: 0 "
    "}</style></head><body><h1>Affiche</h1></body></html>";

// A written site of two pages that link to one style sheet.
std::string SiteOfTwoPages() {
  std::string out = testing::MakeTempDir() + "/site";
  Write(out + "/style.css", "h1 { color: #123456 }\n");
  Write(out + "/events/a/poster/index.html", kPage);
  Write(out + "/events/c/poster/index.html", kPage);
  return out;
}

PdfOptions RealChromium(const std::string& cache_dir) {
  PdfOptions options;
  options.chromium = FindChromium();
  options.cache_dir = cache_dir;
  options.timeout = std::chrono::milliseconds(30000);
  return options;
}

const std::vector<PrintJob> kJobs = {
    {"events/a/poster/index.html", "events/a/poster.pdf", "a", ""},
    {"events/missing/poster/index.html", "events/missing/poster.pdf", "missing", ""},
    {"events/c/poster/index.html", "events/c/poster.pdf", "c", ""}};

TEST(PrintPdfs, PrintsPageAfterPageThroughOneBrowserAndGoesOnAfterAFailure) {
  ASSERT_FALSE(FindChromium().empty()) << kChromiumMissing;
  std::string out = SiteOfTwoPages();
  std::vector<PdfResult> results = PrintPdfs(out, kJobs, RealChromium(""), nullptr);
  ASSERT_EQ(results.size(), 3u);
  EXPECT_TRUE(results[0].ok) << results[0].error;
  EXPECT_FALSE(results[1].ok);
  EXPECT_EQ(results[1].error, "Chromium cannot load the page: net::ERR_FILE_NOT_FOUND");
  EXPECT_TRUE(results[2].ok) << results[2].error;
  EXPECT_EQ(testing::ReadFile(out + "/events/a/poster.pdf").substr(0, 5), "%PDF-");
  EXPECT_EQ(testing::ReadFile(out + "/events/c/poster.pdf").substr(0, 5), "%PDF-");
  // Nothing half-written is left behind.
  for (const char* path :
       {"/events/missing/poster.pdf", "/events/missing/poster.pdf.part",
        "/events/a/poster.pdf.part"})
    EXPECT_FALSE(fs::exists(out + path)) << path;
}

TEST(PrintPdfs, PrintsAgainOnlyThePagesThatChangedWithWhatTheyLinkTo) {
  ASSERT_FALSE(FindChromium().empty()) << kChromiumMissing;
  std::string out = SiteOfTwoPages();
  std::string cache = PdfCacheDirOf(out);
  std::vector<PrintJob> jobs = {kJobs[0], kJobs[2]};
  std::vector<PdfResult> first = PrintPdfs(out, jobs, RealChromium(cache), nullptr);
  ASSERT_TRUE(first[0].ok && first[1].ok);
  EXPECT_FALSE(first[0].reused);

  // A new build replaces the output folder: the PDFs come back from the cache.
  fs::remove(out + "/events/a/poster.pdf");
  fs::remove(out + "/events/c/poster.pdf");
  Write(out + "/events/c/poster/index.html", std::string(kPage) + "<!-- changed -->");
  std::vector<PdfResult> second = PrintPdfs(out, jobs, RealChromium(cache), nullptr);
  EXPECT_TRUE(second[0].ok && second[0].reused);
  EXPECT_TRUE(second[1].ok && !second[1].reused) << "its page changed";
  EXPECT_EQ(testing::ReadFile(out + "/events/a/poster.pdf").substr(0, 5), "%PDF-");

  Write(out + "/style.css", "h1 { color: #654321 }\n");
  std::vector<PdfResult> third = PrintPdfs(out, jobs, RealChromium(cache), nullptr);
  EXPECT_FALSE(third[0].reused) << "the style sheet it links to changed";
  EXPECT_FALSE(third[1].reused);

  PdfOptions force = RealChromium(cache);
  force.force = true;
  EXPECT_FALSE(PrintPdfs(out, jobs, force, nullptr)[0].reused);

  // Only the wanted pages are printed; the others unchanged are put back.
  Write(out + "/style.css", "h1 { color: #000 }\n");
  PdfOptions only_c = RealChromium(cache);
  only_c.wanted = {"events/c/poster.pdf"};
  std::vector<PdfResult> fourth = PrintPdfs(out, jobs, only_c, nullptr);
  EXPECT_TRUE(fourth[0].skipped && !fourth[0].ok);
  EXPECT_TRUE(fourth[1].ok && !fourth[1].reused);
}

// An event page as a build writes it: the edition's image named, the event's
// own hidden until captured.
const char kEventPage[] =
    "<!doctype html><html><head>\n<!--affiche-share-site-->\n"
    "<meta property=\"og:image\" content=\"https://example.org/share.png\">\n"
    "<!--/affiche-share-site-->\n<!--affiche-share-card\n"
    "<meta property=\"og:image\" content=\"https://example.org/events/a/share.png\">\n"
    "affiche-share-card-->\n</head><body></body></html>";

TEST(PrintPdfs, CapturesASharingImageOf1200By630AndShowsItOnTheEventPage) {
  ASSERT_FALSE(FindChromium().empty()) << kChromiumMissing;
  std::string out = SiteOfTwoPages();
  // Taller than the image: the capture is cut at 630 pixels.
  Write(out + "/events/a/share/index.html",
        "<!doctype html><html><body style=\"margin:0\"><div style=\"width:1200px;"
        "height:900px;background:#174d43\"></div></body></html>");
  Write(out + "/events/a/index.html", kEventPage);
  std::vector<PrintJob> jobs = {{"events/a/share/index.html", "events/a/share.png", "a",
                                 "", "events/a/index.html", true},
                                kJobs[0]};
  std::string cache = PdfCacheDirOf(out);
  std::vector<PdfResult> results = PrintPdfs(out, jobs, RealChromium(cache), nullptr);
  ASSERT_TRUE(results[0].ok) << results[0].error;
  ASSERT_TRUE(results[1].ok) << results[1].error;
  std::string png = testing::ReadFile(out + "/events/a/share.png");
  EXPECT_EQ(PngSize(png), std::make_pair(1200, 630));
  // The PDF printed after it is still at its @page size (A5: 420 × 595 pt).
  std::string pdf = testing::ReadFile(out + "/events/a/poster.pdf");
  EXPECT_NE(pdf.find("/MediaBox [0 0 420 594.95996]"), std::string::npos)
      << pdf.substr(0, 600);

  EXPECT_EQ(LinkPrintedPdfs(out, jobs, results), 1);
  std::string page = testing::ReadFile(out + "/events/a/index.html");
  EXPECT_NE(page.find("<meta property=\"og:image\" content=\"https://example.org/"
                      "events/a/share.png\">"),
            std::string::npos)
      << page;
  EXPECT_EQ(page.find("https://example.org/share.png"), std::string::npos);

  // A new build: the capture comes back from the cache, shown again.
  fs::remove(out + "/events/a/share.png");
  Write(out + "/events/a/index.html", kEventPage);
  std::vector<PdfResult> again = PrintPdfs(out, jobs, RealChromium(cache), nullptr);
  EXPECT_TRUE(again[0].ok && again[0].reused);
  EXPECT_EQ(testing::ReadFile(out + "/events/a/share.png"), png);
  EXPECT_EQ(LinkPrintedPdfs(out, jobs, again), 1);
}

TEST(PrintPdfs, ReportsABrowserThatCannotBeRunForEveryPage) {
  std::string out = SiteOfTwoPages();
  PdfOptions options;
  options.chromium = out + "/no-chromium-here";
  std::vector<PdfResult> results = PrintPdfs(out, {kJobs[0], kJobs[2]}, options, nullptr);
  ASSERT_EQ(results.size(), 2u);
  for (const PdfResult& result : results) {
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error,
              "cannot run " + out + "/no-chromium-here: No such file or directory");
  }
}

TEST(PdfCache, KeysAPageByItsBytesAndTheFilesItLinksTo) {
  std::string out = SiteOfTwoPages();
  std::string key = PageKey(out, "events/a/poster/index.html");
  EXPECT_EQ(key.size(), 40u);
  EXPECT_EQ(key, PageKey(out, "events/c/poster/index.html")) << "the same bytes";
  Write(out + "/style.css", "h1 { color: red }\n");
  EXPECT_NE(key, PageKey(out, "events/a/poster/index.html"));
  EXPECT_EQ(PageKey(out, "events/none/index.html"), "");
  EXPECT_EQ(PdfCacheDirOf("/tmp/x/site-out/"), "/tmp/x/.site-out.pdf-cache");
}

TEST(PrintProgress, RedrawsOneLineOnATerminalWithTheTimeLeft) {
  std::ostringstream terminal;
  PrintProgress progress(&terminal);
  progress.Begin(4);
  progress.Printing(0, "events/a/poster.pdf", 0);
  progress.Printing(2, "events/b/poster.pdf", 0.5);
  progress.Finish();
  EXPECT_EQ(terminal.str(),
            "\r\033[K[1/4] events/a/poster.pdf"
            "\r\033[K[3/4] events/b/poster.pdf, 0.25 s a page, 1 s left\r\033[K");
  PrintProgress quiet(nullptr);
  quiet.Begin(4);
  quiet.Printing(0, "events/a/poster.pdf", 0);  // nothing to write to
}

TEST(Chromium, RunsHeadlessWithAFreshProfileAndItsDevToolsOnLoopback) {
  std::vector<std::string> command = ChromiumCommand("/usr/bin/chromium", "/tmp/p");
  EXPECT_EQ(command.front(), "/usr/bin/chromium");
  for (const char* flag :
       {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--user-data-dir=/tmp/p", "--remote-debugging-port=0",
        "--remote-debugging-address=127.0.0.1"})
    EXPECT_NE(std::find(command.begin(), command.end(), flag), command.end()) << flag;
}

}  // namespace
}  // namespace affiche
