// The size a YAML text takes once its aliases (*name) are replaced by what
// they name: how the reader refuses an alias bomb before converting nodes.
#ifndef AFFICHE_LOAD_YAML_EXPANSION_H_
#define AFFICHE_LOAD_YAML_EXPANSION_H_

#include <yaml-cpp/mark.h>

#include <cstdint>
#include <string>

namespace affiche {

// The most bytes a content file's YAML may expand to: its scalars' bytes, plus
// one per node, counted once per use (each alias counts its whole anchor).
constexpr uint64_t kMaxYamlExpandedBytes = 4 << 20;

struct YamlExpansion {
  uint64_t bytes = 0;  // up to limit + 1: the count stops there
  // When bytes passed the limit: where the alias that passed it is.
  bool too_big = false;
  YAML::Mark alias;
};

// Measures text's first document, up to limit. A syntax error stops the count
// (quietly: the parser proper reports it).
YamlExpansion MeasureYamlExpansion(const std::string& text,
                                   uint64_t limit = kMaxYamlExpandedBytes);

}  // namespace affiche

#endif  // AFFICHE_LOAD_YAML_EXPANSION_H_
