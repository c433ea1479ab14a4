// HttpSession: one HTTP/1.1 connection, read request -> reply -> read, with
// keep-alive, header and body limits and an idle timeout.
#ifndef AFFICHE_SERVE_HTTP_SESSION_H_
#define AFFICHE_SERVE_HTTP_SESSION_H_

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/optional.hpp>
#include <cstddef>
#include <memory>

#include "serve/request_handler.h"
#include "serve/shared_string_body.h"
#include "serve/site_state.h"

namespace affiche {

class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  HttpSession(boost::asio::ip::tcp::socket&& socket, std::shared_ptr<SiteState> site);

  // Starts reading requests; the session keeps itself alive while it works.
  void Run();

 private:
  void do_read();
  void on_read(boost::beast::error_code ec, std::size_t bytes_transferred);
  void send(Reply reply, bool keep_alive);
  void on_write(bool close, boost::beast::error_code ec, std::size_t bytes_transferred);
  void do_close();

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  std::shared_ptr<SiteState> site_;
  // A fresh parser for every request, so that limits apply per request.
  boost::optional<boost::beast::http::request_parser<boost::beast::http::string_body>>
      parser_;
  boost::beast::http::response<SharedStringBody> response_;
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_HTTP_SESSION_H_
