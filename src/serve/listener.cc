#include "serve/listener.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <utility>

#include "serve/fail.h"

namespace affiche {

namespace beast = boost::beast;
namespace net = boost::asio;
using tcp = net::ip::tcp;

Listener::Listener(net::io_context& ioc, SessionSettings settings)
    : ioc_(ioc), acceptor_(net::make_strand(ioc)), settings_(std::move(settings)) {}

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
    // For example too many open files: report it and keep accepting.
    fail(ec, "accept");
  } else {
    std::make_shared<HttpSession>(std::move(socket), settings_)->Run();
  }

  // Accept the next connection.
  do_accept();
}

}  // namespace affiche
