// Reading YAML documents with editor-grade errors: every problem is reported
// at its line and column in the file (not in the front-matter block).
#ifndef AFFICHE_LOAD_YAML_READER_H_
#define AFFICHE_LOAD_YAML_READER_H_

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/content.h"
#include "model/date.h"

namespace affiche {

// A YAML document of one file; first_line is the file line its text starts on.
class YamlDocument {
 public:
  YamlDocument(std::string path, int first_line, Diagnostics* diags)
      : path_(std::move(path)), first_line_(first_line), diags_(diags) {}

  // Parses text; the root must be a mapping. Reports and returns false otherwise.
  bool Parse(const std::string& text, YAML::Node* root);

  SourcePos PosOf(const YAML::Node& node) const;
  void Error(const YAML::Node& node, std::string message, std::string hint = "");
  void Error(SourcePos pos, std::string message, std::string hint = "");
  void Warning(const YAML::Node& node, std::string message, std::string hint = "");

  const std::string& path() const { return path_; }
  Diagnostics* diags() const { return diags_; }

 private:
  std::string path_;
  int first_line_;
  Diagnostics* diags_;
};

// Reads the fields of one mapping. Each getter reports a malformed value and
// leaves *out unchanged; a missing key is not an error unless `required`.
class MapReader {
 public:
  // Records key positions into *positions (may be null) and reports
  // duplicate keys.
  MapReader(YamlDocument* doc, YAML::Node map, KeyPositions* positions = nullptr);

  bool Has(const std::string& key) const;
  YAML::Node Get(const std::string& key) const { return map_[key]; }
  SourcePos PosOf(const std::string& key) const;

  void String(const std::string& key, std::string* out, bool required = false);
  void Bool(const std::string& key, bool* out);
  // A whole number >= 0 ("attendance", "capacity").
  void Count(const std::string& key, std::optional<int64_t>* out);
  void Int(const std::string& key, int* out);
  // A list of strings; a single string is read as a list of one. The
  // position of item i is recorded as "key[i]".
  void StringList(const std::string& key, std::vector<std::string>* out);
  // "2009-11-09" or "2009-11-09T18:00" (a space may replace the T).
  void Time(const std::string& key, std::optional<LocalTime>* out, bool required = false);
  void DateOnly(const std::string& key, std::optional<Date>* out);
  // An ordered mapping of id -> label.
  void Labels(const std::string& key, LabelList* out);
  // One of `allowed`; otherwise an error with "did you mean".
  void OneOf(const std::string& key, std::initializer_list<const char*> allowed,
             std::string* out);

  // The mapping under key, read with its own MapReader; nullopt when the key
  // is absent, or (reported) when its value is not a mapping like `example`.
  std::optional<MapReader> Nested(const std::string& key, const std::string& example);
  // The mappings of the list under key, each read with its own MapReader;
  // a value that is not a list, or an item not a mapping, is reported.
  std::vector<MapReader> NestedList(const std::string& key, const std::string& example);

  // Warns about keys that are not in `known`, with "did you mean".
  void WarnUnknownKeys(std::initializer_list<const char*> known);

  YamlDocument* doc() const { return doc_; }

 private:
  bool Scalar(const std::string& key, const YAML::Node& node, std::string* out);
  // Copies a scalar's value unless it holds a character the outputs cannot.
  bool Checked(const std::string& key, const YAML::Node& node, std::string* out);

  YamlDocument* doc_;
  YAML::Node map_;
  KeyPositions* positions_;
  std::vector<std::pair<std::string, YAML::Node>> keys_;  // in file order
};

// Reads the fields of a venue mapping: a venue file or an event's inline venue.
void ReadVenueFields(MapReader& venue, Venue* out);

// The years a date may have: every output (feeds, pages, tally) handles them.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2999;

// Parses "2009-11-09" or "2009-11-09T18:00[:00]". On failure, returns false
// and says why in *why ("February 2009 has 28 days").
bool ParseLocalTime(const std::string& text, LocalTime* out, std::string* why);

}  // namespace affiche

#endif  // AFFICHE_LOAD_YAML_READER_H_
