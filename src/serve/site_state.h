// SiteState: the built site the preview server currently serves. A rebuild
// publishes a new OutputSet; requests already in flight finish with the old one.
#ifndef AFFICHE_SERVE_SITE_STATE_H_
#define AFFICHE_SERVE_SITE_STATE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/output_set.h"

namespace affiche {

// A built site whose files share their bytes: what the preview serves, and
// what an incremental rebuild copies at little cost (the files it did not
// render again keep their bytes).
using SharedFiles = std::map<std::string, std::shared_ptr<const std::string>>;
// site's files, copied once into shared bytes.
std::shared_ptr<const SharedFiles> ShareFiles(const OutputSet& site);

// Bytes to send, shared rather than copied: a file of the published site
// and, for its HTML pages in serve mode, an addition spliced in at insert_at.
struct SharedBytes {
  std::shared_ptr<const std::string> bytes;
  std::shared_ptr<const std::string> addition;  // null: nothing to add
  size_t insert_at = 0;

  std::uint64_t size() const {
    return (bytes ? bytes->size() : 0) + (addition ? addition->size() : 0);
  }
  // The bytes as sent, in one string (for tests).
  std::string ToString() const;
};

// One file as the server sends it.
struct ServedFile {
  SharedBytes body;
  std::string etag;  // quoted, e.g. "\"1a2b-00ff00ff00ff00ff\""
  const char* content_type;
};

// An immutable view of one build: files by site-relative path, with their
// ETags computed once when the build is published.
class SiteSnapshot {
 public:
  // html_addition goes into every HTML page (see inject.h); empty adds nothing.
  // The files previous serves with the same bytes keep their ETag, computed once.
  explicit SiteSnapshot(std::shared_ptr<const SharedFiles> files,
                        std::string html_addition = "",
                        const SiteSnapshot* previous = nullptr);
  explicit SiteSnapshot(const std::shared_ptr<const OutputSet>& files,
                        std::string html_addition = "");

  // The file at a site-relative path ("events/x/index.html"), or null.
  const ServedFile* Find(std::string_view path) const;

  // Names what the snapshot serves, paths, bytes and addition: two snapshots
  // with the same version serve the same.
  const std::string& version() const { return version_; }

 private:
  std::shared_ptr<const SharedFiles> files_;
  std::shared_ptr<const std::string> html_addition_;
  // Keys point into files_'s own path strings, which live as long as files_.
  std::unordered_map<std::string_view, ServedFile> index_;
  std::string version_;
};

// Holds the current snapshot; Publish() and Current() may be called from any
// thread.
class SiteState {
 public:
  explicit SiteState(std::shared_ptr<const SharedFiles> files,
                     std::string html_addition = "");

  // Swaps in a new build. The snapshot is prepared before the lock is taken.
  // Returns the new snapshot's version when it differs from the previous
  // one's, else an empty string.
  std::string Publish(std::shared_ptr<const SharedFiles> files,
                      std::string html_addition = "");

  std::shared_ptr<const SiteSnapshot> Current() const;

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const SiteSnapshot> current_;
};

// The quoted ETag for some bytes, with an addition spliced in: their total
// size and a 64-bit hash, in hex.
std::string ETagOf(std::string_view bytes, std::string_view addition = {});

}  // namespace affiche

#endif  // AFFICHE_SERVE_SITE_STATE_H_
