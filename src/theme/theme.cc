#include "theme/theme.h"

namespace affiche {

const std::string& Theme::Label(const std::string& key) const {
  auto it = i18n.labels.find(key);
  return it == i18n.labels.end() ? key : it->second;
}

const std::string& Theme::Format(const std::string& key) const {
  static const std::string kNone;
  auto it = i18n.formats.find(key);
  return it == i18n.formats.end() ? kNone : it->second;
}

const kainjow::mustache::mustache* Theme::Layout(const std::string& name) const {
  auto it = layouts.find(name);
  return it == layouts.end() ? nullptr : &it->second;
}

}  // namespace affiche
