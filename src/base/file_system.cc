#include "base/file_system.h"

#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace affiche {

uint64_t Hash64(std::string_view bytes) {
  return XXH3_64bits(bytes.data(), bytes.size());
}

uint64_t Hash64OfFile(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  std::vector<char> buffer(1 << 20);
  ssize_t n;
  while ((n = read(fd, buffer.data(), buffer.size())) > 0)
    XXH3_64bits_update(state, buffer.data(), static_cast<size_t>(n));
  uint64_t hash = n < 0 ? 0 : XXH3_64bits_digest(state);
  XXH3_freeState(state);
  close(fd);
  return hash;
}

bool HashingFileSystem::ReadFile(const std::string& path, std::string* contents,
                                 std::string* error) const {
  if (!fs_.ReadFile(path, contents, error)) return false;
  uint64_t hash = Hash64(*contents);
  std::lock_guard<std::mutex> lock(mutex_);
  reads_[path] = hash;
  return true;
}

std::map<std::string, uint64_t> HashingFileSystem::reads() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return reads_;
}

std::string JoinPath(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

DiskFileSystem::DiskFileSystem(const std::vector<std::string>& roots,
                               std::vector<std::string> named)
    : named_(std::move(named)) {
  for (const std::string& root : roots) {
    std::error_code ec;
    fs::path real = fs::weakly_canonical(fs::absolute(root.empty() ? "." : root, ec), ec);
    roots_.push_back(real.empty() ? "/" : real.string());
  }
  if (roots_.empty()) roots_.push_back("/");
}

bool DiskFileSystem::Inside(const std::string& path) const {
  if (roots_.empty()) return true;
  char* resolved = realpath(path.c_str(), nullptr);
  if (!resolved) return true;  // absent: reading it fails anyway
  std::string real = resolved;
  free(resolved);
  return InsideRoots(real);
}

bool DiskFileSystem::InsideRoots(const std::string& real) const {
  for (const std::string& root : roots_)
    if (root == "/" || real == root || real.compare(0, root.size() + 1, root + "/") == 0)
      return true;
  return roots_.empty();
}

namespace {

const char kOutside[] =
    "it leads outside the source folder (through a symbolic link), and affiche reads "
    "nothing outside it";

// The real path of an open file, as the kernel knows it.
std::string RealPathOf(int fd) {
  std::error_code ec;
  return fs::read_symlink("/proc/self/fd/" + std::to_string(fd), ec).string();
}

}  // namespace

bool DiskFileSystem::ReadFile(const std::string& path, std::string* contents,
                              std::string* error) const {
  // Open first, then check what was opened: a link swapped in between
  // cannot lead elsewhere. O_NONBLOCK: a FIFO does not hang the build.
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  struct stat st;
  bool named = std::find(named_.begin(), named_.end(), path) != named_.end();
  if (fstat(fd, &st) != 0) {
    *error = std::strerror(errno);
  } else if (!named && !InsideRoots(RealPathOf(fd))) {
    *error = kOutside;
  } else if (!S_ISREG(st.st_mode)) {
    *error = "not a regular file";
  } else if (st.st_size > kMaxFileBytes) {
    *error = "the file is larger than " + std::to_string(kMaxFileBytes >> 20) + " MB";
  } else {
    error->clear();
  }
  if (!error->empty()) {
    close(fd);
    return false;
  }
  std::string bytes;
  char buffer[65536];
  while (true) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n < 0) *error = std::strerror(errno);
      break;
    }
    if (bytes.size() + static_cast<size_t>(n) > static_cast<size_t>(kMaxFileBytes)) {
      *error = "the file is larger than " + std::to_string(kMaxFileBytes >> 20) + " MB";
      break;
    }
    bytes.append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  if (!error->empty()) return false;
  *contents = std::move(bytes);
  return true;
}

bool DiskFileSystem::IsDirectory(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec) && Inside(path);
}

bool DiskFileSystem::IsFile(const std::string& path) const {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return true;
  return fs::exists(path, ec) &&
         !Inside(path);  // listed, so that reading it says why not
}

std::vector<std::string> DiskFileSystem::ListFiles(const std::string& dir) const {
  std::vector<std::string> names;
  if (!Inside(dir)) return names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (IsFile(it->path().string())) names.push_back(it->path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> DiskFileSystem::ListDirectories(const std::string& dir) const {
  std::vector<std::string> names;
  if (!Inside(dir)) return names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (IsDirectory(it->path().string())) names.push_back(it->path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

bool MemoryFileSystem::ReadFile(const std::string& path, std::string* contents,
                                std::string* error) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    *error = "No such file or directory";
    return false;
  }
  *contents = it->second;
  return true;
}

bool MemoryFileSystem::IsFile(const std::string& path) const {
  return files_.count(path) > 0;
}

bool MemoryFileSystem::IsDirectory(const std::string& path) const {
  std::string prefix = JoinPath(path, "");
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

namespace {
// The next path component under dir of every file below it.
std::set<std::string> Children(const std::map<std::string, std::string>& files,
                               const std::string& dir, bool want_dirs) {
  std::string prefix = JoinPath(dir, "");
  std::set<std::string> names;
  for (auto it = files.lower_bound(prefix);
       it != files.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    std::string rest = it->first.substr(prefix.size());
    size_t slash = rest.find('/');
    if ((slash != std::string::npos) == want_dirs)
      names.insert(want_dirs ? rest.substr(0, slash) : rest);
  }
  return names;
}
}  // namespace

std::vector<std::string> MemoryFileSystem::ListFiles(const std::string& dir) const {
  auto names = Children(files_, dir, false);
  return {names.begin(), names.end()};
}

std::vector<std::string> MemoryFileSystem::ListDirectories(const std::string& dir) const {
  auto names = Children(files_, dir, true);
  return {names.begin(), names.end()};
}

}  // namespace affiche
