#include "serve/inotify.h"

#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "base/strings.h"

namespace affiche {
namespace {

// What a folder's watch reports: files written and closed, moved in or out,
// created (folders, links) or deleted, and the folder itself going away.
constexpr uint32_t kMask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE |
                           IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

}  // namespace

bool IsEditorScratchFile(const std::string& name) {
  if (name.empty()) return false;
  // vim: swap files .x.md.swp, .swo, ..., and the file it writes to test a folder.
  if (name == "4913") return true;
  if (name[0] == '.' && name.size() > 4 && name.compare(name.size() - 4, 3, ".sw") == 0)
    return true;
  // emacs: lock links .#x.md and auto-save files #x.md#.
  if (StartsWith(name, ".#")) return true;
  if (name.size() > 1 && name.front() == '#' && name.back() == '#') return true;
  // Backups (x.md~), gedit's and JetBrains' temporary files.
  return EndsWith(name, "~") || StartsWith(name, ".goutputstream-") ||
         EndsWith(name, "___jb_tmp___") || EndsWith(name, "___jb_old___");
}

Inotify::Inotify() {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) error_ = std::strerror(errno);
}

Inotify::~Inotify() {
  if (fd_ >= 0) close(fd_);
}

bool Inotify::WatchTree(const std::string& root, std::string* error) {
  if (fd_ < 0) {
    *error = error_;
    return false;
  }
  if (!AddWatches(root, error)) return false;
  roots_.push_back(root);
  return true;
}

bool Inotify::AddWatches(const std::string& folder, std::string* error) {
  int wd = inotify_add_watch(fd_, folder.c_str(), kMask);
  if (wd < 0) {
    // ENOSPC here means fs.inotify.max_user_watches is used up.
    if (error) *error = folder + ": " + std::strerror(errno);
    return false;
  }
  folders_[wd] = folder;
  // The subfolders, including any created while this one was being added
  // (their creation event names them too; watching twice is harmless).
  std::error_code ec;
  for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end;
       it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_directory(type_ec) && !it->is_symlink(type_ec))
      AddWatches(it->path().string(), nullptr);
  }
  return true;
}

void Inotify::WatchRootsAgain() {
  for (const auto& [wd, folder] : folders_) inotify_rm_watch(fd_, wd);
  folders_.clear();
  for (const std::string& root : roots_) AddWatches(root, nullptr);
}

void Inotify::Decode(const char* data, size_t size, Changes* changes) {
  bool watch_again = false;
  for (size_t at = 0; at + sizeof(inotify_event) <= size;) {
    inotify_event event;
    std::memcpy(&event, data + at, sizeof event);
    std::string name(event.len ? data + at + sizeof event : "");
    name.resize(std::strlen(name.c_str()));  // the kernel pads the name with NULs
    at += sizeof event + event.len;

    // The kernel's queue was full and events were lost.
    if (event.mask & IN_Q_OVERFLOW) {
      changes->overflow = true;
      watch_again = true;
      continue;
    }
    // A watch that ended (its folder was deleted or moved away).
    if (event.mask & IN_IGNORED) {
      folders_.erase(event.wd);
      continue;
    }
    auto folder = folders_.find(event.wd);
    if (folder == folders_.end()) continue;  // a watch already dropped
    if (event.mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
      changes->paths.insert(folder->second);
      continue;
    }
    if (IsEditorScratchFile(name)) continue;
    std::string path = folder->second + "/" + name;
    changes->paths.insert(path);

    if (event.mask & IN_ISDIR) {
      // A new folder is watched at once; files already in it are read by the
      // rebuild that this change starts.
      if (event.mask & (IN_CREATE | IN_MOVED_TO)) AddWatches(path, nullptr);
      // The watches of a folder moved away would keep their old paths.
      if (event.mask & IN_MOVED_FROM) watch_again = true;
    }
  }
  if (watch_again) WatchRootsAgain();
}

}  // namespace affiche
