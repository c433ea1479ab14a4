#include "serve/websocket_session.h"

#include <boost/asio/buffer.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/role.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <utility>

#include "serve/fail.h"

namespace affiche {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace websocket = beast::websocket;

// Browsers send nothing on this socket; anything bigger than this is not ours.
constexpr std::size_t kReadLimit = 1024;

}  // namespace

WebsocketSession::WebsocketSession(net::ip::tcp::socket&& socket,
                                   std::shared_ptr<ReloadHub> hub)
    : ws_(std::move(socket)), hub_(std::move(hub)) {}

WebsocketSession::~WebsocketSession() {
  if (joined_) hub_->Leave(this);
}

void WebsocketSession::Run(http::request<http::string_body> request) {
  // Handshake and idle timeouts, and pings that find tabs which went away.
  ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
  ws_.set_option(
      websocket::stream_base::decorator([](websocket::response_type& response) {
        response.set(http::field::server, "affiche");
      }));
  ws_.read_message_max(kReadLimit);

  // Accept the upgrade request the HttpSession already read.
  ws_.async_accept(request, beast::bind_front_handler(&WebsocketSession::on_accept,
                                                      shared_from_this()));
}

void WebsocketSession::on_accept(beast::error_code ec) {
  if (ec) return fail(ec, "websocket accept");

  // From now on the hub's reloads reach us; greet with the current version.
  joined_ = true;
  std::string version = hub_->Join(this);
  on_send(std::make_shared<const std::string>("hello " + version));

  do_read();
}

void WebsocketSession::do_read() {
  // Read (and drop) whatever the tab sends; this also answers pings and
  // notices the close.
  ws_.async_read(
      buffer_, beast::bind_front_handler(&WebsocketSession::on_read, shared_from_this()));
}

void WebsocketSession::on_read(beast::error_code ec, std::size_t /*bytes_transferred*/) {
  // The tab closed or went away.
  if (ec == websocket::error::closed) return;
  if (ec) return fail(ec, "websocket read");

  buffer_.consume(buffer_.size());
  do_read();
}

void WebsocketSession::Send(std::shared_ptr<const std::string> message) {
  // Continue on the session's strand, where all its members are used.
  net::post(ws_.get_executor(),
            beast::bind_front_handler(&WebsocketSession::on_send, shared_from_this(),
                                      std::move(message)));
}

void WebsocketSession::on_send(std::shared_ptr<const std::string> message) {
  // A message still waiting is stale: only the newest version matters.
  if (queue_.size() > 1) queue_.pop_back();
  queue_.push_back(std::move(message));

  // A write is already in progress; on_write starts the next one.
  if (queue_.size() > 1) return;
  do_write();
}

void WebsocketSession::do_write() {
  // Send the first queued message as one text frame.
  ws_.text(true);
  ws_.async_write(
      net::buffer(*queue_.front()),
      beast::bind_front_handler(&WebsocketSession::on_write, shared_from_this()));
}

void WebsocketSession::on_write(beast::error_code ec, std::size_t /*bytes_transferred*/) {
  if (ec) return fail(ec, "websocket write");

  // Drop the message sent, then send the next one if there is one.
  queue_.erase(queue_.begin());
  if (!queue_.empty()) do_write();
}

}  // namespace affiche
