// Starts the real Server on a free port and talks to it over TCP: requests are
// written as raw bytes (so that odd targets reach the server untouched) and
// responses are read with Beast's HTTP parser.
#include "serve/server.h"

#include <gtest/gtest.h>

// GCC 12 with -fsanitize=address reports a false -Wmaybe-uninitialized in
// Beast's response parser (a boost::optional in basic_parser.hpp).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#pragma GCC diagnostic pop
#include <chrono>
#include <csignal>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

namespace affiche {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

// Bounds every client operation, so that a broken server fails the test
// instead of hanging it.
constexpr std::chrono::seconds kTimeout(10);

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
  return site;
}

struct Response {
  beast::error_code ec;  // set when no response could be read
  http::response<http::string_body> message;

  int status() const { return ec ? 0 : message.result_int(); }
  std::string header(beast::string_view name) const {
    auto it = message.find(name);
    return it == message.end() ? "(none)" : std::string(it->value());
  }
  const std::string& body() const { return message.body(); }
};

// A minimal HTTP/1.1 client on one connection.
class Client {
 public:
  explicit Client(unsigned short port) : stream_(ioc_) {
    // The server listens before WaitUntilListening() returns, so the first
    // attempt normally succeeds; retry briefly all the same.
    tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), port);
    for (int attempt = 0; attempt < 50; ++attempt) {
      beast::error_code ec;
      stream_.socket().close(ec);
      stream_.socket().connect(endpoint, ec);
      if (!ec) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ADD_FAILURE() << "cannot connect to port " << port;
  }

  // Sends bytes as they are.
  void Send(const std::string& bytes) {
    beast::error_code result;
    stream_.expires_after(kTimeout);
    net::async_write(stream_, net::buffer(bytes),
                     [&result](beast::error_code ec, std::size_t) { result = ec; });
    Drain();
    EXPECT_FALSE(result) << "write: " << result.message();
  }

  // Reads one response; `head` says it answers a HEAD request (no body).
  Response Read(bool head = false) {
    Response response;
    http::response_parser<http::string_body> parser;
    parser.skip(head);
    stream_.expires_after(kTimeout);
    http::async_read(
        stream_, buffer_, parser,
        [&response](beast::error_code ec, std::size_t) { response.ec = ec; });
    Drain();
    if (!response.ec) response.message = parser.release();
    return response;
  }

  Response Request(const std::string& method, const std::string& target,
                   const std::string& extra_headers = "") {
    Send(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra_headers +
         "\r\n");
    return Read(method == "HEAD");
  }

  // True when the server closed the connection (a read gets end of stream).
  bool ClosedByServer() {
    Response response = Read();
    return response.ec == http::error::end_of_stream;
  }

 private:
  void Drain() {
    ioc_.restart();
    ioc_.run();
  }

  net::io_context ioc_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
};

Response Fetch(unsigned short port, const std::string& method, const std::string& target,
               const std::string& extra_headers = "") {
  return Client(port).Request(method, target, extra_headers);
}

// Runs a Server on a free port in a thread for the duration of a test.
class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ServeOptions options;
    options.port = 0;
    options.out = &out_;
    options.err = &err_;
    server_ = std::make_unique<Server>(options, SampleSite());
    thread_ = std::thread([this] { status_ = server_->Run(); });
    port_ = server_->WaitUntilListening();
    ASSERT_NE(port_, 0) << err_.str();
  }

  void TearDown() override {
    server_->Stop();
    thread_.join();
    EXPECT_EQ(status_, 0);
  }

  std::ostringstream out_;
  std::ostringstream err_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int status_ = -1;
  unsigned short port_ = 0;
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

TEST(Server, StopsCleanlyOnSigterm) {
  ServeOptions options;
  options.port = 0;
  std::ostringstream out;
  options.out = &out;
  Server server(options, SampleSite());
  int status = -1;
  std::thread thread([&] { status = server.Run(); });
  ASSERT_NE(server.WaitUntilListening(), 0);
  // The server catches SIGTERM from the moment it listens.
  std::raise(SIGTERM);
  thread.join();
  EXPECT_EQ(status, 0);
}

}  // namespace
}  // namespace affiche
