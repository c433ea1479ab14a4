#include "serve/listener.h"

#include <algorithm>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <iostream>
#include <utility>

#include "serve/fail.h"

namespace affiche {

namespace beast = boost::beast;
namespace net = boost::asio;
using tcp = net::ip::tcp;

Listener::Listener(net::io_context& ioc, SessionSettings settings)
    : ioc_(ioc),
      acceptor_(net::make_strand(ioc)),
      retry_timer_(acceptor_.get_executor()),
      settings_(std::move(settings)) {}

boost::system::error_code Listener::Listen(const tcp::endpoint& endpoint,
                                           const char** what) {
  boost::system::error_code ec;
  settings_.local_names_only = endpoint.address().is_loopback();
  *what = "open";
  acceptor_.open(endpoint.protocol(), ec);
  if (ec) return ec;

  // Lets a restarted server bind at once; on Linux it still refuses a port
  // another socket is listening on.
  *what = "set_option";
  acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  if (ec) return ec;

  *what = "bind";
  acceptor_.bind(endpoint, ec);
  if (ec) return ec;

  *what = "listen";
  acceptor_.listen(net::socket_base::max_listen_connections, ec);
  return ec;
}

unsigned short Listener::port() const {
  boost::system::error_code ec;
  return acceptor_.local_endpoint(ec).port();
}

void Listener::Run() {
  // Accept on the acceptor's strand.
  net::dispatch(acceptor_.get_executor(),
                beast::bind_front_handler(&Listener::do_accept, shared_from_this()));
}

void Listener::do_accept() {
  // Each new connection gets its own strand.
  acceptor_.async_accept(
      net::make_strand(ioc_),
      beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
}

void Listener::on_accept(boost::system::error_code ec, tcp::socket socket) {
  // The server is stopping.
  if (ec == net::error::operation_aborted) return;

  if (ec) {
    // For example too many open files: the pending connection stays in the
    // queue, so accepting again at once would fail at once, forever. Say so
    // once, and try again a little later, each time a little later still.
    if (!failing_) fail(ec, "accept (retrying until it works again)");
    failing_ = true;
    retry_timer_.expires_after(retry_delay_);
    retry_delay_ = std::min(retry_delay_ * 2, kMaxRetryDelay);
    retry_timer_.async_wait([self = shared_from_this()](boost::system::error_code wait) {
      if (!wait) self->do_accept();
    });
    return;
  }
  if (failing_) {
    std::cerr << "affiche: serve: accept works again\n";
    failing_ = false;
  }
  retry_delay_ = kFirstRetryDelay;
  std::make_shared<HttpSession>(std::move(socket), settings_)->Run();

  // Accept the next connection.
  do_accept();
}

}  // namespace affiche
