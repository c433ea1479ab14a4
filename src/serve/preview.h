// Preview: `affiche serve` for a source folder. Builds the site in memory and
// serves it; watches content/ and themes/ and, after each change, rebuilds on
// a worker thread, publishes the new site and has the browsers reload. While
// the source has errors, it keeps serving the last good build with the errors
// shown over every page (or a page saying there is no good build yet).
// Pulls in no Boost.
#ifndef AFFICHE_SERVE_PREVIEW_H_
#define AFFICHE_SERVE_PREVIEW_H_

#include <memory>

#include "serve/server.h"
#include "site/build.h"

namespace affiche {

class Preview {
 public:
  // serve's live_reload, watch and on_change are Preview's to set.
  Preview(BuildOptions build, ServeOptions serve);
  ~Preview();
  Preview(const Preview&) = delete;
  Preview& operator=(const Preview&) = delete;

  // Builds, then serves until SIGINT/SIGTERM or Stop(); prints the build's
  // diagnostics, the URL, and one line per rebuild ("Rebuilt in 12 ms — 4
  // pages changed"). Returns Server::Run()'s status.
  int Run();

  // As Server's; callable from any thread.
  void Stop();
  unsigned short WaitUntilListening();
  // The number of browser tabs connected for live reload.
  size_t LiveReloadClients() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace affiche

#endif  // AFFICHE_SERVE_PREVIEW_H_
