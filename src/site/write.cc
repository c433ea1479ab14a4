#include "site/write.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <vector>

#include "base/parallel.h"

namespace fs = std::filesystem;

namespace affiche {

const char kOutputMarker[] = ".affiche-output";

namespace {

// Writes bytes to a new file at path, whose folder exists.
bool WriteFile(const fs::path& path, const std::string& bytes, std::string* error) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  bool ok = fd >= 0;
  for (size_t done = 0; ok && done < bytes.size();) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    done += ok ? static_cast<size_t>(n) : 0;
  }
  if (fd >= 0 && close(fd) != 0) ok = false;
  if (!ok) *error = "cannot write " + path.string() + ": " + std::strerror(errno);
  return ok;
}

// Writes every file of site below root: the folders first, each once, then
// the files on a few threads (a site of 10,000 events has 30,000 files).
bool WriteTree(const OutputSet& site, const fs::path& root, std::string* error) {
  std::set<std::string> folders;
  for (const auto& [path, bytes] : site.files())
    for (size_t slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', slash + 1))
      folders.insert(path.substr(0, slash));
  std::error_code ec;
  fs::create_directories(root, ec);
  for (const std::string& folder : folders)  // sorted: parents come first
    if (mkdir((root / folder).c_str(), 0755) != 0 && errno != EEXIST) {
      *error = "cannot create " + (root / folder).string() + ": " + std::strerror(errno);
      return false;
    }
  std::vector<const std::pair<const std::string, std::string>*> files;
  for (const auto& file : site.files()) files.push_back(&file);
  std::mutex mutex;
  bool ok = true;
  ParallelFor(files.size(), [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      std::string why;
      if (WriteFile(root / files[i]->first, files[i]->second, &why)) continue;
      std::lock_guard<std::mutex> lock(mutex);
      if (ok) *error = why;
      ok = false;
      return;
    }
  });
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

}  // namespace

bool WriteSite(const OutputSet& site, const std::string& out_dir, std::string* error) {
  std::error_code ec;
  fs::path out = fs::absolute(out_dir, ec).lexically_normal();
  if (out.filename().empty()) out = out.parent_path();  // "site-out/" -> "site-out"
  if (!MayReplace(out, error)) return false;

  fs::path parent = out.parent_path();
  fs::create_directories(parent, ec);
  fs::path staging =
      parent / ("." + out.filename().string() + ".new-" + std::to_string(getpid()));
  fs::remove_all(staging, ec);

  bool ok = WriteTree(site, staging, error) &&
            WriteFile(staging / kOutputMarker,
                      "This folder is written by `affiche build` and replaced whole on "
                      "each build: edit content/ and themes/ instead.\n",
                      error);

  if (ok) {
    if (fs::exists(out, ec)) {
      // Swap both names in one step: readers see the old site or the new one.
      if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) != 0) {
        *error = "cannot replace " + out.string() + ": " + std::strerror(errno);
        ok = false;
      }
    } else if (rename(staging.c_str(), out.c_str()) != 0) {
      *error = "cannot create " + out.string() + ": " + std::strerror(errno);
      ok = false;
    }
  }
  // After a swap, staging holds the previous site; after a failure, the partial one.
  RemoveTree(staging);
  return ok;
}

}  // namespace affiche
