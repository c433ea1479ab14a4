#include "print/devtools.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

namespace affiche {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

// The socket and the io_context its operations run on, one call at a time.
struct DevTools::Connection {
  net::io_context io;
  websocket::stream<tcp::socket> ws{io};
  net::steady_timer timer{io};
  bool open = false;

  // Runs the operation started on io until it completes or the deadline
  // passes; then the socket is closed and the connection is unusable.
  bool RunUntil(Deadline deadline, const bool& done) {
    bool expired = false;
    timer.expires_at(deadline);
    timer.async_wait([&](beast::error_code ec) {
      if (ec) return;  // cancelled: the operation completed first
      expired = true;
      beast::get_lowest_layer(ws).close(ec);
    });
    io.restart();
    while (!done && io.run_one()) {
    }
    timer.cancel();
    io.run();  // the timer's cancelled wait
    if (expired) open = false;
    return !expired;
  }
};

DevTools::DevTools() : connection_(std::make_unique<Connection>()) {}
DevTools::~DevTools() = default;

bool DevTools::Connect(unsigned short port, const std::string& path, Deadline deadline,
                       std::string* error) {
  Connection& c = *connection_;
  beast::error_code result;
  bool done = false;
  tcp::endpoint browser(net::ip::make_address("127.0.0.1"), port);
  // Connect, then the WebSocket handshake, each step on completion of the last.
  c.ws.next_layer().async_connect(browser, [&](beast::error_code ec) {
    if (ec) {
      result = ec;
      done = true;
      return;
    }
    c.ws.async_handshake("127.0.0.1:" + std::to_string(port), path,
                         [&](beast::error_code handshake) {
                           result = handshake;
                           done = true;
                         });
  });
  if (!c.RunUntil(deadline, done) || result) {
    *error = "cannot reach Chromium's DevTools at 127.0.0.1:" + std::to_string(port) +
             (result ? ": " + result.message() : ": no answer in time");
    return false;
  }
  c.ws.read_message_max(512u << 20);  // a PDF of many pages, in base64
  c.open = true;
  return true;
}

bool DevTools::Read(Json* message, Deadline deadline, std::string* error) {
  Connection& c = *connection_;
  if (!c.open) {
    *error = "the connection to Chromium is closed";
    return false;
  }
  beast::flat_buffer buffer;
  beast::error_code result;
  bool done = false;
  c.ws.async_read(buffer, [&](beast::error_code ec, size_t) {
    result = ec;
    done = true;
  });
  if (!c.RunUntil(deadline, done)) {
    *error = "no answer from Chromium in time";
    return false;
  }
  if (result) {
    c.open = false;
    *error = "Chromium closed the connection: " + result.message();
    return false;
  }
  *message = Json::parse(beast::buffers_to_string(buffer.data()), nullptr, false);
  if (message->is_discarded() || !message->is_object()) {
    *error = "Chromium sent a message that is not a JSON object";
    return false;
  }
  return true;
}

bool DevTools::Call(const std::string& method, const Json& params,
                    const std::string& session, Deadline deadline, Json* result,
                    std::string* error) {
  Connection& c = *connection_;
  if (!c.open) {
    *error = "the connection to Chromium is closed";
    return false;
  }
  long id = ++next_id_;
  Json command = {{"id", id}, {"method", method}, {"params", params}};
  if (!session.empty()) command["sessionId"] = session;
  beast::error_code ec;
  c.ws.text(true);
  c.ws.write(net::buffer(command.dump()), ec);  // a small message on loopback
  if (ec) {
    c.open = false;
    *error = "cannot send " + method + " to Chromium: " + ec.message();
    return false;
  }
  for (;;) {
    Json message;
    if (!Read(&message, deadline, error)) return false;
    if (!message.contains("id")) {
      events_.push_back(std::move(message));
      continue;
    }
    if (message["id"] != id) continue;  // the answer to a call given up on
    if (message.contains("error")) {
      *error = method + ": " + message["error"].value("message", std::string("error"));
      return false;
    }
    *result = message.value("result", Json::object());
    return true;
  }
}

bool DevTools::WaitForEvent(const std::string& method, const std::string& session,
                            Deadline deadline, std::string* error) {
  auto matches = [&](const Json& event) {
    return event.value("method", "") == method && event.value("sessionId", "") == session;
  };
  for (auto it = events_.begin(); it != events_.end(); ++it)
    if (matches(*it)) {
      events_.erase(events_.begin(), it + 1);
      return true;
    }
  events_.clear();
  for (;;) {
    Json message;
    if (!Read(&message, deadline, error)) return false;
    if (matches(message)) return true;
  }
}

}  // namespace affiche
