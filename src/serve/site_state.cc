#include "serve/site_state.h"

#include <cstdio>
#include <cstring>
#include <functional>
#include <utility>

#include "base/file_system.h"
#include "serve/inject.h"

namespace affiche {
namespace {

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
  size_t hash = Hash64(bytes);
  if (!addition.empty()) hash = Combine(hash, Hash64(addition));
  char etag[48];
  std::snprintf(etag, sizeof etag, "\"%zx-%016zx\"", bytes.size() + addition.size(),
                hash);
  return etag;
}

std::shared_ptr<const SharedFiles> ShareFiles(const OutputSet& site) {
  auto files = std::make_shared<SharedFiles>();
  for (const auto& [path, bytes] : site.files())
    files->emplace(path, std::make_shared<const std::string>(bytes));
  return files;
}

SiteSnapshot::SiteSnapshot(const std::shared_ptr<const OutputSet>& files,
                           std::string html_addition)
    : SiteSnapshot(files ? ShareFiles(*files) : nullptr, std::move(html_addition)) {}

SiteSnapshot::SiteSnapshot(std::shared_ptr<const SharedFiles> files,
                           std::string html_addition, const SiteSnapshot* previous)
    : files_(std::move(files)) {
  if (!html_addition.empty()) {
    if (previous && previous->html_addition_ &&
        *previous->html_addition_ == html_addition)
      html_addition_ = previous->html_addition_;  // the same: kept, and so the ETags
    else
      html_addition_ = std::make_shared<const std::string>(std::move(html_addition));
  }
  size_t version = html_addition_ ? Hash64(*html_addition_) : 0;
  static const SharedFiles kNoFiles;
  const SharedFiles& all = files_ ? *files_ : kNoFiles;
  index_.reserve(all.size());
  // files_ is sorted by path, so the version does not depend on hashing order.
  for (const auto& [path, bytes] : all) {
    const ServedFile* before = previous ? previous->Find(path) : nullptr;
    if (before && before->body.bytes == bytes &&
        before->body.addition == html_addition_) {
      index_.emplace(path, *before);
    } else {
      ServedFile file{{bytes, nullptr, 0}, "", ContentTypeOf(path)};
      if (html_addition_ && std::strncmp(file.content_type, "text/html", 9) == 0) {
        file.body.addition = html_addition_;
        file.body.insert_at = InsertionPoint(*bytes);
        file.etag = ETagOf(*bytes, *html_addition_);
      } else {
        file.etag = ETagOf(*bytes);
      }
      index_.emplace(path, std::move(file));
    }
    version = Combine(Combine(version, Hash64(path)), Hash64(index_.at(path).etag));
  }
  char hex[24];
  std::snprintf(hex, sizeof hex, "%016zx", version);
  version_ = hex;
}

const ServedFile* SiteSnapshot::Find(std::string_view path) const {
  auto it = index_.find(path);
  return it == index_.end() ? nullptr : &it->second;
}

SiteState::SiteState(std::shared_ptr<const SharedFiles> files, std::string html_addition)
    : current_(std::make_shared<const SiteSnapshot>(std::move(files),
                                                    std::move(html_addition))) {}

std::string SiteState::Publish(std::shared_ptr<const SharedFiles> files,
                               std::string html_addition) {
  // The files served now keep their ETags when their bytes are the same.
  auto next = std::make_shared<const SiteSnapshot>(
      std::move(files), std::move(html_addition), Current().get());
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
