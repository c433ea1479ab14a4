// OutputSet: a whole built site in memory, site-relative path -> bytes. The
// renderers fill it; `build` writes it to disk, `serve` serves it.
#ifndef AFFICHE_BASE_OUTPUT_SET_H_
#define AFFICHE_BASE_OUTPUT_SET_H_

#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>

namespace affiche {

class OutputSet {
 public:
  // Where a set that keeps no bytes sends each file (from the renderers' threads).
  using Sink = std::function<void(const std::string& path, const std::string& bytes)>;

  OutputSet() = default;
  // A set that hands each file to sink as it is added and keeps only its path:
  // `build` writes the files as they come instead of holding the whole site
  // (500 MB at 10,000 events). files() and Find() then see nothing.
  explicit OutputSet(Sink sink) : sink_(std::move(sink)) {}

  // Adds or replaces the file at path ("events/x/index.html"; no leading '/').
  // Safe to call from several threads.
  void Add(const std::string& path, std::string bytes);

  const std::string* Find(const std::string& path) const;
  const std::map<std::string, std::string>& files() const { return files_; }
  // How many files were added (each path counted once).
  size_t size() const { return files_.size() + sunk_.size(); }

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string> files_;
  Sink sink_;
  std::set<std::string> sunk_;  // the paths handed to sink_
};

// The MIME type for a path's extension ("text/html; charset=utf-8", …).
const char* ContentTypeOf(const std::string& path);

}  // namespace affiche

#endif  // AFFICHE_BASE_OUTPUT_SET_H_
