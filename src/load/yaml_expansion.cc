#include "load/yaml_expansion.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace affiche {
namespace {

// Keeps a running total of the expanded bytes; each anchored node remembers
// its own expanded size, which every alias to it adds again.
class Counter : public YAML::EventHandler {
 public:
  explicit Counter(uint64_t limit) : limit_(limit) {}

  const YamlExpansion& result() const { return result_; }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override { Leaf(anchor, 1); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    Leaf(anchor, value.size() + 1);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = sizes_.find(anchor);
    Add(it == sizes_.end() ? 1 : it->second);
    if (result_.bytes > limit_ && !result_.too_big) {
      result_.too_big = true;
      result_.alias = mark;
    }
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    Open(anchor);
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    Open(anchor);
  }
  void OnMapEnd() override { Close(); }

 private:
  void Add(uint64_t bytes) {
    result_.bytes = std::min(result_.bytes + bytes, limit_ + 1);
  }
  void Leaf(YAML::anchor_t anchor, uint64_t bytes) {
    Add(bytes);
    if (anchor != YAML::NullAnchor) sizes_[anchor] = bytes;
  }
  void Open(YAML::anchor_t anchor) {
    Add(1);
    open_.push_back({anchor, result_.bytes - 1});
  }
  void Close() {
    if (open_.empty()) return;
    auto [anchor, start] = open_.back();
    open_.pop_back();
    if (anchor != YAML::NullAnchor) sizes_[anchor] = result_.bytes - start;
  }

  uint64_t limit_;
  YamlExpansion result_;
  std::unordered_map<YAML::anchor_t, uint64_t> sizes_;
  std::vector<std::pair<YAML::anchor_t, uint64_t>> open_;  // anchor, total at start
};

}  // namespace

YamlExpansion MeasureYamlExpansion(const std::string& text, uint64_t limit) {
  Counter counter(limit);
  if (text.find('*') == std::string::npos) {
    YamlExpansion plain;  // no alias: the text's own size bounds it
    plain.bytes = text.size();
    return plain;
  }
  std::istringstream in(text);
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(counter);
  } catch (const YAML::Exception&) {
  }
  return counter.result();
}

}  // namespace affiche
