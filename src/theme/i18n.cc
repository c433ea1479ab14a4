#include "theme/i18n.h"

#include <yaml-cpp/yaml.h>

namespace affiche {

namespace {

SourcePos PosOf(const YAML::Node& node) {
  if (!node) return {};
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {};
  return {mark.line + 1, mark.column + 1};
}

// Reads key (a list of `count` names) into *out.
bool ReadNames(const YAML::Node& root, const char* key, size_t count,
               const std::string& path, std::vector<std::string>* out,
               Diagnostics* diags) {
  const YAML::Node node = root[key];
  std::string what =
      count == 7 ? "7 day names, Monday first" : "12 month names, January first";
  if (!node) {
    diags->Error(path, {}, std::string("missing '") + key + "'",
                 std::string("list ") + what);
    return false;
  }
  if (!node.IsSequence() || node.size() != count) {
    diags->Error(path, PosOf(node), std::string("'") + key + "' must list " + what);
    return false;
  }
  for (const YAML::Node& name : node) {
    if (!name.IsScalar()) {
      diags->Error(path, PosOf(name), std::string("'") + key + "' must list names");
      return false;
    }
    out->push_back(name.Scalar());
  }
  return true;
}

// Reads a mapping of strings (labels, formats) into *out.
bool ReadStrings(const YAML::Node& root, const char* key, const std::string& path,
                 std::map<std::string, std::string>* out, Diagnostics* diags) {
  const YAML::Node node = root[key];
  if (!node) return true;
  if (!node.IsMap()) {
    diags->Error(path, PosOf(node), std::string("'") + key + "' must be a mapping");
    return false;
  }
  bool ok = true;
  for (const auto& entry : node) {
    if (!entry.second.IsScalar()) {
      diags->Error(
          path, PosOf(entry.second),
          std::string("'") + key + "." + entry.first.Scalar() + "' must be a text");
      ok = false;
      continue;
    }
    (*out)[entry.first.Scalar()] = entry.second.Scalar();
  }
  return ok;
}

}  // namespace

bool ParseI18n(const std::string& text, const std::string& path, I18n* out,
               Diagnostics* diags) {
  diags->AddSource(path, text);
  YAML::Node loaded;
  try {
    loaded = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    SourcePos pos;
    if (!e.mark.is_null()) pos = {e.mark.line + 1, e.mark.column + 1};
    diags->Error(path, pos, e.msg);
    return false;
  }
  const YAML::Node& root = loaded;
  if (!root.IsMap()) {
    diags->Error(path, PosOf(root), "an i18n file must be a mapping",
                 "keys: days, short_days, months, short_months, formats, labels");
    return false;
  }
  bool ok = ReadNames(root, "days", 7, path, &out->days, diags);
  ok &= ReadNames(root, "short_days", 7, path, &out->short_days, diags);
  ok &= ReadNames(root, "months", 12, path, &out->months, diags);
  ok &= ReadNames(root, "short_months", 12, path, &out->short_months, diags);
  ok &= ReadStrings(root, "formats", path, &out->formats, diags);
  ok &= ReadStrings(root, "labels", path, &out->labels, diags);
  for (const char* key : kRequiredFormats) {
    if (!out->formats.count(key)) {
      diags->Error(path, PosOf(root["formats"]),
                   std::string("missing format '") + key + "'",
                   "see themes/default/i18n/en.yaml");
      ok = false;
    }
  }
  return ok;
}

}  // namespace affiche
