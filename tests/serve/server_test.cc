// Starts the real Server on a free port and talks to it over TCP with the
// clients of http_client.h: HTTP, and WebSocket for live reload.
#include "serve/server.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "serve/http_client.h"

namespace affiche {
namespace {

using testing::Client;
using testing::Eventually;
using testing::Fetch;
using testing::Response;
using testing::WebSocketClient;

const char kIndex[] = "<!doctype html><h1>Mois de l'ESS</h1>";
const char kEvent[] = "<!doctype html><h1>Finance solidaire</h1>";
const char kCalendar[] = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
const char kStyle[] = "body { font-family: sans-serif; }\n";
const char kNotFound[] = "<!doctype html><h1>Page introuvable</h1>";

std::shared_ptr<const OutputSet> SampleSite() {
  auto site = std::make_shared<OutputSet>();
  site->Add("index.html", kIndex);
  site->Add("events/x/index.html", kEvent);
  site->Add("calendar.ics", kCalendar);
  site->Add("style.css", kStyle);
  site->Add("404.html", kNotFound);
  site->Add("programme.pdf", "%PDF-1.7\n");
  site->Add("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  site->Add("fonts/text.woff2", std::string("wOF2\0\0", 6));
  site->Add("tally/tally.csv", "slug;title\r\n");
  site->Add("tally/tally.json", "{}");
  site->Add("events.json", "[]");
  site->Add("sitemap.xml", "<urlset/>");
  site->Add("feed.xml", "<feed/>");
  site->Add("robots.txt", "User-agent: *\n");
  return site;
}

// Runs a Server on a free port in a thread while it exists.
class RunningServer {
 public:
  explicit RunningServer(ServeOptions options,
                         std::shared_ptr<const OutputSet> site = SampleSite()) {
    options.port = 0;
    options.out = &out_;
    options.err = &err_;
    server_ = std::make_unique<Server>(options, std::move(site));
    thread_ = std::thread([this] { status_ = server_->Run(); });
    port_ = server_->WaitUntilListening();
    EXPECT_NE(port_, 0) << err_.str();
  }

  ~RunningServer() {
    server_->Stop();
    thread_.join();
    EXPECT_EQ(status_, 0);
  }

  Server& server() { return *server_; }
  unsigned short port() const { return port_; }
  // Only read these once the server has stopped, or before it prints more.
  std::ostringstream& out() { return out_; }
  std::ostringstream& err() { return err_; }

 private:
  std::ostringstream out_;
  std::ostringstream err_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int status_ = -1;
  unsigned short port_ = 0;
};

// The static server (no live reload), as the tests below use it.
class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(port_, 0); }

  RunningServer running_{ServeOptions()};
  Server* server_ = &running_.server();
  std::ostringstream& out_ = running_.out();
  std::ostringstream& err_ = running_.err();
  unsigned short port_ = running_.port();
};

TEST_F(ServerTest, PrintsTheUrlToOpen) {
  EXPECT_EQ(out_.str(), "Serving http://127.0.0.1:" + std::to_string(port_) +
                            "/ — press Ctrl-C to stop\n");
  EXPECT_EQ(err_.str(), "");
}

TEST_F(ServerTest, ServesTheIndexForRootWithItsHeaders) {
  Response response = Fetch(port_, "GET", "/");
  ASSERT_EQ(response.status(), 200) << response.ec.message();
  EXPECT_EQ(response.body(), kIndex);
  EXPECT_EQ(response.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(response.header("Content-Length"), std::to_string(sizeof kIndex - 1));
  EXPECT_EQ(response.header("Cache-Control"), "no-cache");
  EXPECT_EQ(response.header("Server"), "affiche");
  EXPECT_EQ(response.header("ETag").front(), '"');
}

TEST_F(ServerTest, ServesAFolderIndexAndTheCalendar) {
  Response event = Fetch(port_, "GET", "/events/x/");
  EXPECT_EQ(event.status(), 200);
  EXPECT_EQ(event.body(), kEvent);

  Response calendar = Fetch(port_, "GET", "/calendar.ics");
  EXPECT_EQ(calendar.status(), 200);
  EXPECT_EQ(calendar.body(), kCalendar);
  EXPECT_EQ(calendar.header("Content-Type"), "text/calendar; charset=utf-8");

  Response style = Fetch(port_, "GET", "/style.css?v=2");
  EXPECT_EQ(style.status(), 200);
  EXPECT_EQ(style.header("Content-Type"), "text/css; charset=utf-8");
}

TEST_F(ServerTest, HeadSendsTheLengthButNoBody) {
  Client client(port_);
  Response head = client.Request("HEAD", "/style.css");
  EXPECT_EQ(head.status(), 200);
  EXPECT_EQ(head.header("Content-Length"), std::to_string(sizeof kStyle - 1));
  EXPECT_EQ(head.body(), "");

  // Had a body been sent, it would now be read as the next response.
  Response get = client.Request("GET", "/style.css");
  EXPECT_EQ(get.status(), 200);
  EXPECT_EQ(get.body(), kStyle);
}

TEST_F(ServerTest, RedirectsAFolderWithoutItsSlash) {
  Response response = Fetch(port_, "GET", "/events/x");
  EXPECT_EQ(response.status(), 301);
  EXPECT_EQ(response.header("Location"), "/events/x/");
}

TEST_F(ServerTest, AnswersUnknownPathsWithTheSites404Page) {
  Response response = Fetch(port_, "GET", "/events/unknown/");
  EXPECT_EQ(response.status(), 404);
  EXPECT_EQ(response.body(), kNotFound);
  EXPECT_EQ(response.header("Content-Type"), "text/html; charset=utf-8");
}

TEST_F(ServerTest, RefusesPostWith405AndAllow) {
  Client client(port_);
  client.Send(
      "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
      "Content-Length: 5\r\n\r\nhello");
  Response response = client.Read();
  EXPECT_EQ(response.status(), 405);
  EXPECT_EQ(response.header("Allow"), "GET, HEAD");

  // The ignored body did not derail the connection.
  EXPECT_EQ(client.Request("GET", "/").status(), 200);
}

TEST_F(ServerTest, AnswersAMatchingIfNoneMatchWith304) {
  std::string etag = Fetch(port_, "GET", "/calendar.ics").header("ETag");
  Response cached =
      Fetch(port_, "GET", "/calendar.ics", "If-None-Match: " + etag + "\r\n");
  EXPECT_EQ(cached.status(), 304);
  EXPECT_EQ(cached.body(), "");
  EXPECT_EQ(cached.header("ETag"), etag);

  Response changed = Fetch(port_, "GET", "/calendar.ics", "If-None-Match: \"old\"\r\n");
  EXPECT_EQ(changed.status(), 200);
  EXPECT_EQ(changed.body(), kCalendar);
}

TEST_F(ServerTest, NeverServesAFileFromOutsideTheSite) {
  for (const char* target :
       {"/../etc/passwd", "/../../../../etc/passwd", "/%2e%2e/",
        "/%2e%2e/%2e%2e/etc/passwd", "/..%2f", "/..%2f..%2fetc%2fpasswd", "/a\\b",
        "/..\\..\\etc\\passwd", "/%00", "/index.html%00.css", "//etc/passwd",
        "/events/../../etc/passwd"}) {
    Response response = Fetch(port_, "GET", target);
    EXPECT_TRUE(response.status() == 400 || response.status() == 404)
        << target << " -> " << response.status();
    EXPECT_EQ(response.body().find("root:"), std::string::npos) << target;
  }
}

TEST_F(ServerTest, AnswersAMalformedRequestWith400AndGoesOn) {
  Client bad(port_);
  bad.Send("THIS IS NOT HTTP\r\n\r\n");
  Response response = bad.Read();
  EXPECT_EQ(response.status(), 400);
  EXPECT_EQ(response.header("Connection"), "close");
  EXPECT_TRUE(bad.ClosedByServer());

  EXPECT_EQ(Fetch(port_, "GET", "/").status(), 200);
}

TEST_F(ServerTest, RefusesOversizedHeaders) {
  Client client(port_);
  client.Send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + std::string(10000, 'a') +
              "\r\n\r\n");
  EXPECT_EQ(client.Read().status(), 431);
  EXPECT_TRUE(client.ClosedByServer());
}

TEST_F(ServerTest, KeepsConnectionsAliveAndAnswersPipelinedRequests) {
  Client client(port_);
  EXPECT_EQ(client.Request("GET", "/").body(), kIndex);
  EXPECT_EQ(client.Request("GET", "/events/x/").body(), kEvent);

  client.Send(
      "GET /style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
      "GET /calendar.ics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(client.Read().body(), kStyle);
  Response last = client.Read();
  EXPECT_EQ(last.body(), kCalendar);
  EXPECT_EQ(last.header("Connection"), "close");
  EXPECT_TRUE(client.ClosedByServer());
}

TEST_F(ServerTest, ServesANewBuildOncePublished) {
  auto next = std::make_shared<OutputSet>();
  next->Add("index.html", "<h1>Rebuilt</h1>");
  server_->Publish(next);

  EXPECT_EQ(Fetch(port_, "GET", "/").body(), "<h1>Rebuilt</h1>");
  Response missing = Fetch(port_, "GET", "/calendar.ics");
  EXPECT_EQ(missing.status(), 404);
  EXPECT_EQ(missing.header("Content-Type"), "text/plain; charset=utf-8");
}

TEST_F(ServerTest, ReportsAPortInUseInOneLine) {
  ServeOptions options;
  options.port = port_;
  std::ostringstream out, err;
  options.out = &out;
  options.err = &err;
  Server second(options, SampleSite());
  EXPECT_EQ(second.Run(), 1);
  EXPECT_EQ(err.str(), "affiche: error: port " + std::to_string(port_) +
                           " is already in use; try --port " + std::to_string(port_ + 1) +
                           " or --port 0\n");
  EXPECT_EQ(out.str(), "");
  EXPECT_EQ(second.WaitUntilListening(), 0);
}

TEST(Server, RefusesAHostThatIsNotAnAddress) {
  ServeOptions options;
  options.host = "programme.example";
  options.port = 0;
  std::ostringstream out, err;
  options.out = &out;
  options.err = &err;
  EXPECT_EQ(Server(options, SampleSite()).Run(), 1);
  EXPECT_EQ(err.str(),
            "affiche: error: --host 'programme.example' is not an IP address; "
            "try --host 127.0.0.1\n");
}

TEST(Server, WarnsWhenReachableFromOtherMachines) {
  ServeOptions options;
  options.host = "0.0.0.0";
  options.port = 0;
  std::ostringstream out, err;
  options.out = &out;
  options.err = &err;
  Server server(options, SampleSite());
  std::thread thread([&server] { server.Run(); });
  unsigned short port = server.WaitUntilListening();
  server.Stop();
  thread.join();
  ASSERT_NE(port, 0) << err.str();
  EXPECT_EQ(err.str(),
            "affiche: warning: serving on 0.0.0.0 makes the preview reachable from "
            "other machines\n");
  EXPECT_EQ(out.str(), "Serving http://0.0.0.0:" + std::to_string(port) +
                           "/ — press Ctrl-C to stop\n");
}

TEST(Server, StopsCleanlyOnSigtermAndSigint) {
  for (int signal : {SIGTERM, SIGINT}) {
    ServeOptions options;
    options.port = 0;
    std::ostringstream out;
    options.out = &out;
    Server server(options, SampleSite());
    int status = -1;
    std::thread thread([&] { status = server.Run(); });
    ASSERT_NE(server.WaitUntilListening(), 0);
    // The server catches both from the moment it listens.
    std::raise(signal);
    thread.join();
    EXPECT_EQ(status, 0) << signal;
  }
}

TEST_F(ServerTest, SendsTheContentTypeOfEveryKindOfFile) {
  for (const auto& [path, type] : std::vector<std::pair<std::string, std::string>>{
           {"/calendar.ics", "text/calendar; charset=utf-8"},
           {"/programme.pdf", "application/pdf"},
           {"/logo.svg", "image/svg+xml"},
           {"/fonts/text.woff2", "font/woff2"},
           {"/tally/tally.csv", "text/csv; charset=utf-8"},
           {"/tally/tally.json", "application/json"},
           {"/events.json", "application/json"},
           {"/sitemap.xml", "application/xml"},
           {"/feed.xml", "application/xml"},
           {"/robots.txt", "text/plain; charset=utf-8"},
           {"/style.css", "text/css; charset=utf-8"},
           {"/", "text/html; charset=utf-8"}}) {
    Response response = Fetch(port_, "GET", path);
    EXPECT_EQ(response.status(), 200) << path;
    EXPECT_EQ(response.header("Content-Type"), type) << path;
    EXPECT_EQ(response.header("Cache-Control"), "no-cache") << path;
  }
}

TEST_F(ServerTest, RefusesATooLargeBodyWith413) {
  Client client(port_);
  client.Send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000\r\n\r\n");
  EXPECT_EQ(client.Read().status(), 413);
  EXPECT_TRUE(client.ClosedByServer());
  EXPECT_EQ(Fetch(port_, "GET", "/").status(), 200);
}

TEST_F(ServerTest, AnswersFiftyConcurrentKeepAliveConnections) {
  std::vector<std::unique_ptr<Client>> clients;
  for (int i = 0; i < 50; ++i) clients.push_back(std::make_unique<Client>(port_));
  // Two rounds: every connection has a request in flight at once, and is
  // still open for the second round.
  for (int round = 0; round < 2; ++round) {
    for (auto& client : clients)
      client->Send("GET /events/x/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    for (auto& client : clients) {
      Response response = client->Read();
      ASSERT_EQ(response.status(), 200) << response.ec.message();
      EXPECT_EQ(response.body(), kEvent);
      EXPECT_EQ(response.header("Connection"),
                "(none)");  // keep-alive, HTTP/1.1's default
    }
  }
}

TEST_F(ServerTest, RefusesARequestWithTwoHostHeaders) {
  Client client(port_);
  client.Send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n");
  Response response = client.Read();
  EXPECT_EQ(response.status(), 400);
  EXPECT_TRUE(client.ClosedByServer());
}

TEST_F(ServerTest, RefusesHostNamesAWebPageCouldPointHere) {
  auto status_for = [this](const std::string& host) {
    Client client(port_);
    client.Send("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    return client.Read().status();
  };
  // DNS rebinding: a page of evil.example, which then resolves to 127.0.0.1.
  EXPECT_EQ(status_for("evil.example:" + std::to_string(port_)), 403);

  std::string port = std::to_string(port_);
  for (const std::string& host :
       {"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port})
    EXPECT_EQ(status_for(host), 200) << host;
}

TEST_F(ServerTest, HasNoLiveReloadUnlessAsked) {
  WebSocketClient socket(port_);
  EXPECT_FALSE(socket.connected());
  EXPECT_EQ(Fetch(port_, "GET", "/").body(), kIndex);
}

TEST(Server, DropsAnIdleConnectionAfterTheTimeout) {
  ServeOptions options;
  options.idle_timeout_ms = 200;
  RunningServer running(options);
  Client idle(running.port());
  auto started = std::chrono::steady_clock::now();
  // Sends nothing: the server closes the connection after the timeout.
  EXPECT_TRUE(idle.ClosedByServer());
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
  EXPECT_EQ(Fetch(running.port(), "GET", "/").status(), 200);
}

ServeOptions LiveReload() {
  ServeOptions options;
  options.live_reload = true;
  return options;
}

TEST(LiveReload, AddsTheScriptToHtmlPagesOnly) {
  RunningServer running(LiveReload());
  Response page = Fetch(running.port(), "GET", "/");
  ASSERT_EQ(page.status(), 200);
  EXPECT_EQ(page.body().rfind(kIndex, 0), 0u) << page.body();  // no </body>: at the end
  EXPECT_NE(page.body().find("/__affiche/livereload"), std::string::npos);
  EXPECT_EQ(page.header("Content-Length"), std::to_string(page.body().size()));

  EXPECT_EQ(Fetch(running.port(), "GET", "/style.css").body(), kStyle);
  EXPECT_EQ(Fetch(running.port(), "GET", "/calendar.ics").body(), kCalendar);
}

TEST(LiveReload, PutsTheScriptBeforeTheEndOfTheBody) {
  auto site = std::make_shared<OutputSet>();
  site->Add("index.html", "<html><body><p>Programme</p></BODY>\n</html>\n");
  RunningServer running(LiveReload(), site);
  std::string body = Fetch(running.port(), "GET", "/").body();
  size_t script = body.find("<script>");
  ASSERT_NE(script, std::string::npos);
  EXPECT_EQ(body.substr(0, script), "<html><body><p>Programme</p>");
  EXPECT_EQ(body.substr(body.size() - 16), "</BODY>\n</html>\n");
}

TEST(LiveReload, GreetsATabThenTellsItToReloadWhenTheSiteChanges) {
  RunningServer running(LiveReload());
  WebSocketClient tab(running.port());
  ASSERT_TRUE(tab.connected());
  std::string hello = tab.Read();
  ASSERT_EQ(hello.rfind("hello ", 0), 0u) << hello;
  EXPECT_EQ(running.server().LiveReloadClients(), 1u);

  auto next = std::make_shared<OutputSet>();
  next->Add("index.html", "<h1>Rebuilt</h1>");
  running.server().Publish(next);
  std::string reload = tab.Read();
  ASSERT_EQ(reload.rfind("reload ", 0), 0u) << reload;
  EXPECT_NE(reload.substr(7), hello.substr(6));

  // A tab that connects now is greeted with the new version.
  WebSocketClient late(running.port());
  EXPECT_EQ(late.Read(), "hello " + reload.substr(7));
}

TEST(LiveReload, SaysNothingWhenABuildChangesNothing) {
  RunningServer running(LiveReload());
  WebSocketClient tab(running.port());
  ASSERT_EQ(tab.Read().rfind("hello ", 0), 0u);
  running.server().Publish(SampleSite());  // the same bytes again
  EXPECT_EQ(tab.Read(std::chrono::milliseconds(300)), "");
}

TEST(LiveReload, RefusesASocketOpenedByAnotherSitesPage) {
  RunningServer running(LiveReload());
  WebSocketClient other(running.port(), "/__affiche/livereload", "http://evil.example");
  EXPECT_FALSE(other.connected());
  EXPECT_EQ(other.handshake_status(), 403);

  WebSocketClient own(running.port(), "/__affiche/livereload",
                      "http://127.0.0.1:" + std::to_string(running.port()));
  EXPECT_TRUE(own.connected());
}

TEST(LiveReload, ShowsErrorsOverEveryHtmlPageUntilAGoodBuild) {
  RunningServer running(LiveReload());
  WebSocketClient tab(running.port());
  ASSERT_EQ(tab.Read().rfind("hello ", 0), 0u);

  running.server().Publish(SampleSite(),
                           {1, "content/events/x.md:3:8: error: <b>bad</b> & 'co'\n"});
  EXPECT_EQ(tab.Read().rfind("reload ", 0), 0u);
  for (const char* path : {"/", "/events/x/", "/nowhere"}) {
    std::string body = Fetch(running.port(), "GET", path).body();
    EXPECT_NE(body.find("id=\"affiche-errors\""), std::string::npos) << path;
    EXPECT_NE(body.find("content/events/x.md:3:8: error: &lt;b&gt;bad&lt;/b&gt; &amp; "
                        "&#39;co&#39;"),
              std::string::npos)
        << path;
    EXPECT_EQ(body.find("<b>bad"), std::string::npos) << path;
  }
  // The last good pages are still served.
  EXPECT_EQ(Fetch(running.port(), "GET", "/events/x/").body().rfind(kEvent, 0), 0u);
  EXPECT_EQ(Fetch(running.port(), "GET", "/style.css").body(), kStyle);

  running.server().Publish(SampleSite());
  EXPECT_EQ(tab.Read().rfind("reload ", 0), 0u);
  EXPECT_EQ(Fetch(running.port(), "GET", "/").body().find("affiche-errors"),
            std::string::npos);
}

TEST(LiveReload, KeepsTheETagOfAPageThatDidNotChange) {
  RunningServer running(LiveReload());
  std::string etag = Fetch(running.port(), "GET", "/").header("ETag");

  auto next = std::make_shared<OutputSet>();
  next->Add("index.html", kIndex);
  next->Add("style.css", "body { color: navy; }\n");
  running.server().Publish(next);

  EXPECT_EQ(Fetch(running.port(), "GET", "/", "If-None-Match: " + etag + "\r\n").status(),
            304);
  EXPECT_NE(Fetch(running.port(), "GET", "/style.css").header("ETag"), etag);
}

}  // namespace
}  // namespace affiche
