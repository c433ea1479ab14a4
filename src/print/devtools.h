// A client of the Chrome DevTools protocol: JSON commands and events over the
// WebSocket a browser opens with --remote-debugging-port (Boost.Beast and
// nlohmann::json).
#ifndef AFFICHE_PRINT_DEVTOOLS_H_
#define AFFICHE_PRINT_DEVTOOLS_H_

#include <chrono>
#include <deque>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace affiche {

using Json = nlohmann::json;
using Deadline = std::chrono::steady_clock::time_point;

class DevTools {
 public:
  DevTools();
  ~DevTools();
  DevTools(const DevTools&) = delete;
  DevTools& operator=(const DevTools&) = delete;

  // Opens ws://127.0.0.1:<port><path> (path as in DevToolsActivePort:
  // "/devtools/browser/<id>"). False with *error when it cannot.
  bool Connect(unsigned short port, const std::string& path, Deadline deadline,
               std::string* error);

  // Sends method with params (to the target attached as session, or to the
  // browser when session is empty) and waits for its answer: true with its
  // "result" in *result, false with *error (the protocol's message, a closed
  // connection or "no answer in time"). Events that arrive meanwhile are kept
  // for WaitForEvent.
  bool Call(const std::string& method, const Json& params, const std::string& session,
            Deadline deadline, Json* result, std::string* error);

  // Waits for the event called method from session, kept or to come.
  bool WaitForEvent(const std::string& method, const std::string& session,
                    Deadline deadline, std::string* error);
  // Forgets the events kept so far (before a new navigation).
  void DropEvents() { events_.clear(); }

 private:
  bool Read(Json* message, Deadline deadline, std::string* error);

  struct Connection;
  std::unique_ptr<Connection> connection_;
  std::deque<Json> events_;
  long next_id_ = 0;
};

}  // namespace affiche

#endif  // AFFICHE_PRINT_DEVTOOLS_H_
