// HttpSession: one HTTP/1.1 connection, read request -> reply -> read, with
// keep-alive, header and body limits and an idle timeout. A WebSocket upgrade
// on the live-reload path hands the connection over to a WebsocketSession.
#ifndef AFFICHE_SERVE_HTTP_SESSION_H_
#define AFFICHE_SERVE_HTTP_SESSION_H_

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/optional.hpp>
#include <chrono>
#include <cstddef>
#include <memory>

#include "serve/reload_hub.h"
#include "serve/request_handler.h"
#include "serve/shared_string_body.h"
#include "serve/site_state.h"

namespace affiche {

// What every connection of a server shares.
struct SessionSettings {
  std::shared_ptr<SiteState> site;
  std::shared_ptr<ReloadHub> hub;  // null when live reload is off
  // When the server listens on a loopback address: a request naming another
  // host than an IP address or localhost gets 403, so that a web page cannot
  // reach the preview by pointing a name of its own at 127.0.0.1 (DNS
  // rebinding).
  bool local_names_only = true;
  // A client that sends or reads nothing for this long is dropped.
  std::chrono::milliseconds idle_timeout{30000};
};

class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  HttpSession(boost::asio::ip::tcp::socket&& socket, const SessionSettings& settings);

  // Starts reading requests; the session keeps itself alive while it works.
  void Run();

 private:
  void do_read();
  void on_read(boost::beast::error_code ec, std::size_t bytes_transferred);
  void do_upgrade();
  void send(Reply reply, bool keep_alive);
  void on_write(bool close, boost::beast::error_code ec, std::size_t bytes_transferred);
  void do_close();

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  const SessionSettings settings_;
  // A fresh parser for every request, so that limits apply per request.
  boost::optional<boost::beast::http::request_parser<boost::beast::http::string_body>>
      parser_;
  boost::beast::http::response<SharedStringBody> response_;
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_HTTP_SESSION_H_
