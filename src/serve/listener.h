// Listener: accepts connections and starts an HttpSession for each one.
#ifndef AFFICHE_SERVE_LISTENER_H_
#define AFFICHE_SERVE_LISTENER_H_

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/system/error_code.hpp>
#include <chrono>
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

  // After a failed accept (no file descriptor left, say), the wait before the
  // next: from the first to the most, doubling while accepting fails.
  static constexpr std::chrono::milliseconds kFirstRetryDelay{100};
  static constexpr std::chrono::milliseconds kMaxRetryDelay{1000};

  boost::asio::io_context& ioc_;
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer retry_timer_;
  bool failing_ = false;  // the last accept failed (and was reported)
  std::chrono::milliseconds retry_delay_ = kFirstRetryDelay;
  SessionSettings settings_;
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_LISTENER_H_
