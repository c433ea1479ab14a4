// Server: the preview server of `affiche serve`. It serves a site built in
// memory over HTTP/1.1; a rebuild hands it the new site with Publish().
// This header is the only part of serve/ the rest of affiche includes; it
// pulls in no Boost.
#ifndef AFFICHE_SERVE_SERVER_H_
#define AFFICHE_SERVE_SERVER_H_

#include <iosfwd>
#include <memory>
#include <string>

#include "base/output_set.h"

namespace affiche {

struct ServeOptions {
  std::string host = "127.0.0.1";  // an IP address, or "localhost"
  unsigned short port = 8080;      // 0 = pick a free port
  int threads = 2;
  // Where the URL line and the error or warning lines go; null means
  // std::cout and std::cerr.
  std::ostream* out = nullptr;
  std::ostream* err = nullptr;
};

class Server {
 public:
  Server(ServeOptions options, std::shared_ptr<const OutputSet> site);
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

  // Serves `site` from now on; requests in flight finish with the previous
  // one. Callable from any thread.
  void Publish(std::shared_ptr<const OutputSet> site);

  // Blocks until Run() listens, then returns the bound port; returns 0 if
  // Run() failed to listen or has finished.
  unsigned short WaitUntilListening();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_SERVER_H_
