// Programme: the validated content, sorted and indexed the ways the outputs
// need it (by department, category, venue and organiser). Built once per build;
// holds pointers into the Content it was built from.
#ifndef AFFICHE_MODEL_PROGRAMME_H_
#define AFFICHE_MODEL_PROGRAMME_H_

#include <map>
#include <string>
#include <vector>

#include "model/content.h"

namespace affiche {

class Programme {
 public:
  // content must outlive the Programme and be valid (see validate/).
  explicit Programme(const Content& content);
  // Not from a temporary, which would be gone before the Programme.
  explicit Programme(Content&&) = delete;

  const Content& content() const { return content_; }
  const SiteConfig& site() const { return content_.site; }

  // Every event, by start, then end, then title, then slug.
  const std::vector<const Event*>& events() const { return events_; }
  // id -> events, in programme order; every id of site.yaml / venues/ is a key.
  const std::map<std::string, std::vector<const Event*>>& by_department() const {
    return by_department_;
  }
  const std::map<std::string, std::vector<const Event*>>& by_category() const {
    return by_category_;
  }
  const std::map<std::string, std::vector<const Event*>>& by_venue() const {
    return by_venue_;
  }
  // Every organiser file's id, with the events that name it.
  const std::map<std::string, std::vector<const Event*>>& by_organiser() const {
    return by_organiser_;
  }

  const Event* FindEvent(const std::string& slug) const;
  const Venue* VenueOf(const Event& e) const;      // nullptr when it has none
  std::string DepartmentOf(const Event& e) const;  // "" when unknown
  std::string TimeZoneOf(const Event& e) const;
  std::vector<const Organiser*> OrganisersOf(const Event& e) const;

  // The event's iCalendar UID: its `uid:` or "<slug>@<host of base_url>".
  std::string UidOf(const Event& e) const;
  // base_url + path, e.g. "https://…/mois-ess/events/x/".
  std::string AbsoluteUrl(const std::string& path) const;

 private:
  const Content& content_;
  std::vector<const Event*> events_;
  std::map<std::string, std::vector<const Event*>> by_department_;
  std::map<std::string, std::vector<const Event*>> by_category_;
  std::map<std::string, std::vector<const Event*>> by_venue_;
  std::map<std::string, std::vector<const Event*>> by_organiser_;
  std::map<std::string, const Event*> by_slug_;
};

// The event's UID as DESIGN.md defines it (used by the validator before a
// Programme exists, to find duplicates).
std::string EventUid(const Event& e, const SiteConfig& site);

// "www.example.org" from "https://www.example.org/path/".
std::string HostOf(const std::string& url);

}  // namespace affiche

#endif  // AFFICHE_MODEL_PROGRAMME_H_
