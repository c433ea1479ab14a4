#include "serve/reload_hub.h"

#include <memory>
#include <vector>

#include "serve/websocket_session.h"

namespace affiche {

std::string ReloadHub::Join(WebsocketSession* session) {
  std::lock_guard<std::mutex> lock(mutex_);
  sessions_.insert(session);
  return version_;
}

void ReloadHub::Leave(WebsocketSession* session) {
  std::lock_guard<std::mutex> lock(mutex_);
  sessions_.erase(session);
}

void ReloadHub::Reload(const std::string& version) {
  auto message = std::make_shared<const std::string>("reload " + version);
  // Weak references taken under the lock: a session being destroyed on
  // another thread is skipped rather than used.
  std::vector<std::weak_ptr<WebsocketSession>> sessions;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    version_ = version;
    sessions.reserve(sessions_.size());
    for (WebsocketSession* session : sessions_)
      sessions.push_back(session->weak_from_this());
  }
  // Send outside the lock: Send() only posts to each session's strand.
  for (const auto& weak : sessions)
    if (auto session = weak.lock()) session->Send(message);
}

size_t ReloadHub::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return sessions_.size();
}

}  // namespace affiche
