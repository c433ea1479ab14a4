#include "serve/fail.h"

#include <boost/asio/error.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/websocket/error.hpp>
#include <iostream>
#include <string>

namespace affiche {

void fail(boost::system::error_code ec, const char* what) {
  namespace net = boost::asio;
  namespace beast = boost::beast;
  if (ec == net::error::operation_aborted || ec == beast::error::timeout ||
      ec == beast::http::error::end_of_stream ||
      ec == beast::http::error::partial_message || ec == net::error::eof ||
      ec == net::error::connection_reset || ec == net::error::broken_pipe ||
      ec == beast::websocket::error::closed) {
    return;
  }
  // One write, so that lines from several threads do not interleave.
  std::cerr << ("affiche: serve: " + std::string(what) + ": " + ec.message() + "\n");
}

}  // namespace affiche
