// Watcher: reads an Inotify through the server's io_context and calls back
// once the files below some folders have changed, then stayed quiet for a
// short delay (editors often write a file in several steps).
#ifndef AFFICHE_SERVE_WATCHER_H_
#define AFFICHE_SERVE_WATCHER_H_

#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/system/error_code.hpp>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "serve/inotify.h"

namespace affiche {

class Watcher : public std::enable_shared_from_this<Watcher> {
 public:
  // Called on a server thread, so it must return quickly. paths are the
  // files and folders that changed, sorted; empty when events were lost and
  // anything may have changed.
  using Callback = std::function<void(const std::vector<std::string>& paths)>;

  Watcher(boost::asio::io_context& ioc, std::chrono::milliseconds quiet,
          Callback on_change);

  // Watches root and every folder below it. Returns false and sets *error when
  // root cannot be watched.
  bool Watch(const std::string& root, std::string* error);

  // Starts reading events.
  void Run();

 private:
  void do_read();
  void on_read(boost::system::error_code ec, std::size_t bytes_transferred);
  void do_wait();
  void on_wait(boost::system::error_code ec);

  Inotify inotify_;
  // Reads a duplicate of inotify_'s descriptor (each closes its own).
  boost::asio::posix::stream_descriptor stream_;
  boost::asio::steady_timer timer_;
  std::chrono::milliseconds quiet_;
  Callback on_change_;
  // Room for many events at once; inotify returns whole events only.
  alignas(8) char buffer_[64 * 1024];
  Inotify::Changes pending_;
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_WATCHER_H_
