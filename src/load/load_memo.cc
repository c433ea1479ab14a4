#include "load/load_memo.h"

#include <filesystem>

namespace affiche {

std::string Normal(const std::string& path) {
  std::string normal = std::filesystem::path(path).lexically_normal().string();
  if (normal.size() > 1 && normal.back() == '/') normal.pop_back();
  return normal;
}

void LoadMemo::Changed(const std::string& path) {
  std::string normal = Normal(path);
  // A theme file, or anything that is not a content file: the theme is read again.
  if (normal.rfind("content/", 0) != 0 && normal.find("/content/") == std::string::npos)
    theme_stale_ = true;
  changed_.insert(normal);
}

void LoadMemo::ChangedAll() {
  all_changed_ = true;
  theme_stale_ = true;
}

bool LoadMemo::IsStale(const std::string& dir, const std::string& name) const {
  if (stale_all_) return true;
  std::string normal = dir + "/" + name;
  if (changed_.count(normal)) return true;
  // A changed folder (moved, removed) makes every file below it stale.
  for (auto it = changed_.begin(); it != changed_.end(); ++it)
    if (normal.size() > it->size() && normal.compare(0, it->size(), *it) == 0 &&
        normal[it->size()] == '/')
      return true;
  return false;
}

void LoadMemo::BeginLoad(const std::string& site_text) {
  if (site_text != site_text_) all_changed_ = true;
  site_text_ = site_text;
  stale_all_ = all_changed_;
  read_all_ = all_changed_;
  reread_.clear();
}

void LoadMemo::EndLoad() {
  changed_.clear();
  all_changed_ = false;
  stale_all_ = false;
}

}  // namespace affiche
