// Listener: accepts connections and starts an HttpSession for each one.
#ifndef AFFICHE_SERVE_LISTENER_H_
#define AFFICHE_SERVE_LISTENER_H_

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/system/error_code.hpp>
#include <memory>

#include "serve/http_session.h"

namespace affiche {

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  // Listen() sets settings.local_names_only from the address.
  Listener(boost::asio::io_context& ioc, SessionSettings settings);

  // Opens, binds and listens. On failure returns the error and sets *what to
  // the step that failed ("bind").
  boost::system::error_code Listen(const boost::asio::ip::tcp::endpoint& endpoint,
                                   const char** what);

  // The bound port, once Listen() succeeded (the real one when 0 was asked).
  unsigned short port() const;

  // Starts accepting connections.
  void Run();

 private:
  void do_accept();
  void on_accept(boost::system::error_code ec, boost::asio::ip::tcp::socket socket);

  boost::asio::io_context& ioc_;
  boost::asio::ip::tcp::acceptor acceptor_;
  SessionSettings settings_;
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_LISTENER_H_
