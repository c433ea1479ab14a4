#include "load/yaml_reader.h"

#include <cstdio>
#include <set>

#include "base/spelling.h"
#include "base/utf8.h"
#include "load/yaml_expansion.h"

namespace affiche {

namespace {

const char* const kMonthNames[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Reads a fixed-width number at s[pos, pos + width).
bool Digits(const std::string& s, size_t pos, size_t width, int* out) {
  if (pos + width > s.size()) return false;
  std::string part = s.substr(pos, width);
  if (!AllDigits(part)) return false;
  *out = std::stoi(part);
  return true;
}

const char* NodeKind(const YAML::Node& node) {
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a mapping";
  return "empty";
}

}  // namespace

bool ParseLocalTime(const std::string& text, LocalTime* out, std::string* why) {
  const std::string kForm =
      "write a date as 2009-11-09, or a date and time as 2009-11-09T18:00";
  Date d;
  if (text.size() < 10 || !Digits(text, 0, 4, &d.year) || text[4] != '-' ||
      !Digits(text, 5, 2, &d.month) || text[7] != '-' || !Digits(text, 8, 2, &d.day)) {
    *why = kForm;
    return false;
  }
  if (d.year < kFirstYear || d.year > kLastYear) {
    *why = "affiche handles the years " + std::to_string(kFirstYear) + " to " +
           std::to_string(kLastYear) + ", not " + text.substr(0, 4) +
           " (a typing mistake?)";
    return false;
  }
  if (d.month < 1 || d.month > 12) {
    *why = "there is no month " + std::to_string(d.month);
    return false;
  }
  int days = DaysInMonth(d.year, d.month);
  if (d.day < 1 || d.day > days) {
    *why = std::string(kMonthNames[d.month - 1]) + " " + std::to_string(d.year) +
           " has " + std::to_string(days) + " days";
    return false;
  }
  LocalTime t{d, -1};
  if (text.size() > 10) {
    std::string clock = text.substr(11);
    if (clock.size() == 8 && clock.compare(5, 3, ":00") == 0) clock.resize(5);
    if ((text[10] != 'T' && text[10] != ' ') || !ParseClock(clock, &t.minutes)) {
      *why = clock.size() == 5 && clock[2] == ':'
                 ? "there is no time " + clock + " in a day"
                 : kForm;
      return false;
    }
  }
  *out = t;
  return true;
}

bool YamlDocument::Parse(const std::string& text, YAML::Node* root) {
  YamlExpansion expansion = MeasureYamlExpansion(text);
  if (expansion.too_big) {
    Error(SourcePos{expansion.alias.line + first_line_, expansion.alias.column + 1},
          "with its aliases replaced, this YAML would hold more than " +
              std::to_string(kMaxYamlExpandedBytes >> 20) + " MB",
          "each alias (*name) repeats all that its anchor (&name) holds; write the "
          "repeated text out where it is needed");
    return false;
  }
  try {
    *root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    Error(SourcePos{e.mark.line + first_line_, e.mark.column + 1},
          "YAML syntax error: " + e.msg,
          "check the indentation, the quotes and the brackets on this line or the one "
          "before");
    return false;
  } catch (const YAML::Exception& e) {
    Error(SourcePos{first_line_, 1}, std::string("YAML error: ") + e.what());
    return false;
  }
  if (!root->IsMap()) {
    Error(root->IsNull() ? SourcePos{first_line_, 1} : PosOf(*root),
          "expected fields as 'key: value' lines, found " +
              std::string(root->IsNull()              ? "nothing"
                          : NodeKind(*root)[0] == 'e' ? "a single value"
                                                      : NodeKind(*root)));
    return false;
  }
  return true;
}

SourcePos YamlDocument::PosOf(const YAML::Node& node) const {
  YAML::Mark mark = node.Mark();
  if (mark.is_null() || mark.line < 0) return {};
  return {mark.line + first_line_, mark.column + 1};
}

void YamlDocument::Error(const YAML::Node& node, std::string message, std::string hint) {
  Error(PosOf(node), std::move(message), std::move(hint));
}

void YamlDocument::Error(SourcePos pos, std::string message, std::string hint) {
  diags_->Error(path_, pos, std::move(message), std::move(hint));
}

void YamlDocument::Warning(const YAML::Node& node, std::string message,
                           std::string hint) {
  diags_->Warning(path_, PosOf(node), std::move(message), std::move(hint));
}

MapReader::MapReader(YamlDocument* doc, YAML::Node map, KeyPositions* positions)
    : doc_(doc), map_(std::move(map)), positions_(positions) {
  std::set<std::string> seen;
  for (auto it = map_.begin(); it != map_.end(); ++it) {
    std::string key = it->first.IsScalar() ? it->first.Scalar() : "";
    if (!seen.insert(key).second) {
      doc_->Error(it->first, "duplicate key '" + key + "'",
                  "keep one '" + key + ":' line; the first one is used");
      continue;
    }
    keys_.emplace_back(key, it->second);
    if (positions) (*positions)[key] = doc_->PosOf(it->second);
  }
}

bool MapReader::Has(const std::string& key) const {
  for (const auto& [k, node] : keys_)
    if (k == key) return true;
  return false;
}

SourcePos MapReader::PosOf(const std::string& key) const {
  for (const auto& [k, node] : keys_)
    if (k == key) return doc_->PosOf(node);
  return {};
}

bool MapReader::Scalar(const std::string& key, const YAML::Node& node, std::string* out) {
  if (!node.IsScalar()) {
    doc_->Error(node, "'" + key + "' must be a single value, not " + NodeKind(node));
    return false;
  }
  return Checked(key, node, out);
}

bool MapReader::Checked(const std::string& key, const YAML::Node& node,
                        std::string* out) {
  uint32_t code_point = 0;
  if (FindForbiddenCharacter(node.Scalar(), &code_point) != std::string::npos) {
    doc_->Error(
        node, "'" + key + "' holds " + DescribeForbidden(code_point),
        "a YAML escape in double quotes (such as \\e, \\x01 or \\uFFFE) wrote it; "
        "delete it: the feeds and pages cannot hold it");
    return false;
  }
  *out = node.Scalar();
  return true;
}

void MapReader::String(const std::string& key, std::string* out, bool required) {
  const YAML::Node node = map_[key];
  if (!node || node.IsNull()) {
    if (required)
      doc_->Error(SourcePos{1, 1}, "missing required field '" + key + "'",
                  "add a line '" + key + ": …' to the front matter");
    return;
  }
  std::string value;
  if (!Scalar(key, node, &value)) return;
  if (required && value.empty()) {
    doc_->Error(node, "'" + key + "' is empty");
    return;
  }
  *out = value;
}

void MapReader::Bool(const std::string& key, bool* out) {
  const YAML::Node node = map_[key];
  if (!node || node.IsNull()) return;
  std::string value;
  if (!Scalar(key, node, &value)) return;
  if (value == "true" || value == "yes") {
    *out = true;
  } else if (value == "false" || value == "no") {
    *out = false;
  } else {
    doc_->Error(node, "'" + key + "' must be true or false, not '" + value + "'");
  }
}

void MapReader::Count(const std::string& key, std::optional<int64_t>* out) {
  const YAML::Node node = map_[key];
  if (!node || node.IsNull()) return;
  std::string value;
  if (!Scalar(key, node, &value)) return;
  if (!AllDigits(value) || value.size() > 12) {
    doc_->Error(
        node,
        "'" + key + "' must be a whole number of people (0 or more), not '" + value + "'",
        "write the number alone, e.g. '" + key +
            ": 40'; leave the line out "
            "when the figure is not known");
    return;
  }
  *out = std::stoll(value);
}

void MapReader::Int(const std::string& key, int* out) {
  std::optional<int64_t> value;
  Count(key, &value);
  if (value) *out = static_cast<int>(*value);
}

void MapReader::StringList(const std::string& key, std::vector<std::string>* out) {
  const YAML::Node node = map_[key];
  if (!node || node.IsNull()) return;
  if (node.IsScalar()) {
    if (positions_) (*positions_)[key + "[0]"] = doc_->PosOf(node);
    std::string value;
    if (Checked(key, node, &value)) *out = {std::move(value)};
    return;
  }
  if (!node.IsSequence()) {
    doc_->Error(node, "'" + key + "' must be a list, like [a, b]");
    return;
  }
  std::vector<std::string> values;
  for (const YAML::Node& item : node) {
    if (positions_)
      (*positions_)[key + "[" + std::to_string(values.size()) + "]"] = doc_->PosOf(item);
    if (!item.IsScalar()) {
      doc_->Error(item, "each item of '" + key + "' must be a single value, not " +
                            NodeKind(item));
      return;
    }
    std::string value;
    if (!Checked(key, item, &value)) return;
    values.push_back(std::move(value));
  }
  *out = std::move(values);
}

void MapReader::Time(const std::string& key, std::optional<LocalTime>* out,
                     bool required) {
  const YAML::Node node = map_[key];
  if (!node || node.IsNull()) {
    if (required)
      doc_->Error(SourcePos{1, 1}, "missing required field '" + key + "'",
                  "add a line '" + key +
                      ": 2009-11-09T18:00' (or a date alone for an "
                      "all-day event)");
    return;
  }
  std::string value, why;
  if (!Scalar(key, node, &value)) return;
  LocalTime t;
  if (!ParseLocalTime(value, &t, &why)) {
    doc_->Error(node, "invalid " + key + " '" + value + "': " + why);
    return;
  }
  *out = t;
}

void MapReader::DateOnly(const std::string& key, std::optional<Date>* out) {
  std::optional<LocalTime> t;
  Time(key, &t);
  if (!t) return;
  if (t->has_time()) {
    doc_->Error(map_[key],
                "'" + key + "' must be a date without a time, like 2009-11-01");
    return;
  }
  *out = t->date;
}

void MapReader::Labels(const std::string& key, LabelList* out) {
  const YAML::Node node = map_[key];
  if (!node || node.IsNull()) return;
  if (!node.IsMap()) {
    doc_->Error(node,
                "'" + key + "' must be a mapping of id: label, like { somme: Somme }");
    return;
  }
  LabelList labels;
  MapReader items(doc_, node);
  for (const auto& [id, value] : items.keys_) {
    std::string label;
    if (items.Scalar(id, value, &label))
      labels.emplace_back(id, label.empty() ? id : label);
  }
  *out = std::move(labels);
}

void MapReader::OneOf(const std::string& key, std::initializer_list<const char*> allowed,
                      std::string* out) {
  std::string value;
  String(key, &value);
  if (value.empty()) return;
  std::vector<std::string> options(allowed.begin(), allowed.end());
  for (const std::string& option : options)
    if (value == option) {
      *out = value;
      return;
    }
  std::string list;
  for (const std::string& option : options) list += (list.empty() ? "" : ", ") + option;
  std::string suggestion = DidYouMean(value, options);
  doc_->Error(map_[key],
              "unknown " + key + " '" + value + "'" +
                  (suggestion.empty() ? "" : "; " + suggestion),
              key + " is one of " + list);
}

std::optional<MapReader> MapReader::Nested(const std::string& key,
                                           const std::string& example) {
  const YAML::Node node = map_[key];
  if (!node || node.IsNull()) return std::nullopt;
  if (!node.IsMap()) {
    doc_->Error(node, "'" + key + "' must be a mapping like " + example);
    return std::nullopt;
  }
  return MapReader(doc_, node);
}

std::vector<MapReader> MapReader::NestedList(const std::string& key,
                                             const std::string& example) {
  std::vector<MapReader> items;
  const YAML::Node node = map_[key];
  if (!node || node.IsNull()) return items;
  if (!node.IsSequence()) {
    doc_->Error(node, "'" + key + "' must be a list of mappings like " + example);
    return items;
  }
  for (const YAML::Node& item : node) {
    if (item.IsMap())
      items.emplace_back(doc_, item);
    else
      doc_->Error(item, "each item of '" + key + "' must be a mapping like " + example);
  }
  return items;
}

void MapReader::WarnUnknownKeys(std::initializer_list<const char*> known) {
  std::vector<std::string> names(known.begin(), known.end());
  for (const auto& [key, node] : keys_) {
    bool is_known = false;
    for (const std::string& name : names) is_known = is_known || name == key;
    if (is_known) continue;
    std::string suggestion = DidYouMean(key, names);
    doc_->diags()->Warning(doc_->path(), doc_->PosOf(node),
                           "unknown field '" + key + "' is ignored" +
                               (suggestion.empty() ? "" : "; " + suggestion));
  }
}

}  // namespace affiche
