// OutputSet: a whole built site in memory, site-relative path -> bytes. The
// renderers fill it; `build` writes it to disk, `serve` serves it.
#ifndef AFFICHE_BASE_OUTPUT_SET_H_
#define AFFICHE_BASE_OUTPUT_SET_H_

#include <map>
#include <mutex>
#include <string>

namespace affiche {

class OutputSet {
 public:
  // Adds or replaces the file at path ("events/x/index.html"; no leading '/').
  // Safe to call from several threads.
  void Add(const std::string& path, std::string bytes);

  const std::string* Find(const std::string& path) const;
  const std::map<std::string, std::string>& files() const { return files_; }
  size_t size() const { return files_.size(); }

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string> files_;
};

// The MIME type for a path's extension ("text/html; charset=utf-8", …).
const char* ContentTypeOf(const std::string& path);

}  // namespace affiche

#endif  // AFFICHE_BASE_OUTPUT_SET_H_
