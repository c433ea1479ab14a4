// LoadMemo: what the last load read, kept between loads by `affiche serve`,
// so that the next load reads again only the files it was told changed (the
// watcher says which), and can say which files it read again.
#ifndef AFFICHE_LOAD_LOAD_MEMO_H_
#define AFFICHE_LOAD_LOAD_MEMO_H_

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "base/diagnostics.h"
#include "model/content.h"
#include "theme/theme.h"

namespace affiche {

// path without "." and ".." parts or doubled slashes, as the memo keeps paths.
std::string Normal(const std::string& path);

class LoadMemo {
 public:
  // The file (or folder) at path changed, appeared or went away.
  void Changed(const std::string& path);
  // Anything may have changed: the next load reads everything.
  void ChangedAll();

  // The paths of the content files the last load read again (changed,
  // appeared) or dropped (went away), and whether it read everything.
  const std::set<std::string>& reread() const { return reread_; }
  bool read_all() const { return read_all_; }

  // For the loader: one content file as read, with its diagnostics.
  template <typename T>
  struct Entry {
    std::optional<T> value;  // empty when the file could not be read
    Diagnostics diags;
  };
  template <typename T>
  std::map<std::string, Entry<T>>& Entries() {
    return std::get<std::map<std::string, Entry<T>>>(entries_);
  }
  // True when the file `name` of folder dir (as Normal() gives it) must be
  // read again.
  bool IsStale(const std::string& dir, const std::string& name) const;
  // Starts and ends a load: what changed before it is what it reads again,
  // and everything when site.yaml's text is not the one of the last load
  // (its unsafe_html decides how bodies are read).
  void BeginLoad(const std::string& site_text);
  void EndLoad();
  void Reread(const std::string& path) { reread_.insert(path); }
  // The theme of the last load, and whether a theme file changed since.
  std::shared_ptr<const Theme> theme;
  std::unique_ptr<Diagnostics> theme_diags;  // its warnings, reported again with it
  std::string theme_key;                     // the name and language it was loaded for
  bool theme_stale() const { return theme_stale_; }
  void ThemeLoaded() { theme_stale_ = false; }

 private:
  std::tuple<std::map<std::string, Entry<Venue>>, std::map<std::string, Entry<Organiser>>,
             std::map<std::string, Entry<Event>>, std::map<std::string, Entry<Page>>>
      entries_;
  std::string site_text_;
  std::set<std::string> changed_;  // normalised paths
  bool all_changed_ = true;
  bool stale_all_ = true;  // during a load
  std::set<std::string> reread_;
  bool read_all_ = true;
  bool theme_stale_ = true;
};

}  // namespace affiche

#endif  // AFFICHE_LOAD_LOAD_MEMO_H_
