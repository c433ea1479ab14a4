// FileSystem: how the loader reads a source folder. The disk implementation is
// used by the command line; tests use the in-memory one.
#ifndef AFFICHE_BASE_FILE_SYSTEM_H_
#define AFFICHE_BASE_FILE_SYSTEM_H_

#include <map>
#include <string>
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

class DiskFileSystem : public FileSystem {
 public:
  bool ReadFile(const std::string& path, std::string* contents,
                std::string* error) const override;
  bool IsDirectory(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir) const override;
  std::vector<std::string> ListDirectories(const std::string& dir) const override;
};

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

// "dir/name", without doubling or inventing slashes; "." as dir gives "name".
std::string JoinPath(const std::string& dir, const std::string& name);

}  // namespace affiche

#endif  // AFFICHE_BASE_FILE_SYSTEM_H_
