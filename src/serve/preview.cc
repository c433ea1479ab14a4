#include "serve/preview.h"

#include <chrono>
#include <condition_variable>
#include <ctime>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "base/file_system.h"
#include "render/ics/ics.h"
#include "serve/inject.h"
#include "serve/rebuild.h"

namespace affiche {
namespace {

std::string Plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// What to serve before any build succeeded: a page saying so, everywhere.
std::shared_ptr<const SharedFiles> NoBuildYetSite() {
  OutputSet site;
  site.Add("index.html", NoBuildYetPage());
  site.Add("404.html", NoBuildYetPage());
  return ShareFiles(site);
}

// The feeds stamp changed events with the build's time: one time for every
// build of the session keeps a rebuild's feeds unchanged when their events are.
BuildOptions WithFixedTime(BuildOptions build) {
  if (build.now_utc.empty()) build.now_utc = IcsTimestamp(std::time(nullptr));
  return build;
}

}  // namespace

class Preview::Impl {
 public:
  Impl(BuildOptions build, ServeOptions serve);

  int Run();
  void Stop() { server_->Stop(); }
  unsigned short WaitUntilListening() { return server_->WaitUntilListening(); }
  size_t LiveReloadClients() const { return server_->LiveReloadClients(); }

 private:
  // Builds and publishes, then prints what happened: the first build's
  // diagnostics and counts, or one line per rebuild.
  // paths: those changed since the last build (empty: any may have).
  void BuildAndPublish(bool first, const std::vector<std::string>& paths = {});
  // Called by the watcher on a server thread with the paths that changed
  // (none: it lost count): wakes the worker.
  void OnChange(const std::vector<std::string>& paths);
  // The worker thread: one rebuild per wake-up; changes made during a
  // rebuild are picked up by the next one.
  void Work();

  DiskFileSystem fs_;
  Rebuilder rebuilder_;
  std::ostream& out_;
  std::ostream& err_;
  std::unique_ptr<Server> server_;

  std::mutex mutex_;
  std::condition_variable wake_;
  bool rebuild_requested_ = false;
  // The paths changed since the worker last took them; all: any may have.
  std::vector<std::string> changed_paths_;
  bool all_changed_ = false;
  bool rebuilding_ = false;
  bool stopping_ = false;
  // The worker and Run() both print once the server runs.
  std::mutex print_mutex_;
};

Preview::Impl::Impl(BuildOptions build, ServeOptions serve)
    : fs_(SourceFileSystem(build)),
      rebuilder_(fs_, WithFixedTime(build)),
      out_(serve.out ? *serve.out : std::cout),
      err_(serve.err ? *serve.err : std::cerr) {
  serve.live_reload = true;
  serve.watch.clear();
  for (const char* folder : {"content", "themes"}) {
    std::string path = JoinPath(build.source_dir, folder);
    if (fs_.IsDirectory(path)) serve.watch.push_back(path);
  }
  serve.on_change = [this](const std::vector<std::string>& paths) { OnChange(paths); };
  server_ =
      std::make_unique<Server>(std::move(serve), std::shared_ptr<const SharedFiles>());
}

int Preview::Impl::Run() {
  BuildAndPublish(true);
  std::thread worker([this] { Work(); });
  int status = server_->Run();
  bool rebuilding;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    rebuilding = rebuilding_;
  }
  wake_.notify_one();
  if (rebuilding) {
    // A rebuild cannot be cut short. The server no longer handles signals:
    // another Ctrl-C ends the process at once.
    std::lock_guard<std::mutex> lock(print_mutex_);
    err_ << "affiche: stopping once the rebuild in progress is done" << std::endl;
  }
  worker.join();
  return status;
}

void Preview::Impl::OnChange(const std::vector<std::string>& paths) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    rebuild_requested_ = true;
    if (paths.empty()) all_changed_ = true;
    changed_paths_.insert(changed_paths_.end(), paths.begin(), paths.end());
  }
  wake_.notify_one();
}

void Preview::Impl::Work() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return rebuild_requested_ || stopping_; });
    if (stopping_) return;
    rebuild_requested_ = false;
    rebuilding_ = true;
    std::vector<std::string> paths;
    if (!all_changed_) paths.swap(changed_paths_);
    changed_paths_.clear();
    all_changed_ = false;
    lock.unlock();
    BuildAndPublish(false, paths);
    lock.lock();
    rebuilding_ = false;
  }
}

void Preview::Impl::BuildAndPublish(bool first, const std::vector<std::string>& paths) {
  auto started = std::chrono::steady_clock::now();
  RebuildResult build = rebuilder_.Build(&paths);
  if (build.ok) {
    server_->Publish(build.site);
  } else {
    server_->Publish(build.site ? build.site : NoBuildYetSite(),
                     {build.error_count, build.errors});
  }
  long ms = static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                  std::chrono::steady_clock::now() - started)
                                  .count());
  std::lock_guard<std::mutex> lock(print_mutex_);

  if (first) {
    // As `affiche check` would print them, warnings included.
    err_ << build.diagnostics;
    if (build.ok) {
      out_ << "Built " << Plural(build.stats.events, "event") << " and "
           << Plural(build.stats.pages, "page") << " in " << ms << " ms" << std::endl;
    } else {
      err_ << "affiche: " << Plural(build.error_count, "error")
           << "; the preview shows the errors until a build succeeds" << std::endl;
    }
    return;
  }
  if (build.ok) {
    out_ << "Rebuilt in " << ms << " ms — " << Plural(build.changed_files, "page")
         << " changed" << std::endl;
  } else {
    err_ << build.errors << "affiche: " << Plural(build.error_count, "error") << " in "
         << ms << " ms; "
         << (build.site ? "the preview shows the last good build with the errors over it"
                        : "the preview shows the errors until a build succeeds")
         << std::endl;
  }
}

Preview::Preview(BuildOptions build, ServeOptions serve)
    : impl_(std::make_unique<Impl>(std::move(build), std::move(serve))) {}

Preview::~Preview() = default;

int Preview::Run() { return impl_->Run(); }

void Preview::Stop() { impl_->Stop(); }

unsigned short Preview::WaitUntilListening() { return impl_->WaitUntilListening(); }

size_t Preview::LiveReloadClients() const { return impl_->LiveReloadClients(); }

}  // namespace affiche
