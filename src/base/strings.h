// Small string helpers shared by every stage: prefixes and suffixes, and the
// `{name}` placeholders of the theme's labels and date patterns.
#ifndef AFFICHE_BASE_STRINGS_H_
#define AFFICHE_BASE_STRINGS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace affiche {

bool StartsWith(std::string_view text, std::string_view prefix);
bool EndsWith(std::string_view text, std::string_view suffix);

// Placeholder values for FillIn: {"n", "12"} fills "{n}".
using Placeholders = std::vector<std::pair<std::string, std::string>>;

// pattern with every {name} of values replaced by its value; unknown names
// stay as written ("{n} events" with {"n", "12"}: "12 events").
std::string FillIn(const std::string& pattern, const Placeholders& values);

}  // namespace affiche

#endif  // AFFICHE_BASE_STRINGS_H_
