#include "model/programme.h"

#include <algorithm>
#include <tuple>

namespace affiche {

std::string HostOf(const std::string& url) {
  size_t begin = url.find("://");
  begin = begin == std::string::npos ? 0 : begin + 3;
  size_t end = url.find_first_of("/:?#", begin);
  return url.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

std::string EventUid(const Event& e, const SiteConfig& site) {
  if (!e.uid.empty()) return e.uid;
  std::string host = HostOf(site.base_url);
  return e.slug + "@" + (host.empty() ? "affiche.invalid" : host);
}

Programme::Programme(const Content& content) : content_(content) {
  for (const Event& e : content.events) {
    events_.push_back(&e);
    by_slug_[e.slug] = &e;
  }
  std::sort(events_.begin(), events_.end(), [](const Event* a, const Event* b) {
    LocalTime a_end = a->end.value_or(a->start), b_end = b->end.value_or(b->start);
    return std::tie(a->start, a_end, a->title, a->slug) <
           std::tie(b->start, b_end, b->title, b->slug);
  });

  for (const auto& [id, label] : content.site.departments) by_department_[id];
  for (const auto& [id, label] : content.site.categories) by_category_[id];
  for (const auto& [id, venue] : content.venues) by_venue_[id];
  for (const auto& [id, organiser] : content.organisers) by_organiser_[id];
  for (const Event* e : events_) {
    std::string department = DepartmentOf(*e);
    if (!department.empty()) by_department_[department].push_back(e);
    for (const std::string& c : e->categories) by_category_[c].push_back(e);
    if (!e->venue.empty()) by_venue_[e->venue].push_back(e);
    // An event that names an organiser twice is listed once.
    std::vector<std::string> named;
    for (const std::string& o : e->organisers)
      if (std::find(named.begin(), named.end(), o) == named.end()) named.push_back(o);
    for (const std::string& o : named) by_organiser_[o].push_back(e);
  }
}

const Event* Programme::FindEvent(const std::string& slug) const {
  auto it = by_slug_.find(slug);
  return it == by_slug_.end() ? nullptr : it->second;
}

const Venue* Programme::VenueOf(const Event& e) const {
  if (e.inline_venue) return &*e.inline_venue;
  auto it = content_.venues.find(e.venue);
  return it == content_.venues.end() ? nullptr : &it->second;
}

std::string Programme::DepartmentOf(const Event& e) const {
  if (!e.department.empty()) return e.department;
  const Venue* venue = VenueOf(e);
  return venue ? venue->department : "";
}

std::string Programme::TimeZoneOf(const Event& e) const {
  return e.timezone.empty() ? content_.site.timezone : e.timezone;
}

std::vector<const Organiser*> Programme::OrganisersOf(const Event& e) const {
  std::vector<const Organiser*> out;
  for (const std::string& id : e.organisers) {
    auto it = content_.organisers.find(id);
    if (it != content_.organisers.end()) out.push_back(&it->second);
  }
  return out;
}

std::string Programme::UidOf(const Event& e) const { return EventUid(e, site()); }

std::string Programme::AbsoluteUrl(const std::string& path) const {
  return site().base_url + path;
}

}  // namespace affiche
