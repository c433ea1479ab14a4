// `affiche new site`: a small site that builds clean, to start a programme from.
#ifndef AFFICHE_SITE_NEW_SITE_H_
#define AFFICHE_SITE_NEW_SITE_H_

#include <string>
#include <vector>

#include "model/date.h"

namespace affiche {

// The files of a new site (paths relative to its folder, and their texts):
// content/site.yaml with a comment on every key, a venue, an organiser, an
// event and an about page. The edition starts four weeks after today, so the
// event is in the future and `affiche check` has nothing to say.
std::vector<std::pair<std::string, std::string>> NewSiteFiles(const Date& today);

// Writes files into dir, which must be an empty folder or not exist (it is
// then created). Writes nothing when dir holds anything, and removes what it
// wrote when a write fails. On failure, *error says why in one line.
bool CreateSite(const std::string& dir,
                const std::vector<std::pair<std::string, std::string>>& files,
                std::string* error);

}  // namespace affiche

#endif  // AFFICHE_SITE_NEW_SITE_H_
