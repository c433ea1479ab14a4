#include "serve/site_state.h"

#include <cstdio>
#include <cstring>
#include <functional>
#include <utility>

#include "serve/inject.h"

namespace affiche {
namespace {

// std::hash is stable within one affiche binary, which is all a preview
// server's validators need; a different binary only costs one full reply.
size_t Hash(std::string_view bytes) { return std::hash<std::string_view>()(bytes); }

size_t Combine(size_t seed, size_t value) {
  return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

}  // namespace

std::string SharedBytes::ToString() const {
  std::string out = bytes ? *bytes : "";
  if (addition) out.insert(insert_at, *addition);
  return out;
}

std::string ETagOf(std::string_view bytes, std::string_view addition) {
  size_t hash = Hash(bytes);
  if (!addition.empty()) hash = Combine(hash, Hash(addition));
  char etag[48];
  std::snprintf(etag, sizeof etag, "\"%zx-%016zx\"", bytes.size() + addition.size(),
                hash);
  return etag;
}

SiteSnapshot::SiteSnapshot(std::shared_ptr<const OutputSet> files,
                           std::string html_addition)
    : files_(std::move(files)) {
  if (!html_addition.empty())
    html_addition_ = std::make_shared<const std::string>(std::move(html_addition));
  size_t version = html_addition_ ? Hash(*html_addition_) : 0;
  static const OutputSet kNoFiles;
  const OutputSet& all = files_ ? *files_ : kNoFiles;
  index_.reserve(all.size());
  // files() is sorted by path, so the version does not depend on hashing order.
  for (const auto& [path, bytes] : all.files()) {
    ServedFile file{{std::shared_ptr<const std::string>(files_, &bytes), nullptr, 0},
                    "",
                    ContentTypeOf(path)};
    if (html_addition_ && std::strncmp(file.content_type, "text/html", 9) == 0) {
      file.body.addition = html_addition_;
      file.body.insert_at = InsertionPoint(bytes);
      file.etag = ETagOf(bytes, *html_addition_);
    } else {
      file.etag = ETagOf(bytes);
    }
    version = Combine(Combine(version, Hash(path)), Hash(file.etag));
    index_.emplace(path, std::move(file));
  }
  char hex[24];
  std::snprintf(hex, sizeof hex, "%016zx", version);
  version_ = hex;
}

const ServedFile* SiteSnapshot::Find(std::string_view path) const {
  auto it = index_.find(path);
  return it == index_.end() ? nullptr : &it->second;
}

SiteState::SiteState(std::shared_ptr<const OutputSet> files, std::string html_addition)
    : current_(std::make_shared<const SiteSnapshot>(std::move(files),
                                                    std::move(html_addition))) {}

std::string SiteState::Publish(std::shared_ptr<const OutputSet> files,
                               std::string html_addition) {
  auto next =
      std::make_shared<const SiteSnapshot>(std::move(files), std::move(html_addition));
  std::string version = next->version();
  std::lock_guard<std::mutex> lock(mutex_);
  bool changed = version != current_->version();
  current_.swap(next);
  // `next` now holds the old snapshot; it is released after the lock (declared
  // later, destroyed first), or later by the last request still using it.
  return changed ? version : "";
}

std::shared_ptr<const SiteSnapshot> SiteState::Current() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return current_;
}

}  // namespace affiche
