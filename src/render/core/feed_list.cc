#include "render/core/feed_list.h"

#include "render/core/urls.h"

namespace affiche {

const std::string& CalendarName(const SiteConfig& site) {
  return site.calendar.name.empty() ? site.title : site.calendar.name;
}

std::vector<Feed> FeedsOf(const Programme& programme) {
  const SiteConfig& site = programme.site();
  const std::string& name = CalendarName(site);
  std::vector<Feed> feeds = {
      {FeedKind::kWhole, "", "calendar.ics", name, name, &programme.events()}};
  auto add = [&](FeedKind kind, const std::string& id, const std::string& dir,
                 const std::string& label, const std::vector<const Event*>& events) {
    feeds.push_back(
        {kind, id, dir + "calendar.ics", name + " — " + label, label, &events});
  };
  for (const auto& [id, events] : programme.by_department())
    add(FeedKind::kDepartment, id, DepartmentDir(id), LabelOf(site.departments, id),
        events);
  for (const auto& [id, events] : programme.by_category())
    add(FeedKind::kCategory, id, CategoryDir(id), LabelOf(site.categories, id), events);
  for (const auto& [id, events] : programme.by_venue()) {
    auto venue = programme.content().venues.find(id);
    bool named = venue != programme.content().venues.end() && !venue->second.name.empty();
    add(FeedKind::kVenue, id, VenueDir(id), named ? venue->second.name : id, events);
  }
  for (const auto& [id, events] : programme.by_organiser()) {
    auto organiser = programme.content().organisers.find(id);
    bool named = organiser != programme.content().organisers.end() &&
                 !organiser->second.name.empty();
    add(FeedKind::kOrganiser, id, OrganiserDir(id), named ? organiser->second.name : id,
        events);
  }
  return feeds;
}

}  // namespace affiche
