#include "serve/watcher.h"

#include <unistd.h>

#include <boost/asio/buffer.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <utility>

#include "serve/fail.h"

namespace affiche {

namespace beast = boost::beast;
namespace net = boost::asio;

Watcher::Watcher(net::io_context& ioc, std::chrono::milliseconds quiet,
                 Callback on_change)
    : stream_(net::make_strand(ioc)),
      timer_(stream_.get_executor()),
      quiet_(quiet),
      on_change_(std::move(on_change)) {}

bool Watcher::Watch(const std::string& root, std::string* error) {
  if (!inotify_.WatchTree(root, error)) return false;
  if (!stream_.is_open()) {
    boost::system::error_code ec;
    stream_.assign(dup(inotify_.fd()), ec);
    if (ec) {
      *error = "inotify: " + ec.message();
      return false;
    }
  }
  return true;
}

void Watcher::Run() {
  if (!stream_.is_open()) return;
  // Read on the watcher's strand, which the debounce timer shares.
  net::dispatch(stream_.get_executor(),
                beast::bind_front_handler(&Watcher::do_read, shared_from_this()));
}

void Watcher::do_read() {
  // Wait for the next events.
  stream_.async_read_some(
      net::buffer(buffer_),
      beast::bind_front_handler(&Watcher::on_read, shared_from_this()));
}

void Watcher::on_read(boost::system::error_code ec, std::size_t bytes_transferred) {
  // The server is stopping.
  if (ec == net::error::operation_aborted) return;
  if (ec) return fail(ec, "watch");

  size_t before = pending_.paths.size();
  bool overflow = pending_.overflow;
  inotify_.Decode(buffer_, bytes_transferred, &pending_);

  // A change (not only scratch files): wait for quiet again from now.
  if (pending_.paths.size() != before || pending_.overflow != overflow) do_wait();

  do_read();
}

void Watcher::do_wait() {
  // Setting the expiry cancels a wait in progress (its handler gets
  // operation_aborted), so the delay always counts from the last change.
  timer_.expires_after(quiet_);
  timer_.async_wait(beast::bind_front_handler(&Watcher::on_wait, shared_from_this()));
}

void Watcher::on_wait(boost::system::error_code ec) {
  // A later change restarted the delay, or the server is stopping.
  if (ec == net::error::operation_aborted) return;
  if (ec) return fail(ec, "watch timer");
  // An earlier wait already reported this batch.
  if (pending_.empty()) return;

  // Quiet for long enough: report the batch.
  std::vector<std::string> paths;
  if (!pending_.overflow) paths.assign(pending_.paths.begin(), pending_.paths.end());
  pending_ = {};
  on_change_(paths);
}

}  // namespace affiche
