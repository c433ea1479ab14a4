#include "base/file_system.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace affiche {

std::string JoinPath(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

bool DiskFileSystem::ReadFile(const std::string& path, std::string* contents,
                              std::string* error) const {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    *error = "read error";
    return false;
  }
  *contents = buffer.str();
  return true;
}

bool DiskFileSystem::IsDirectory(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

bool DiskFileSystem::IsFile(const std::string& path) const {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

namespace {
std::vector<std::string> ListDisk(const std::string& dir, bool want_dirs) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    bool is_dir = it->is_directory(ec);
    if (is_dir == want_dirs && (is_dir || it->is_regular_file(ec)))
      names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}
}  // namespace

std::vector<std::string> DiskFileSystem::ListFiles(const std::string& dir) const {
  return ListDisk(dir, false);
}

std::vector<std::string> DiskFileSystem::ListDirectories(const std::string& dir) const {
  return ListDisk(dir, true);
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
