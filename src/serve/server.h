// Server: the preview server of `affiche serve`. It serves a site built in
// memory over HTTP/1.1; a rebuild hands it the new site with Publish(), and
// with live reload on, the browsers showing it reload. It can also watch
// folders and say when they changed. Pulls in no Boost (Preview, in
// preview.h, runs it for a source folder).
#ifndef AFFICHE_SERVE_SERVER_H_
#define AFFICHE_SERVE_SERVER_H_

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "base/output_set.h"
#include "serve/site_state.h"

namespace affiche {

struct ServeOptions {
  std::string host = "127.0.0.1";  // an IP address, or "localhost"
  unsigned short port = 8080;      // 0 = pick a free port
  int threads = 2;
  // A client that sends or reads nothing for this long is dropped.
  int idle_timeout_ms = 30000;
  // Where the URL line and the error or warning lines go; null means
  // std::cout and std::cerr.
  std::ostream* out = nullptr;
  std::ostream* err = nullptr;

  // Live reload: HTML pages get a script that reloads them when a build that
  // changes anything is published, told over a WebSocket at
  // /__affiche/livereload on the same port.
  bool live_reload = false;
  // Folders to watch while serving, with every folder below them (now and
  // later). Once files below them changed and then stayed quiet for
  // quiet_ms, on_change is called with their paths (empty: events were
  // lost, anything may have changed) on a server thread: it must return
  // quickly.
  std::vector<std::string> watch;
  int quiet_ms = 50;
  std::function<void(const std::vector<std::string>& paths)> on_change;
};

// The errors of a failed build, shown over the pages of the last good one.
struct SiteErrors {
  int count = 0;     // none: no overlay
  std::string text;  // as `affiche check` prints them
};

class Server {
 public:
  Server(ServeOptions options, std::shared_ptr<const SharedFiles> site,
         SiteErrors errors = {});
  Server(ServeOptions options, const std::shared_ptr<const OutputSet>& site,
         SiteErrors errors = {});
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Serves until SIGINT/SIGTERM or Stop(); call it once. Prints
  // "Serving http://127.0.0.1:8080/ — press Ctrl-C to stop" once listening
  // (with the real port when 0 was asked), and a warning line first when the
  // host is not loopback. Returns the exit status: 0 after a clean stop; 1,
  // with one line on the error stream, when it cannot listen
  // ("affiche: error: port 8080 is already in use; try --port 8081 or --port 0").
  int Run();

  // Makes Run() return 0 soon; callable from any thread, before or during Run().
  void Stop();

  // Serves `site` from now on, with an overlay of `errors` on its HTML pages
  // when there are some; requests in flight finish with the previous one.
  // With live reload, browsers reload when anything served changed. Callable
  // from any thread.
  void Publish(std::shared_ptr<const SharedFiles> site, SiteErrors errors = {});
  void Publish(const std::shared_ptr<const OutputSet>& site, SiteErrors errors = {});

  // The number of browser tabs connected for live reload.
  size_t LiveReloadClients() const;

  // Blocks until Run() listens, then returns the bound port; returns 0 if
  // Run() failed to listen or has finished.
  unsigned short WaitUntilListening();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_SERVER_H_
