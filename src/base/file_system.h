// FileSystem: how the loader reads a source folder. The disk implementation is
// used by the command line; tests use the in-memory one.
#ifndef AFFICHE_BASE_FILE_SYSTEM_H_
#define AFFICHE_BASE_FILE_SYSTEM_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace affiche {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // Reads a whole file; on failure returns false and says why in *error.
  virtual bool ReadFile(const std::string& path, std::string* contents,
                        std::string* error) const = 0;
  virtual bool IsDirectory(const std::string& path) const = 0;
  virtual bool IsFile(const std::string& path) const = 0;
  // Names of the regular files directly in dir, sorted; empty if dir is absent.
  virtual std::vector<std::string> ListFiles(const std::string& dir) const = 0;
  // Names of the subfolders directly in dir, sorted.
  virtual std::vector<std::string> ListDirectories(const std::string& dir) const = 0;
};

// The disk. Confined to roots, it never reads anything that lies outside them
// once every symbolic link is followed: such a file is listed like any other
// (so that the loader names it) but reading it fails, and a link to a folder
// outside is not entered. Links that stay inside a root are fine.
class DiskFileSystem : public FileSystem {
 public:
  // Reads anything: for the output folder, which affiche wrote itself.
  DiskFileSystem() = default;
  // Reads only inside roots, except the files of `named`, which the user named
  // on the command line (such as --previous) and which are read wherever they are.
  DiskFileSystem(const std::vector<std::string>& roots, std::vector<std::string> named);

  bool ReadFile(const std::string& path, std::string* contents,
                std::string* error) const override;
  bool IsDirectory(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir) const override;
  std::vector<std::string> ListDirectories(const std::string& dir) const override;

 private:
  // Whether the real path of an existing path lies inside a root.
  bool Inside(const std::string& path) const;
  bool InsideRoots(const std::string& real_path) const;

  std::vector<std::string> roots_;  // real paths; none when not confined
  std::vector<std::string> named_;
};

// The largest file DiskFileSystem reads, in bytes (static files included).
constexpr long long kMaxFileBytes = 256LL << 20;

// Files held in memory, keyed by path ("a/b/c.md"); folders are implied.
class MemoryFileSystem : public FileSystem {
 public:
  void Add(const std::string& path, std::string contents) {
    files_[path] = std::move(contents);
  }
  bool ReadFile(const std::string& path, std::string* contents,
                std::string* error) const override;
  bool IsDirectory(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir) const override;
  std::vector<std::string> ListDirectories(const std::string& dir) const override;

 private:
  std::map<std::string, std::string> files_;
};

// Another FileSystem, noting what each file read held: the warm build's
// witness of what a build read (site/build_cache.h).
class HashingFileSystem : public FileSystem {
 public:
  explicit HashingFileSystem(const FileSystem& fs) : fs_(fs) {}
  bool ReadFile(const std::string& path, std::string* contents,
                std::string* error) const override;
  bool IsDirectory(const std::string& path) const override {
    return fs_.IsDirectory(path);
  }
  bool IsFile(const std::string& path) const override { return fs_.IsFile(path); }
  std::vector<std::string> ListFiles(const std::string& dir) const override {
    return fs_.ListFiles(dir);
  }
  std::vector<std::string> ListDirectories(const std::string& dir) const override {
    return fs_.ListDirectories(dir);
  }
  // Each path read (as given) with the Hash64 of its bytes; a read that
  // failed is not there.
  std::map<std::string, uint64_t> reads() const;

 private:
  const FileSystem& fs_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, uint64_t> reads_;
};

// The XXH3 hash of bytes: stable from one affiche binary to the next.
uint64_t Hash64(std::string_view bytes);
// Hash64 of the file at path, read a piece at a time; 0 when it cannot be read.
uint64_t Hash64OfFile(const std::string& path);

// "dir/name", without doubling or inventing slashes; "." as dir gives "name".
std::string JoinPath(const std::string& dir, const std::string& name);

}  // namespace affiche

#endif  // AFFICHE_BASE_FILE_SYSTEM_H_
