// The texts of `affiche help`, `affiche help COMMAND` and `affiche COMMAND --help`.
#ifndef AFFICHE_SITE_HELP_H_
#define AFFICHE_SITE_HELP_H_

#include <string>

namespace affiche {

// The overview: what affiche does, its commands, where to read more.
const std::string& GeneralHelp();

// The help of command (its usage, options and an example), or nullptr for a
// command affiche does not have.
const std::string* CommandHelp(const std::string& command);

}  // namespace affiche

#endif  // AFFICHE_SITE_HELP_H_
