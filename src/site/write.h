// Writes a built site to disk, replacing the output folder whole or not at all,
// and keeping the files whose bytes did not change as they were.
#ifndef AFFICHE_SITE_WRITE_H_
#define AFFICHE_SITE_WRITE_H_

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace affiche {

// The file affiche leaves in every output folder it writes; a non-empty folder
// without it is never replaced.
extern const char kOutputMarker[];

// Writes a site, file by file as the renderers make them, into a sibling
// folder of the output folder, then swaps it in place of the output folder
// (atomically when it exists) and removes the old copy. A file whose bytes are
// those of the same path in the old output folder is hard-linked from it, so
// that it keeps its inode and modification time: `rsync -a` sends only what
// changed. Nothing outside the output folder and that sibling is touched.
class SiteWriter {
 public:
  SiteWriter() = default;
  SiteWriter(const SiteWriter&) = delete;
  SiteWriter& operator=(const SiteWriter&) = delete;
  // Removes the sibling folder: the old site after Commit(), else the new one.
  ~SiteWriter();

  // Checks that out_dir may be replaced (it is missing, empty or written by
  // affiche) and creates the sibling folder. False with a one-line reason.
  bool Open(const std::string& out_dir, std::string* error);

  // Writes the file at path ("events/x/index.html"), its folders first, or
  // replaces it. Safe to call from several threads; a failure is reported by
  // Commit().
  void Add(const std::string& path, const std::string& bytes);

  // Swaps the written site in and removes the old one. On failure (here or in
  // an Add), returns false with a one-line reason and out_dir is as it was.
  bool Commit(std::string* error);

  // The sibling folder being written (for the search indexer, before Commit()).
  const std::string& staging_dir() const { return staging_; }

  // How many files Add() kept from the old output folder.
  size_t kept() const { return kept_; }

 private:
  bool MakeFolders(const std::string& path, std::string* error);
  bool SameAsBefore(const std::string& path, const std::string& bytes) const;
  void Fail(const std::string& why);

  std::string out_, staging_;
  int staging_fd_ = -1;   // the sibling folder being written
  int previous_fd_ = -1;  // the old output folder, when there is one
  std::mutex mutex_;
  std::unordered_set<std::string> folders_;  // made in staging
  std::string error_;                        // the first failure
  std::atomic<size_t> kept_{0};
};

// The size and modification time (in nanoseconds) of the regular file at
// path below dir, or -1 and -1 when there is none.
struct FileStamp {
  int64_t size = -1;
  int64_t mtime_ns = -1;
  bool operator==(const FileStamp& o) const {
    return size == o.size && mtime_ns == o.mtime_ns;
  }
};
FileStamp StampOf(const std::string& dir, const std::string& path);

// Updates an output folder that affiche wrote, in place, for a warm build:
// each new file is first written beside the one it replaces, and only once
// every one is written are they renamed over the old ones (each reader sees
// one file whole, old or new). A file whose bytes did not change is left as
// it was. Until Commit(), the folder is as it was.
class FolderUpdate {
 public:
  explicit FolderUpdate(const std::string& out_dir);
  FolderUpdate(const FolderUpdate&) = delete;
  FolderUpdate& operator=(const FolderUpdate&) = delete;
  // Removes the new files not renamed into place.
  ~FolderUpdate();

  // Sets path's bytes (a file of the folder or a new one), never through a
  // symbolic link. From any thread; a failure is reported by Commit().
  void Put(const std::string& path, const std::string& bytes);

  // Renames the new files into place, then removes the files of `gone` (paths
  // in the folder) and the folders they leave empty. False with a one-line reason, and
  // the folder as it was, when a Put() failed.
  bool Commit(const std::vector<std::string>& gone, std::string* error);

  // How many files Put() changed.
  size_t written() const { return renames_.size(); }

 private:
  int out_fd_ = -1;
  std::mutex mutex_;
  std::vector<std::string> renames_;  // paths whose new bytes lie beside them
  std::string error_;                 // the first failure
};

}  // namespace affiche

#endif  // AFFICHE_SITE_WRITE_H_
