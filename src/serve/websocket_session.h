// WebsocketSession: one browser tab listening on /__affiche/livereload. It
// joins the ReloadHub once the handshake is done, greets the tab with
// "hello <version>", then passes on every "reload <version>" the hub sends.
#ifndef AFFICHE_SERVE_WEBSOCKET_SESSION_H_
#define AFFICHE_SERVE_WEBSOCKET_SESSION_H_

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "serve/reload_hub.h"

namespace affiche {

class WebsocketSession : public std::enable_shared_from_this<WebsocketSession> {
 public:
  WebsocketSession(boost::asio::ip::tcp::socket&& socket, std::shared_ptr<ReloadHub> hub);
  ~WebsocketSession();

  // Accepts the upgrade request an HttpSession read; the session keeps itself
  // alive while the connection lasts.
  void Run(boost::beast::http::request<boost::beast::http::string_body> request);

  // Queues a message; callable from any thread.
  void Send(std::shared_ptr<const std::string> message);

 private:
  void on_accept(boost::beast::error_code ec);
  void do_read();
  void on_read(boost::beast::error_code ec, std::size_t bytes_transferred);
  void on_send(std::shared_ptr<const std::string> message);
  void do_write();
  void on_write(boost::beast::error_code ec, std::size_t bytes_transferred);

  boost::beast::websocket::stream<boost::beast::tcp_stream> ws_;
  boost::beast::flat_buffer buffer_;
  std::shared_ptr<ReloadHub> hub_;
  bool joined_ = false;
  // The message being written first; at most one more waits behind it.
  std::vector<std::shared_ptr<const std::string>> queue_;
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_WEBSOCKET_SESSION_H_
