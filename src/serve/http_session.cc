#include "serve/http_session.h"

#include <boost/asio/dispatch.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <chrono>
#include <string_view>
#include <utility>

#include "serve/fail.h"
#include "serve/inject.h"
#include "serve/target.h"
#include "serve/websocket_session.h"

namespace affiche {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

constexpr std::size_t kHeaderLimit = 8 * 1024;
constexpr std::uint64_t kBodyLimit = 1024 * 1024;  // bodies are read, then ignored

std::string_view View(beast::string_view s) { return {s.data(), s.size()}; }

// True when the bytes received are not an acceptable HTTP request (as opposed
// to the connection failing, or the client leaving halfway through).
bool IsMalformedRequest(beast::error_code ec) {
  return ec.category() == http::make_error_code(http::error::bad_target).category() &&
         ec != http::error::end_of_stream && ec != http::error::partial_message;
}

// The status for a malformed request; the connection then closes.
int StatusForParseError(beast::error_code ec) {
  if (ec == http::error::header_limit) return 431;
  if (ec == http::error::body_limit) return 413;
  return 400;
}

// True for a request to open the live-reload WebSocket.
bool IsLiveReloadUpgrade(const http::request<http::string_body>& request) {
  return beast::websocket::is_upgrade(request) &&
         View(request.target()) == kLiveReloadPath;
}

}  // namespace

HttpSession::HttpSession(net::ip::tcp::socket&& socket, const SessionSettings& settings)
    : stream_(std::move(socket)), settings_(settings) {}

void HttpSession::Run() {
  // Start on the session's strand: the socket was accepted on its own strand
  // and everything the session does from now on runs there.
  net::dispatch(stream_.get_executor(),
                beast::bind_front_handler(&HttpSession::do_read, shared_from_this()));
}

void HttpSession::do_read() {
  parser_.emplace();
  parser_->header_limit(kHeaderLimit);
  parser_->body_limit(kBodyLimit);

  // A client that sends nothing, or too slowly, is dropped after the timeout.
  stream_.expires_after(settings_.idle_timeout);

  // Read one whole request; bytes of a pipelined next one stay in buffer_.
  http::async_read(stream_, buffer_, *parser_,
                   beast::bind_front_handler(&HttpSession::on_read, shared_from_this()));
}

void HttpSession::on_read(beast::error_code ec, std::size_t /*bytes_transferred*/) {
  // The client closed the connection between requests.
  if (ec == http::error::end_of_stream) return do_close();

  // A request Beast could not parse, or over a limit: answer once and close.
  if (ec && IsMalformedRequest(ec)) {
    return send(ErrorReply(StatusForParseError(ec)), false);
  }
  if (ec) return fail(ec, "read");

  const auto& request = parser_->get();
  // Two Host headers may name two servers: which one was meant is not known.
  if (request.count(http::field::host) > 1) return send(ErrorReply(400), false);
  if (settings_.local_names_only &&
      !IsLocalHostHeader(View(request[http::field::host]))) {
    return send(ErrorReply(403), false);
  }
  if (settings_.hub && IsLiveReloadUpgrade(request)) return do_upgrade();

  auto site = settings_.site->Current();
  Reply reply = HandleRequest({View(request.method_string()), View(request.target()),
                               View(request[http::field::if_none_match])},
                              *site);
  send(std::move(reply), request.keep_alive());
}

void HttpSession::do_upgrade() {
  // Only pages served from here may listen: a browser sends the Origin of the
  // page opening the socket, which must be this server.
  const auto& request = parser_->get();
  if (!IsSameOrigin(View(request[http::field::origin]),
                    View(request[http::field::host]))) {
    return send(ErrorReply(403), false);
  }

  // The WebSocket session takes the socket over and sets its own timeouts.
  stream_.expires_never();
  std::make_shared<WebsocketSession>(stream_.release_socket(), settings_.hub)
      ->Run(parser_->release());
}

void HttpSession::send(Reply reply, bool keep_alive) {
  response_ = {};
  response_.result(reply.status);
  response_.version(11);
  response_.set(http::field::server, "affiche");
  response_.set(http::field::cache_control, "no-cache");
  for (const auto& [name, value] : reply.headers) response_.set(name, value);
  if (reply.status != 304) response_.content_length(SharedStringBody::size(reply.body));
  if (reply.send_body) response_.body() = std::move(reply.body);
  response_.keep_alive(keep_alive && !reply.close);

  // Write the reply; a fresh timeout bounds a client that reads too slowly.
  stream_.expires_after(settings_.idle_timeout);
  http::async_write(stream_, response_,
                    beast::bind_front_handler(&HttpSession::on_write, shared_from_this(),
                                              !response_.keep_alive()));
}

void HttpSession::on_write(bool close, beast::error_code ec,
                           std::size_t /*bytes_transferred*/) {
  if (ec) return fail(ec, "write");

  // Connection: close, either asked by the client or after an error reply.
  if (close) return do_close();

  // Release the reply's bytes (and with them, maybe, an old snapshot).
  response_ = {};

  // Keep-alive: wait for the next request on the same connection.
  do_read();
}

void HttpSession::do_close() {
  // Send a TCP FIN; the socket closes when the last handler lets go of us.
  beast::error_code ec;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
}

}  // namespace affiche
