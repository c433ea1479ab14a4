// `affiche new event`: a new event file with the fields editors fill in.
#ifndef AFFICHE_SITE_NEW_EVENT_H_
#define AFFICHE_SITE_NEW_EVENT_H_

#include <string>

namespace affiche {

// The start a new event gets when none is given: 18:00 on the edition's
// first day when site.yaml has one, else today.
std::string DefaultStart(const std::string& source_dir);

// Why slug or start cannot make an event file ("" when they can).
std::string CheckNewEvent(const std::string& slug, const std::string& start);

// Writes <source_dir>/content/events/<slug>.md, failing if the file exists
// (affiche new never overwrites). On failure, *error says why in one line.
bool CreateEventFile(const std::string& source_dir, const std::string& slug,
                     const std::string& title, const std::string& start,
                     std::string* path, std::string* error);

}  // namespace affiche

#endif  // AFFICHE_SITE_NEW_EVENT_H_
