#include "serve/site_state.h"

#include <cstdio>
#include <functional>
#include <utility>

namespace affiche {

std::string ETagOf(std::string_view bytes) {
  // std::hash is stable within one affiche binary, which is all a preview
  // server's validators need; a different binary only costs one full reply.
  char etag[48];
  std::snprintf(etag, sizeof etag, "\"%zx-%016zx\"", bytes.size(),
                std::hash<std::string_view>()(bytes));
  return etag;
}

SiteSnapshot::SiteSnapshot(std::shared_ptr<const OutputSet> files)
    : files_(std::move(files)) {
  if (!files_) return;
  index_.reserve(files_->size());
  for (const auto& [path, bytes] : files_->files()) {
    index_.emplace(path, ServedFile{std::shared_ptr<const std::string>(files_, &bytes),
                                    ETagOf(bytes), ContentTypeOf(path)});
  }
}

const ServedFile* SiteSnapshot::Find(std::string_view path) const {
  auto it = index_.find(path);
  return it == index_.end() ? nullptr : &it->second;
}

SiteState::SiteState(std::shared_ptr<const OutputSet> files)
    : current_(std::make_shared<const SiteSnapshot>(std::move(files))) {}

void SiteState::Publish(std::shared_ptr<const OutputSet> files) {
  auto next = std::make_shared<const SiteSnapshot>(std::move(files));
  std::lock_guard<std::mutex> lock(mutex_);
  current_.swap(next);
  // `next` now holds the old snapshot; it is released after the lock (declared
  // later, destroyed first), or later by the last request still using it.
}

std::shared_ptr<const SiteSnapshot> SiteState::Current() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return current_;
}

}  // namespace affiche
