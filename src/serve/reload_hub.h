// ReloadHub: the live-reload WebSocket sessions of a server, and the version
// of the site they were last told about. Shared by every session, as the
// shared state of Beast's WebSocket chat example.
#ifndef AFFICHE_SERVE_RELOAD_HUB_H_
#define AFFICHE_SERVE_RELOAD_HUB_H_

#include <mutex>
#include <string>
#include <unordered_set>
#include <utility>

namespace affiche {

class WebsocketSession;

class ReloadHub {
 public:
  explicit ReloadHub(std::string version) : version_(std::move(version)) {}

  // Adds a session that completed its handshake; returns the version to greet
  // it with.
  std::string Join(WebsocketSession* session);
  // Called by a session as it is destroyed.
  void Leave(WebsocketSession* session);

  // Records a new version and sends "reload <version>" to every session.
  // Callable from any thread.
  void Reload(const std::string& version);

  // The number of sessions that have joined and not left.
  size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::string version_;
  // Raw pointers: a session leaves in its destructor; Reload() takes weak
  // references to them under the lock and sends outside of it.
  std::unordered_set<WebsocketSession*> sessions_;
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_RELOAD_HUB_H_
