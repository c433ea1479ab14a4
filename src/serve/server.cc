#include "serve/server.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "serve/inject.h"
#include "serve/listener.h"
#include "serve/reload_hub.h"
#include "serve/site_state.h"
#include "serve/watcher.h"

namespace affiche {

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

std::string HostForUrl(const net::ip::address& address) {
  return address.is_v6() ? "[" + address.to_string() + "]" : address.to_string();
}

// The one-line message for a failure to listen, with a hint where one helps.
std::string ListenError(const std::string& host, unsigned short port,
                        boost::system::error_code ec, const char* what) {
  if (ec == net::error::address_in_use) {
    std::string message =
        "affiche: error: port " + std::to_string(port) + " is already in use; try ";
    if (port < 65535) message += "--port " + std::to_string(port + 1) + " or ";
    return message + "--port 0";
  }
  std::string message = "affiche: error: cannot listen on " + host + ":" +
                        std::to_string(port) + " (" + what + "): " + ec.message();
  if (ec == net::error::access_denied && port < 1024) {
    message += "; ports below 1024 need privileges, try --port 8080";
  } else if (ec == boost::system::errc::address_not_available) {
    message += "; --host must be an address of this machine, such as 127.0.0.1";
  }
  return message;
}

}  // namespace

class Server::Impl {
 public:
  Impl(ServeOptions options, std::shared_ptr<const SharedFiles> site, SiteErrors errors)
      : options_(std::move(options)),
        out_(options_.out ? *options_.out : std::cout),
        err_(options_.err ? *options_.err : std::cerr),
        site_(std::make_shared<SiteState>(std::move(site), HtmlAddition(errors))),
        hub_(options_.live_reload
                 ? std::make_shared<ReloadHub>(site_->Current()->version())
                 : nullptr) {}

  int Run();
  void Stop();
  void Publish(std::shared_ptr<const SharedFiles> site, SiteErrors errors);
  unsigned short WaitUntilListening();
  size_t LiveReloadClients() const { return hub_ ? hub_->size() : 0; }

 private:
  enum class Phase { kStarting, kListening, kFinished };

  // What goes into every HTML page: the error overlay, the live-reload script.
  std::string HtmlAddition(const SiteErrors& errors) const;
  // Watches options_.watch in ioc; prints a warning for a folder it cannot watch.
  std::shared_ptr<Watcher> StartWatching(net::io_context& ioc);
  // Records the phase (and the port) and wakes WaitUntilListening().
  void SetPhase(Phase phase, unsigned short port = 0);

  const ServeOptions options_;
  std::ostream& out_;
  std::ostream& err_;
  std::shared_ptr<SiteState> site_;
  std::shared_ptr<ReloadHub> hub_;  // null without live reload

  std::mutex mutex_;
  std::condition_variable phase_changed_;
  Phase phase_ = Phase::kStarting;
  unsigned short port_ = 0;
  bool stop_requested_ = false;
  net::io_context* ioc_ = nullptr;  // set while Run() is serving
};

int Server::Impl::Run() {
  boost::system::error_code ec;
  net::ip::address address = options_.host == "localhost"
                                 ? net::ip::make_address("127.0.0.1")
                                 : net::ip::make_address(options_.host, ec);
  if (ec) {
    err_ << "affiche: error: --host '" << options_.host
         << "' is not an IP address; try --host 127.0.0.1" << std::endl;
    SetPhase(Phase::kFinished);
    return 1;
  }

  int threads = options_.threads > 0 ? options_.threads : 1;
  net::io_context ioc(threads);
  SessionSettings settings;
  settings.site = site_;
  settings.hub = hub_;
  settings.idle_timeout = std::chrono::milliseconds(options_.idle_timeout_ms);
  auto listener = std::make_shared<Listener>(ioc, std::move(settings));
  const char* what = "";
  ec = listener->Listen(tcp::endpoint(address, options_.port), &what);
  if (ec) {
    err_ << ListenError(options_.host, options_.port, ec, what) << std::endl;
    SetPhase(Phase::kFinished);
    return 1;
  }
  unsigned short port = listener->port();

  if (!address.is_loopback()) {
    err_ << "affiche: warning: serving on " << address.to_string()
         << " makes the preview reachable from other machines" << std::endl;
  }
  out_ << "Serving http://" << HostForUrl(address) << ":" << port
       << "/ — press Ctrl-C to stop" << std::endl;

  // Ctrl-C or SIGTERM stops the io_context; open connections close with it.
  net::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&ioc](const boost::system::error_code&, int) { ioc.stop(); });

  listener->Run();
  std::shared_ptr<Watcher> watcher = StartWatching(ioc);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ioc_ = &ioc;
    if (stop_requested_) ioc.stop();
  }
  SetPhase(Phase::kListening, port);

  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (int i = 1; i < threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });
  ioc.run();
  for (std::thread& thread : pool) thread.join();

  {
    std::lock_guard<std::mutex> lock(mutex_);
    ioc_ = nullptr;
  }
  SetPhase(Phase::kFinished);
  // Leaving this scope closes the signal set, the listener and, with the
  // io_context, every connection still open.
  return 0;
}

std::string Server::Impl::HtmlAddition(const SiteErrors& errors) const {
  std::string addition;
  if (errors.count > 0) addition += ErrorOverlay(errors.text, errors.count);
  if (options_.live_reload) addition += LiveReloadScript();
  return addition;
}

void Server::Impl::Publish(std::shared_ptr<const SharedFiles> site, SiteErrors errors) {
  std::string version = site_->Publish(std::move(site), HtmlAddition(errors));
  // Tell the browsers, unless nothing they could fetch has changed.
  if (hub_ && !version.empty()) hub_->Reload(version);
}

std::shared_ptr<Watcher> Server::Impl::StartWatching(net::io_context& ioc) {
  if (options_.watch.empty() || !options_.on_change) return nullptr;
  auto watcher = std::make_shared<Watcher>(
      ioc, std::chrono::milliseconds(options_.quiet_ms), options_.on_change);
  bool watching = false;
  for (const std::string& folder : options_.watch) {
    std::string error;
    if (watcher->Watch(folder, &error)) {
      watching = true;
    } else {
      err_ << "affiche: warning: cannot watch " << error
           << "; changes there will not show until a restart" << std::endl;
    }
  }
  if (!watching) return nullptr;
  watcher->Run();
  return watcher;
}

void Server::Impl::Stop() {
  std::lock_guard<std::mutex> lock(mutex_);
  stop_requested_ = true;
  if (ioc_) ioc_->stop();
}

unsigned short Server::Impl::WaitUntilListening() {
  std::unique_lock<std::mutex> lock(mutex_);
  phase_changed_.wait(lock, [this] { return phase_ != Phase::kStarting; });
  return phase_ == Phase::kListening ? port_ : 0;
}

void Server::Impl::SetPhase(Phase phase, unsigned short port) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    phase_ = phase;
    port_ = port;
  }
  phase_changed_.notify_all();
}

Server::Server(ServeOptions options, std::shared_ptr<const SharedFiles> site,
               SiteErrors errors)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(site),
                                   std::move(errors))) {}

Server::Server(ServeOptions options, const std::shared_ptr<const OutputSet>& site,
               SiteErrors errors)
    : Server(std::move(options), site ? ShareFiles(*site) : nullptr, std::move(errors)) {}

Server::~Server() = default;

int Server::Run() { return impl_->Run(); }

void Server::Stop() { impl_->Stop(); }

void Server::Publish(std::shared_ptr<const SharedFiles> site, SiteErrors errors) {
  impl_->Publish(std::move(site), std::move(errors));
}

void Server::Publish(const std::shared_ptr<const OutputSet>& site, SiteErrors errors) {
  Publish(site ? ShareFiles(*site) : nullptr, std::move(errors));
}

size_t Server::LiveReloadClients() const { return impl_->LiveReloadClients(); }

unsigned short Server::WaitUntilListening() { return impl_->WaitUntilListening(); }

}  // namespace affiche
