// Clients for the server tests: HTTP/1.1 requests written as raw bytes (so
// that odd targets reach the server untouched) with responses read by Beast's
// parser, and a WebSocket client for live reload. Every operation is bounded
// by a timeout, so that a broken server fails a test instead of hanging it.
#ifndef AFFICHE_TESTS_SERVE_HTTP_CLIENT_H_
#define AFFICHE_TESTS_SERVE_HTTP_CLIENT_H_

#include <gtest/gtest.h>

// GCC 12 with -fsanitize=address reports a false -Wmaybe-uninitialized in
// Beast's response parser (a boost::optional in basic_parser.hpp).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/websocket/stream.hpp>
#pragma GCC diagnostic pop
#include <chrono>
#include <functional>
#include <string>
#include <thread>

namespace affiche::testing {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

constexpr std::chrono::seconds kClientTimeout(10);

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

// Connects a socket to 127.0.0.1:port, retrying briefly.
inline void Connect(tcp::socket& socket, unsigned short port) {
  tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), port);
  for (int attempt = 0; attempt < 50; ++attempt) {
    beast::error_code ec;
    socket.close(ec);
    socket.connect(endpoint, ec);
    if (!ec) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ADD_FAILURE() << "cannot connect to port " << port;
}

// A minimal HTTP/1.1 client on one connection.
class Client {
 public:
  explicit Client(unsigned short port) : stream_(ioc_) {
    Connect(stream_.socket(), port);
  }

  // Sends bytes as they are.
  void Send(const std::string& bytes) {
    beast::error_code result;
    stream_.expires_after(kClientTimeout);
    net::async_write(stream_, net::buffer(bytes),
                     [&result](beast::error_code ec, std::size_t) { result = ec; });
    Drain();
    EXPECT_FALSE(result) << "write: " << result.message();
  }

  // Reads one response; `head` says it answers a HEAD request (no body).
  Response Read(bool head = false) {
    Response response;
    http::response_parser<http::string_body> parser;
    parser.body_limit(1 << 30);
    parser.skip(head);
    stream_.expires_after(kClientTimeout);
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

inline Response Fetch(unsigned short port, const std::string& method,
                      const std::string& target, const std::string& extra_headers = "") {
  return Client(port).Request(method, target, extra_headers);
}

// Calls condition every 20 ms until it holds or `timeout` passed; returns
// whether it held.
inline bool Eventually(const std::function<bool()>& condition,
                       std::chrono::milliseconds timeout = kClientTimeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

// A WebSocket client, as a browser tab's live-reload script.
class WebSocketClient {
 public:
  // Connects and asks for the upgrade; see connected() and handshake_status().
  explicit WebSocketClient(unsigned short port,
                           const std::string& target = "/__affiche/livereload",
                           const std::string& origin = "")
      : ws_(ioc_) {
    Connect(beast::get_lowest_layer(ws_).socket(), port);
    std::string host = "127.0.0.1:" + std::to_string(port);
    ws_.set_option(
        websocket::stream_base::decorator([origin](websocket::request_type& req) {
          if (!origin.empty()) req.set(http::field::origin, origin);
        }));
    beast::get_lowest_layer(ws_).expires_after(kClientTimeout);
    beast::error_code result;
    ws_.async_handshake(handshake_response_, host, target,
                        [&result](beast::error_code ec) { result = ec; });
    Drain();
    connected_ = !result;
  }

  bool connected() const { return connected_; }
  int handshake_status() const { return handshake_response_.result_int(); }

  // The next text message, or "" when none came within timeout (the client is
  // then no longer usable).
  std::string Read(std::chrono::milliseconds timeout = kClientTimeout) {
    if (!connected_) return "";
    beast::flat_buffer buffer;
    beast::error_code result;
    beast::get_lowest_layer(ws_).expires_after(timeout);
    ws_.async_read(buffer, [&result](beast::error_code ec, std::size_t) { result = ec; });
    Drain();
    if (result) {
      connected_ = false;
      return "";
    }
    return beast::buffers_to_string(buffer.data());
  }

 private:
  void Drain() {
    ioc_.restart();
    ioc_.run();
  }

  net::io_context ioc_;
  websocket::stream<beast::tcp_stream> ws_;
  websocket::response_type handshake_response_;
  bool connected_ = false;
};

}  // namespace affiche::testing

#endif  // AFFICHE_TESTS_SERVE_HTTP_CLIENT_H_
