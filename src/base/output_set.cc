#include "base/output_set.h"

#include <strings.h>

namespace affiche {

void OutputSet::Add(const std::string& path, std::string bytes) {
  if (sink_) {
    sink_(path, bytes);
    std::lock_guard<std::mutex> lock(mutex_);
    sunk_.insert(path);
    return;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  files_[path] = std::move(bytes);
}

const std::string* OutputSet::Find(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = files_.find(path);
  return it == files_.end() ? nullptr : &it->second;
}

const char* ContentTypeOf(const std::string& path) {
  static const struct {
    const char* extension;
    const char* type;
  } kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".ics", "text/calendar; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},
      {".json", "application/json"},
      {".xml", "application/xml"},
      {".txt", "text/plain; charset=utf-8"},
      {".pdf", "application/pdf"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/vnd.microsoft.icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".otf", "font/otf"},
  };
  size_t dot = path.rfind('.');
  if (dot != std::string::npos && path.find('/', dot) == std::string::npos) {
    for (const auto& t : kTypes)
      if (strcasecmp(path.c_str() + dot, t.extension) == 0) return t.type;
  }
  return "application/octet-stream";
}

}  // namespace affiche
