// Inotify: an inotify instance that watches whole folder trees, and turns the
// events read from it into the paths that changed. inotify watches one folder
// at a time: a folder created or moved into a tree is watched as soon as its
// event is decoded.
#ifndef AFFICHE_SERVE_INOTIFY_H_
#define AFFICHE_SERVE_INOTIFY_H_

#include <cstddef>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace affiche {

class Inotify {
 public:
  // What some events meant.
  struct Changes {
    std::set<std::string> paths;  // files and folders created, written, moved or deleted
    bool overflow = false;        // events were lost: anything may have changed

    bool empty() const { return paths.empty() && !overflow; }
  };

  // Opens the instance (non-blocking, close-on-exec); see error().
  Inotify();
  ~Inotify();
  Inotify(const Inotify&) = delete;
  Inotify& operator=(const Inotify&) = delete;

  // The descriptor to read events from, -1 if the instance could not be opened.
  int fd() const { return fd_; }
  // Why the instance could not be opened, or "".
  const std::string& error() const { return error_; }

  // Watches root and every folder below it, now and later. Returns false and
  // sets *error when root itself cannot be watched.
  bool WatchTree(const std::string& root, std::string* error);

  // Decodes the events in data (whole events, as read from fd()) into
  // *changes, watching new folders on the way.
  void Decode(const char* data, size_t size, Changes* changes);

  // The number of folders watched.
  size_t size() const { return folders_.size(); }

 private:
  // Adds a watch on folder and those below it; false if folder itself failed.
  bool AddWatches(const std::string& folder, std::string* error);
  // Drops every watch and watches the roots again: after lost events or a
  // moved folder, whose watches would otherwise keep its old path.
  void WatchRootsAgain();

  int fd_ = -1;
  std::string error_;
  std::vector<std::string> roots_;
  std::unordered_map<int, std::string> folders_;  // watch descriptor -> folder
};

// True for the scratch files editors write next to the file being edited
// (vim's .x.md.swp and 4913, emacs's .#x.md and #x.md#, backups ending in ~):
// they never change the site, so they do not trigger a rebuild.
bool IsEditorScratchFile(const std::string& name);

}  // namespace affiche

#endif  // AFFICHE_SERVE_INOTIFY_H_
