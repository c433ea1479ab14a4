// The feeds: which events go in which file, and the calendar around them.
#include "render/ics/ics.h"

#include <cctype>
#include <memory>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

#include "render/core/feed_list.h"
#include "render/core/urls.h"
#include "render/ics/ics_internal.h"

namespace affiche {
namespace {

using ics::Component;


// An X- property with a TEXT value, escaped as NAME is. libical 3.0.16 writes
// the ',' and ';' of X- values unescaped (libical PR #593; undone for TEXT
// values later, PR #622), so the value is escaped by libical's TEXT writer
// first, then kept as written (a STRING value; VALUE=X keeps "VALUE=" out).
icalproperty* TextExtension(const char* name, const std::string& text) {
  icalvalue* unescaped = icalvalue_new_text(text.c_str());
  char* escaped = icalvalue_as_ical_string_r(unescaped);
  icalproperty* property = icalproperty_new(ICAL_X_PROPERTY);
  icalproperty_set_x_name(property, name);
  icalproperty_set_value(property, icalvalue_new_string(escaped));
  icalproperty_add_parameter(property, icalparameter_new_value(ICAL_VALUE_X));
  icalmemory_free_buffer(escaped);
  icalvalue_free(unescaped);
  return property;
}

// REFRESH-INTERVAL;VALUE=DURATION and X-PUBLISHED-TTL (Outlook's), when
// site.yaml's calendar.refresh is a duration.
void AddRefresh(const std::string& refresh, icalcomponent* calendar) {
  icaldurationtype duration = icaldurationtype_from_string(refresh.c_str());
  if (refresh.empty() || icaldurationtype_is_bad_duration(duration)) return;
  icalproperty* interval = icalproperty_new_refreshinterval(duration);
  icalproperty_add_parameter(interval, icalparameter_new_value(ICAL_VALUE_DURATION));
  icalcomponent_add_property(calendar, interval);
  icalproperty* ttl = icalproperty_new_x(refresh.c_str());
  icalproperty_set_x_name(ttl, "X-PUBLISHED-TTL");
  icalcomponent_add_property(calendar, ttl);
}

// METHOD:PUBLISH asks (RFC 5546) for an ORGANIZER in every VEVENT; without an
// address to give, the feed goes without METHOD, which is as good for subscribers.
bool CanPublish(const std::vector<icalcomponent*>& vevents) {
  for (icalcomponent* v : vevents)
    if (!icalcomponent_get_first_property(v, ICAL_ORGANIZER_PROPERTY)) return false;
  return true;
}

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
  return text;
}

void AddCalendarProperties(const SiteConfig& site, const Feed& feed, bool publish,
                           icalcomponent* calendar) {
  auto add = [calendar](icalproperty* p) { icalcomponent_add_property(calendar, p); };
  add(icalproperty_new_version("2.0"));
  add(icalproperty_new_prodid(("-//affiche//affiche//" + Upper(site.language)).c_str()));
  add(icalproperty_new_calscale("GREGORIAN"));
  if (publish) add(icalproperty_new_method(ICAL_METHOD_PUBLISH));
  add(icalproperty_new_name(feed.name.c_str()));
  add(TextExtension("X-WR-CALNAME", feed.name));
  const std::string& description = site.description.empty() ? site.title : site.description;
  if (!description.empty()) {
    add(icalproperty_new_description(description.c_str()));
    add(TextExtension("X-WR-CALDESC", description));
  }
  icalproperty* timezone = icalproperty_new_x(site.timezone.c_str());
  icalproperty_set_x_name(timezone, "X-WR-TIMEZONE");
  add(timezone);
  AddRefresh(site.calendar.refresh, calendar);
}

// One .ics file: the calendar, the VTIMEZONE of each zone its events use (the
// site's when it has no event yet: a calendar needs a component), its events.
std::string RenderFeed(const Programme& programme, const ics::TimeZones& zones,
                       const std::map<const Event*, Component>& vevents, const Feed& feed) {
  std::set<std::string> zone_names;
  std::vector<icalcomponent*> events;
  for (const Event* e : *feed.events) {
    if (!e->all_day()) zone_names.insert(programme.TimeZoneOf(*e));
    events.push_back(vevents.at(e).get());
  }
  if (events.empty()) zone_names.insert(programme.site().timezone);

  Component calendar(icalcomponent_new_vcalendar());
  AddCalendarProperties(programme.site(), feed, CanPublish(events), calendar.get());
  for (const std::string& name : zone_names) {
    if (icaltimezone* zone = zones.Find(name))
      icalcomponent_add_component(
          calendar.get(), icalcomponent_new_clone(icaltimezone_get_component(zone)));
  }
  for (icalcomponent* v : events)
    icalcomponent_add_component(calendar.get(), icalcomponent_new_clone(v));
  return ics::ToText(calendar.get());
}


}  // namespace

namespace ics {

// libical 3.0.16 folds a content line with its CRLF counted in: when the last
// piece of a long line is 73 or 74 octets, the fold lands inside or just before
// the line end ("…\r" "\r\n " "\n", or "…" "\r\n " "\r\n"), which breaks
// parsers (fixed upstream by libical PR #1338, in 4.0.3). Removing such a fold
// gives what the fixed writer gives: that piece fits on its line anyway.
std::string RemoveFoldsAtLineEnds(std::string text) {
  static const std::pair<std::string, std::string> kBroken[] = {
      {"\r\r\n \n", "\r\n"}, {"\r\n \r\n", "\r\n"}};
  for (const auto& [broken, fixed] : kBroken) {
    for (size_t at = text.find(broken); at != std::string::npos;
         at = text.find(broken, at + fixed.size()))
      text.replace(at, broken.size(), fixed);
  }
  return text;
}

std::string ToText(icalcomponent* component) {
  char* text = icalcomponent_as_ical_string_r(component);
  std::string out = text ? text : "";
  icalmemory_free_buffer(text);
  return RemoveFoldsAtLineEnds(std::move(out));
}

}  // namespace ics

struct CalendarFeeds::Impl {
  Impl(const Programme& p, const Theme& t, FeedHistory h, std::string now)
      : programme(p), theme(t), history(std::move(h)), now_utc(std::move(now)),
        zones(p), feeds(FeedsOf(p)) {}

  // The file of feed; libical's zones expand lazily and are shared, so one
  // feed renders at a time. Each event's VEVENT is built once.
  std::string Render(const Feed& feed) {
    std::lock_guard<std::mutex> lock(mutex);
    for (const Event* e : *feed.events)
      if (!vevents.count(e))
        vevents[e] = ics::BuildEvent(programme, theme, zones, *e, history, now_utc);
    return RenderFeed(programme, zones, vevents, feed);
  }

  const Programme& programme;
  const Theme& theme;
  const FeedHistory history;
  const std::string now_utc;
  ics::TimeZones zones;
  std::vector<Feed> feeds;
  std::mutex mutex;
  std::map<const Event*, Component> vevents;
};

CalendarFeeds::CalendarFeeds(const Programme& programme, const Theme& theme,
                             FeedHistory previous, std::string now_utc)
    : impl_(std::make_unique<Impl>(programme, theme, std::move(previous),
                                   std::move(now_utc))) {}

CalendarFeeds::~CalendarFeeds() = default;

void PlanIcs(CalendarFeeds& calendar, Plan* plan) {
  CalendarFeeds::Impl* impl = calendar.impl_.get();
  for (const Feed& feed : impl->feeds) {
    JobInputs inputs;
    inputs.events = SlugsOf(*feed.events);
    plan->Add(TextJob("calendar feed", feed.path, std::move(inputs),
                      [impl, &feed] { return impl->Render(feed); }));
  }
  for (const Event* e : impl->programme.events()) {
    JobInputs inputs;
    inputs.events = {e->slug};
    plan->Add(TextJob("event calendar", EventDir(e->slug) + "event.ics", std::move(inputs),
                      [impl, e] {
                        std::vector<const Event*> alone = {e};
                        Feed feed{FeedKind::kWhole, e->slug, EventDir(e->slug) + "event.ics",
                                  e->title, e->title, &alone};
                        return impl->Render(feed);
                      }));
  }
}

void RenderIcs(const Programme& programme, const Theme& theme, const FeedHistory& previous,
               const std::string& now_utc, OutputSet* out) {
  CalendarFeeds calendar(programme, theme, previous, now_utc);
  Plan plan;
  PlanIcs(calendar, &plan);
  for (const Job& job : plan.jobs()) out->Add(job.path, job.text());
}

std::string IcsTimestamp(std::time_t t) {
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &utc);
  return text;
}

}  // namespace affiche
