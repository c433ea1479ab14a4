// The calendar feeds a site publishes: which file, under which name, with
// which events. Shared by the .ics renderer and the pages that link to feeds.
#ifndef AFFICHE_RENDER_CORE_FEED_LIST_H_
#define AFFICHE_RENDER_CORE_FEED_LIST_H_

#include <string>
#include <vector>

#include "model/programme.h"

namespace affiche {

enum class FeedKind { kWhole, kDepartment, kCategory, kVenue, kOrganiser };

struct Feed {
  FeedKind kind;
  std::string id;     // "somme" ("" for the whole programme)
  std::string path;   // "departments/somme/calendar.ics"
  std::string name;   // "Mois de l'ESS 2009 — Somme"
  std::string label;  // "Somme"
  const std::vector<const Event*>* events;
};

// calendar.ics, then one feed per department, category, venue and
// organiser, in the Programme's order of ids.
std::vector<Feed> FeedsOf(const Programme& programme);

// The name of the whole programme's feed: site.yaml calendar.name, else the title.
const std::string& CalendarName(const SiteConfig& site);

}  // namespace affiche

#endif  // AFFICHE_RENDER_CORE_FEED_LIST_H_
