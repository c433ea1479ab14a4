// The time zones of the feeds, loaded from the system tz database by libical.
#include <algorithm>
#include <mutex>

#include "render/ics/ics_internal.h"

namespace affiche::ics {
namespace {

// The zone's VTIMEZONE from tzdata, under the clean TZID `name`, without the
// rules that ended before first_year (the full history goes back to 1891).
icalcomponent* LoadVTimezone(const std::string& name, int first_year) {
  icalcomponent* vtimezone = icaltzutil_fetch_timezone(name.c_str());
  if (!vtimezone) return nullptr;
  icaltimetype from = icaltime_null_time();
  from.year = first_year;
  from.month = 1;
  from.day = 1;
  from.zone = icaltimezone_get_utc_timezone();
  icaltimezone_truncate_vtimezone(vtimezone, from, icaltime_null_time(), 0);
  icalproperty* tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY);
  if (!tzid) {
    tzid = icalproperty_new_tzid("");
    icalcomponent_add_property(vtimezone, tzid);
  }
  icalproperty_set_tzid(tzid, name.c_str());
  return vtimezone;
}

}  // namespace

TimeZones::TimeZones(const Programme& programme) {
  // The first year of each zone's timed events; the site's zone is always
  // there, for the VTIMEZONE of a feed that has no event yet.
  std::map<std::string, int> first_years;
  for (const Event* e : programme.events()) {
    if (e->all_day()) continue;
    auto [it, added] = first_years.emplace(programme.TimeZoneOf(*e), e->start.date.year);
    it->second = std::min(it->second, e->start.date.year);
  }
  const SiteConfig& site = programme.site();
  if (!first_years.count(site.timezone)) {
    int year = programme.events().empty() ? site.edition.year
                                          : programme.events().front()->start.date.year;
    first_years[site.timezone] = year > 0 ? year : 2000;
  }

  for (const auto& [name, year] : first_years) {
    // A year of rules before the first event, so that times near New Year
    // (and in zones behind UTC) are covered too.
    icalcomponent* vtimezone = LoadVTimezone(name, year - 1);
    if (!vtimezone) continue;
    std::unique_ptr<icaltimezone, TimeZoneFree> zone(icaltimezone_new());
    // The zone owns the component from here on.
    icaltimezone_set_component(zone.get(), vtimezone);
    zones_[name] = std::move(zone);
  }
}

icaltimezone* TimeZones::Find(const std::string& name) const {
  auto it = zones_.find(name);
  return it == zones_.end() ? nullptr : it->second.get();
}

}  // namespace affiche::ics
