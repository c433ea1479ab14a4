// `affiche serve` end to end: a Preview of a temporary copy of the minimal
// fixture site on a free port, edited while a WebSocket client listens as a
// browser tab’s live-reload script would.
#include "serve/preview.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <thread>

#include "serve/http_client.h"
#include "test_util.h"

namespace affiche {
namespace {

namespace fs = std::filesystem;
using testing::Eventually;
using testing::Fetch;
using testing::Response;
using testing::WebSocketClient;

constexpr char kTitle[] = "Conférence-débat : la finance solidaire";
// kTitle as the pages set it (a no-break space before the colon).
const std::string kTitleOnPages = "Conférence-débat\u00A0: la finance solidaire";
constexpr char kConference[] = "content/events/conference.md";
constexpr char kGoodStart[] = "start: 2009-11-09T18:00";
constexpr char kBadStart[] = "start: 2009-13-09T18:00";

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class PreviewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::MakeTempDir();
    testing::CopyTree(AFFICHE_FIXTURES_DIR "/sites/minimal", dir_);
  }

  void Start() {
    BuildOptions build;
    build.source_dir = dir_;
    ServeOptions serve;
    serve.port = 0;
    serve.out = &out_;
    serve.err = &err_;
    preview_ = std::make_unique<Preview>(build, serve);
    thread_ = std::thread([this] { status_ = preview_->Run(); });
    port_ = preview_->WaitUntilListening();
    ASSERT_NE(port_, 0);
  }

  // Stops the preview; out_ and err_ can be read from then on.
  void Stop() {
    if (!preview_) return;
    preview_->Stop();
    thread_.join();
    preview_.reset();
    EXPECT_EQ(status_, 0);
  }

  void TearDown() override { Stop(); }

  // Saves as many editors do: writes a temporary file, renames it over the file.
  void Replace(const std::string& file, const std::string& from, const std::string& to) {
    std::string path = dir_ + "/" + file;
    std::string text = testing::ReadFile(path);
    size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    std::string scratch = dir_ + "/" + file + ".affiche-test~";
    std::ofstream(scratch, std::ios::binary) << text;
    fs::rename(scratch, path);
  }

  std::string Get(const std::string& path) { return Fetch(port_, "GET", path).body(); }

  // Connects as a tab would, and checks the greeting.
  std::unique_ptr<WebSocketClient> Listen() {
    auto tab = std::make_unique<WebSocketClient>(port_);
    EXPECT_TRUE(tab->connected());
    std::string hello = tab->Read();
    EXPECT_EQ(hello.rfind("hello ", 0), 0u) << hello;
    return tab;
  }

  std::string dir_;
  std::ostringstream out_;
  std::ostringstream err_;
  std::unique_ptr<Preview> preview_;
  std::thread thread_;
  int status_ = -1;
  unsigned short port_ = 0;
};

TEST_F(PreviewTest, ServesTheSiteWithTheLiveReloadScriptInItsPages) {
  Start();
  Response index = Fetch(port_, "GET", "/");
  ASSERT_EQ(index.status(), 200);
  EXPECT_TRUE(Contains(index.body(), kTitleOnPages));
  EXPECT_TRUE(Contains(index.body(), "/__affiche/livereload"));
  EXPECT_FALSE(Contains(index.body(), "affiche-errors"));
  EXPECT_FALSE(Contains(Get("/calendar.ics"), "__affiche"));
  Stop();
  EXPECT_TRUE(Contains(out_.str(), "Built 4 events and 1 page in ")) << out_.str();
  EXPECT_TRUE(Contains(out_.str(), "Serving http://127.0.0.1:")) << out_.str();
}

TEST_F(PreviewTest, AFileChangeReloadsTheBrowserWithTheNewContent) {
  Start();
  auto tab = Listen();
  Replace(kConference, "la finance solidaire", "la finance durable");

  std::string reload = tab->Read();
  EXPECT_EQ(reload.rfind("reload ", 0), 0u) << reload;
  EXPECT_TRUE(Contains(Get("/events/conference/"), "la finance durable"));
  EXPECT_FALSE(Contains(Get("/"), "la finance solidaire"));

  Stop();
  EXPECT_TRUE(std::regex_search(
      out_.str(), std::regex("\nRebuilt in \\d+ ms — \\d+ pages changed\n")))
      << out_.str();
  EXPECT_EQ(err_.str(), "");
}

TEST_F(PreviewTest, AThemeChangeReloadsTheBrowserToo) {
  testing::CopyTree(AFFICHE_SOURCE_DIR "/themes/default", dir_ + "/themes/default");
  Start();
  auto tab = Listen();
  std::ofstream(dir_ + "/themes/default/static/style.css", std::ios::app)
      << "\n.affiche-test { color: teal; }\n";

  EXPECT_EQ(tab->Read().rfind("reload ", 0), 0u);
  EXPECT_TRUE(Contains(Get("/style.css"), ".affiche-test { color: teal; }"));
}

TEST_F(PreviewTest, ABrokenFileShowsItsErrorOverTheLastGoodPagesUntilFixed) {
  Start();
  auto tab = Listen();
  Replace(kConference, kGoodStart, kBadStart);

  EXPECT_EQ(tab->Read().rfind("reload ", 0), 0u);
  std::string error =
      dir_ + "/" + kConference +
      ":3:8: error: invalid start &#39;2009-13-09T18:00&#39;: there is no month 13";
  for (const char* path : {"/", "/events/festival/", "/events/conference/"}) {
    Response page = Fetch(port_, "GET", path);
    EXPECT_EQ(page.status(), 200) << path;
    EXPECT_TRUE(Contains(page.body(), "<div id=\"affiche-errors\"")) << path;
    EXPECT_TRUE(Contains(page.body(), error)) << path;
  }
  // The pages are those of the last good build.
  EXPECT_TRUE(Contains(Get("/"), kTitleOnPages));
  EXPECT_FALSE(Contains(Get("/style.css"), "affiche-errors"));

  Replace(kConference, kBadStart, kGoodStart);
  EXPECT_EQ(tab->Read().rfind("reload ", 0), 0u);
  EXPECT_FALSE(Contains(Get("/"), "affiche-errors"));
  EXPECT_TRUE(Contains(Get("/"), kTitleOnPages));

  Stop();
  EXPECT_TRUE(Contains(err_.str(), ":3:8: error: invalid start '2009-13-09T18:00'"))
      << err_.str();
  EXPECT_TRUE(Contains(err_.str(), "affiche: 1 error in ")) << err_.str();
  EXPECT_TRUE(Contains(out_.str(), "Rebuilt in ")) << out_.str();
}

TEST_F(PreviewTest, StartsWithAPageOfTheErrorsUntilTheFirstGoodBuild) {
  Replace(kConference, kGoodStart, kBadStart);
  Start();
  Response index = Fetch(port_, "GET", "/");
  EXPECT_EQ(index.status(), 200);
  EXPECT_TRUE(Contains(index.body(), "The site does not build yet"));
  EXPECT_TRUE(Contains(index.body(), ":3:8: error: invalid start"));
  Response event = Fetch(port_, "GET", "/events/conference/");
  EXPECT_EQ(event.status(), 404);
  EXPECT_TRUE(Contains(event.body(), ":3:8: error: invalid start"));

  auto tab = Listen();
  Replace(kConference, kBadStart, kGoodStart);
  EXPECT_EQ(tab->Read().rfind("reload ", 0), 0u);
  Response fixed = Fetch(port_, "GET", "/events/conference/");
  EXPECT_EQ(fixed.status(), 200);
  EXPECT_TRUE(Contains(fixed.body(), kTitleOnPages));
  EXPECT_FALSE(Contains(fixed.body(), "affiche-errors"));

  Stop();
  EXPECT_TRUE(
      Contains(err_.str(),
               "affiche: 1 error; the preview shows the errors until a build succeeds"))
      << err_.str();
}

TEST_F(PreviewTest, PicksUpFilesInFoldersCreatedWhileServing) {
  Start();
  fs::create_directories(dir_ + "/content/static/docs/2009");
  std::ofstream(dir_ + "/content/static/docs/2009/programme.txt") << "Programme 2009\n";
  EXPECT_TRUE(
      Eventually([&] { return Get("/docs/2009/programme.txt") == "Programme 2009\n"; }));
}

TEST_F(PreviewTest, AfficheBuildWritesNoLiveReloadScriptOrOverlay) {
  std::string out = testing::MakeTempDir() + "/site-out";
  testing::CommandResult build = testing::Run(testing::Affiche() + " build --source '" +
                                              dir_ + "' --out '" + out + "'");
  ASSERT_EQ(build.status, 0) << build.err;
  int pages = 0;
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    if (!entry.is_regular_file()) continue;
    std::string text = testing::ReadFile(entry.path().string());
    pages += entry.path().extension() == ".html";
    EXPECT_FALSE(Contains(text, "__affiche")) << entry.path();
    EXPECT_FALSE(Contains(text, "affiche-errors")) << entry.path();
  }
  EXPECT_GT(pages, 10);
}

}  // namespace
}  // namespace affiche
