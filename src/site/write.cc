#include "site/write.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "base/parallel.h"

namespace fs = std::filesystem;

namespace affiche {

const char kOutputMarker[] = ".affiche-output";

namespace {

const char kMarkerText[] =
    "This folder is written by `affiche build` and replaced whole on each build: edit "
    "content/ and themes/ instead.\n";

std::string Reason(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

// Writes bytes to a new file at path below the folder dir_fd.
bool WriteNewFile(int dir_fd, const std::string& path, const std::string& bytes) {
  int fd = openat(dir_fd, path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0 && errno == EEXIST) {
    // Added twice: replace it, without writing through a link to the old site.
    if (unlinkat(dir_fd, path.c_str(), 0) != 0) return false;
    fd = openat(dir_fd, path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  }
  bool ok = fd >= 0;
  for (size_t done = 0; ok && done < bytes.size();) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    done += ok ? static_cast<size_t>(n) : 0;
  }
  int saved = errno;
  if (fd >= 0 && close(fd) != 0) ok = false;
  if (!ok && errno == 0) errno = saved;
  return ok;
}

// Removes the tree at root, its top-level folders on a few threads.
void RemoveTree(const fs::path& root) {
  std::error_code ec;
  std::vector<fs::path> children;
  for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec))
    children.push_back(it->path());
  ParallelFor(children.size(), [&](size_t begin, size_t end) {
    std::error_code ignored;
    for (size_t i = begin; i < end; ++i) fs::remove_all(children[i], ignored);
  });
  fs::remove_all(root, ec);
}

// Only a missing folder, an empty one, or one affiche wrote may be replaced.
bool MayReplace(const fs::path& out, std::string* error) {
  std::error_code ec;
  if (!fs::exists(out, ec)) return true;
  if (!fs::is_directory(out, ec)) {
    *error = out.string() + " exists and is not a folder; choose another --out";
    return false;
  }
  if (fs::is_empty(out, ec) || fs::exists(out / kOutputMarker, ec)) return true;
  *error = "refusing to replace " + out.string() +
           ": it is not empty and was not written by affiche; choose another --out";
  return false;
}

// Whether the folder dir_fd has a regular file at path with these bytes.
bool HoldsBytes(int dir_fd, const std::string& path, const std::string& bytes) {
  int fd = openat(dir_fd, path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return false;
  struct stat st;
  bool same = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
              static_cast<size_t>(st.st_size) == bytes.size();
  char buffer[1 << 16];
  for (size_t done = 0; same && done < bytes.size();) {
    ssize_t n = read(fd, buffer, std::min(sizeof buffer, bytes.size() - done));
    if (n < 0 && errno == EINTR) continue;
    same = n > 0 && std::memcmp(buffer, bytes.data() + done, static_cast<size_t>(n)) == 0;
    done += same ? static_cast<size_t>(n) : 0;
  }
  close(fd);
  return same;
}

// The folder at the relative path `folder` ("" for root_fd's own) below
// root_fd, reached without following any symbolic link and made if `create`;
// -1 when it cannot be.
int OpenBelow(int root_fd, const std::string& folder, bool create) {
  int fd = dup(root_fd);
  for (size_t begin = 0; fd >= 0 && begin < folder.size();) {
    size_t slash = folder.find('/', begin);
    if (slash == std::string::npos) slash = folder.size();
    std::string name = folder.substr(begin, slash - begin);
    if (create && mkdirat(fd, name.c_str(), 0755) != 0 && errno != EEXIST) name.clear();
    int next = name.empty() ? -1
                            : openat(fd, name.c_str(),
                                     O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    close(fd);
    fd = next;
    begin = slash + 1;
  }
  return fd;
}

// "a/b/c.html" as "a/b" and "c.html".
std::pair<std::string, std::string> SplitPath(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return {"", path};
  return {path.substr(0, slash), path.substr(slash + 1)};
}

const char kNewSuffix[] = ".affiche-new";

}  // namespace

SiteWriter::~SiteWriter() {
  if (staging_fd_ >= 0) close(staging_fd_);
  if (previous_fd_ >= 0) close(previous_fd_);
  // After a swap, staging holds the previous site; otherwise the unfinished one.
  if (!staging_.empty()) RemoveTree(staging_);
}

bool SiteWriter::Open(const std::string& out_dir, std::string* error) {
  std::error_code ec;
  fs::path out = fs::absolute(out_dir, ec).lexically_normal();
  if (out.filename().empty()) out = out.parent_path();  // "site-out/" -> "site-out"
  if (!MayReplace(out, error)) return false;
  out_ = out.string();
  fs::path parent = out.parent_path();
  fs::create_directories(parent, ec);
  fs::path staging =
      parent / ("." + out.filename().string() + ".new-" + std::to_string(getpid()));
  fs::remove_all(staging, ec);
  if (mkdir(staging.c_str(), 0755) != 0) {
    *error = Reason("cannot create", staging.string());
    return false;
  }
  staging_ = staging.string();
  staging_fd_ = open(staging_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (staging_fd_ < 0) {
    *error = Reason("cannot open", staging_);
    return false;
  }
  previous_fd_ = open(out_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  return true;
}

void SiteWriter::Fail(const std::string& why) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (error_.empty()) error_ = why;
}

// Makes the folders of path in staging, each once (two threads may both try:
// mkdir's EEXIST then says that it is there).
bool SiteWriter::MakeFolders(const std::string& path, std::string* error) {
  for (size_t slash = path.find('/'); slash != std::string::npos;
       slash = path.find('/', slash + 1)) {
    std::string folder = path.substr(0, slash);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (folders_.count(folder)) continue;
    }
    if (mkdirat(staging_fd_, folder.c_str(), 0755) != 0 && errno != EEXIST) {
      *error = Reason("cannot create", staging_ + "/" + folder);
      return false;
    }
    std::lock_guard<std::mutex> lock(mutex_);
    folders_.insert(folder);
  }
  return true;
}

// Whether the old output folder has a regular file at path with these bytes.
bool SiteWriter::SameAsBefore(const std::string& path, const std::string& bytes) const {
  return previous_fd_ >= 0 && HoldsBytes(previous_fd_, path, bytes);
}
void SiteWriter::Add(const std::string& path, const std::string& bytes) {
  std::string why;
  if (!MakeFolders(path, &why)) return Fail(why);
  if (SameAsBefore(path, bytes)) {
    // The old site is removed after the swap: the link keeps the file alive.
    int linked = linkat(previous_fd_, path.c_str(), staging_fd_, path.c_str(), 0);
    if (linked != 0 && errno == EEXIST && unlinkat(staging_fd_, path.c_str(), 0) == 0)
      linked = linkat(previous_fd_, path.c_str(), staging_fd_, path.c_str(),
                      0);  // added twice
    if (linked == 0) {
      ++kept_;
      return;
    }
  }
  if (!WriteNewFile(staging_fd_, path, bytes))
    Fail(Reason("cannot write", staging_ + "/" + path));
}

bool SiteWriter::Commit(std::string* error) {
  Add(kOutputMarker, kMarkerText);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!error_.empty()) {
      *error = error_;
      return false;
    }
  }
  if (previous_fd_ >= 0) {
    // Swap both names in one step: readers see the old site or the new one.
    if (renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) !=
        0) {
      *error = Reason("cannot replace", out_);
      return false;
    }
  } else if (rename(staging_.c_str(), out_.c_str()) != 0) {
    *error = Reason("cannot create", out_);
    return false;
  }
  return true;
}

FileStamp StampOf(const std::string& dir, const std::string& path) {
  struct stat st;
  if (fstatat(AT_FDCWD, (dir + "/" + path).c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
      !S_ISREG(st.st_mode))
    return {};
  return {static_cast<int64_t>(st.st_size),
          static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

FolderUpdate::FolderUpdate(const std::string& out_dir)
    : out_fd_(open(out_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
  if (out_fd_ < 0) error_ = Reason("cannot open", out_dir);
}

FolderUpdate::~FolderUpdate() {
  for (const std::string& path : renames_) {
    auto [folder, name] = SplitPath(path);
    int dir_fd = OpenBelow(out_fd_, folder, false);
    if (dir_fd >= 0) unlinkat(dir_fd, (name + kNewSuffix).c_str(), 0);
    if (dir_fd >= 0) close(dir_fd);
  }
  if (out_fd_ >= 0) close(out_fd_);
}

void FolderUpdate::Put(const std::string& path, const std::string& bytes) {
  if (out_fd_ < 0) return;
  auto [folder, name] = SplitPath(path);
  int dir_fd = OpenBelow(out_fd_, folder, true);
  bool ok = dir_fd >= 0;
  bool same = ok && HoldsBytes(dir_fd, name, bytes);
  if (ok && !same) ok = WriteNewFile(dir_fd, name + kNewSuffix, bytes);
  if (dir_fd >= 0) close(dir_fd);
  std::lock_guard<std::mutex> lock(mutex_);
  if (!ok && error_.empty()) error_ = Reason("cannot write", path);
  if (ok && !same) renames_.push_back(path);
}

bool FolderUpdate::Commit(const std::vector<std::string>& gone, std::string* error) {
  if (!error_.empty()) {
    *error = error_;
    return false;
  }
  for (const std::string& path : renames_) {
    auto [folder, name] = SplitPath(path);
    int dir_fd = OpenBelow(out_fd_, folder, false);
    if (dir_fd < 0 ||
        renameat(dir_fd, (name + kNewSuffix).c_str(), dir_fd, name.c_str()) != 0)
      error_ = Reason("cannot replace", path);
    if (dir_fd >= 0) close(dir_fd);
  }
  renames_.clear();
  for (const std::string& path : gone) {
    // The file, then each folder it leaves empty, deepest first.
    for (std::string left = path; !left.empty(); left = SplitPath(left).first) {
      auto [folder, name] = SplitPath(left);
      int dir_fd = OpenBelow(out_fd_, folder, false);
      bool removed = dir_fd >= 0 &&
                     unlinkat(dir_fd, name.c_str(), left == path ? 0 : AT_REMOVEDIR) == 0;
      if (dir_fd >= 0) close(dir_fd);
      if (!removed) break;
    }
  }
  *error = error_;
  return error_.empty();
}

}  // namespace affiche
