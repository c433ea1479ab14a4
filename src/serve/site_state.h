// SiteState: the built site the preview server currently serves. A rebuild
// publishes a new OutputSet; requests already in flight finish with the old one.
#ifndef AFFICHE_SERVE_SITE_STATE_H_
#define AFFICHE_SERVE_SITE_STATE_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/output_set.h"

namespace affiche {

// One file as the server sends it. `bytes` shares ownership of the OutputSet.
struct ServedFile {
  std::shared_ptr<const std::string> bytes;
  std::string etag;  // quoted, e.g. "\"1a2b-00ff00ff00ff00ff\""
  const char* content_type;
};

// An immutable view of one build: files by site-relative path, with their
// ETags computed once when the build is published.
class SiteSnapshot {
 public:
  explicit SiteSnapshot(std::shared_ptr<const OutputSet> files);

  // The file at a site-relative path ("events/x/index.html"), or null.
  const ServedFile* Find(std::string_view path) const;

 private:
  std::shared_ptr<const OutputSet> files_;
  // Keys point into files_'s own path strings, which live as long as files_.
  std::unordered_map<std::string_view, ServedFile> index_;
};

// Holds the current snapshot; Publish() and Current() may be called from any
// thread.
class SiteState {
 public:
  explicit SiteState(std::shared_ptr<const OutputSet> files);

  // Swaps in a new build. The snapshot is prepared before the lock is taken.
  void Publish(std::shared_ptr<const OutputSet> files);

  std::shared_ptr<const SiteSnapshot> Current() const;

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const SiteSnapshot> current_;
};

// The quoted ETag for some bytes: their size and a 64-bit hash, in hex.
std::string ETagOf(std::string_view bytes);

}  // namespace affiche

#endif  // AFFICHE_SERVE_SITE_STATE_H_
