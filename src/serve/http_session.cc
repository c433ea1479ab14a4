#include "serve/http_session.h"

#include <boost/asio/dispatch.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <chrono>
#include <string_view>
#include <utility>

#include "serve/fail.h"

namespace affiche {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

constexpr std::size_t kHeaderLimit = 8 * 1024;
constexpr std::uint64_t kBodyLimit = 1024 * 1024;  // bodies are read, then ignored
constexpr std::chrono::seconds kIdleTimeout(30);

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

}  // namespace

HttpSession::HttpSession(net::ip::tcp::socket&& socket, std::shared_ptr<SiteState> site)
    : stream_(std::move(socket)), site_(std::move(site)) {}

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
  stream_.expires_after(kIdleTimeout);

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
  auto site = site_->Current();
  Reply reply = HandleRequest({View(request.method_string()), View(request.target()),
                               View(request[http::field::if_none_match])},
                              *site);
  send(std::move(reply), request.keep_alive());
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
  stream_.expires_after(kIdleTimeout);
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
