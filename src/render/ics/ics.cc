// The feeds: which events go in which file, and the calendar around them.
#include "render/ics/ics.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "render/core/event_parts.h"
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
  const std::string& description =
      site.description.empty() ? site.title : site.description;
  if (!description.empty()) {
    add(icalproperty_new_description(description.c_str()));
    add(TextExtension("X-WR-CALDESC", description));
  }
  icalproperty* timezone = icalproperty_new_x(site.timezone.c_str());
  icalproperty_set_x_name(timezone, "X-WR-TIMEZONE");
  add(timezone);
  AddRefresh(site.calendar.refresh, calendar);
}

// One event's VEVENT as libical writes it, serialised once and copied into
// every feed the event is in.
struct EventText {
  std::string text;
  bool has_organizer = false;
  PublishedEvent revision;  // its SEQUENCE and LAST-MODIFIED
};

constexpr char kCalendarEnd[] = "END:VCALENDAR\r\n";

// One .ics file: the calendar, the VTIMEZONE of each zone its events use (the
// site's when it has no event yet: a calendar needs a component), its events.
// libical writes a component as its BEGIN line, its properties, its
// subcomponents and its END line, so the calendar's own text with the pieces
// spliced in before its END line is what libical writes for the whole.
// events are the VEVENTs of feed's events, zones the VTIMEZONEs by name.
std::string RenderFeed(const Programme& programme, const Feed& feed,
                       const std::vector<const EventText*>& events,
                       const std::map<std::string, std::string>& zones) {
  std::set<std::string> zone_names;
  // METHOD:PUBLISH asks (RFC 5546) for an ORGANIZER in every VEVENT; without
  // an address to give, the feed goes without METHOD, as good for subscribers.
  bool publish = true;
  for (const Event* e : *feed.events)
    if (!e->all_day()) zone_names.insert(programme.TimeZoneOf(*e));
  for (const EventText* e : events) publish = publish && e->has_organizer;
  if (events.empty()) zone_names.insert(programme.site().timezone);

  Component calendar(icalcomponent_new_vcalendar());
  AddCalendarProperties(programme.site(), feed, publish, calendar.get());
  std::string text = ics::ToText(calendar.get());
  text.resize(text.size() - (sizeof kCalendarEnd - 1));
  size_t size = text.size() + sizeof kCalendarEnd;
  for (const EventText* e : events) size += e->text.size();
  text.reserve(size);
  for (const std::string& name : zone_names) {
    auto zone = zones.find(name);
    if (zone != zones.end()) text += zone->second;
  }
  for (const EventText* e : events) text += e->text;
  text += kCalendarEnd;
  return text;
}

}  // namespace

namespace ics {

// libical 3.0.16 folds a content line with its CRLF counted in: when the last
// piece of a long line is 73 or 74 octets, the fold lands inside or just before
// the line end ("…\r" "\r\n " "\n", or "…" "\r\n " "\r\n"), which breaks
// parsers (fixed upstream by libical PR #1338, in 4.0.3). Removing such a fold
// gives what the fixed writer gives: that piece fits on its line anyway. One
// pass per pattern, copying, so that a long feed costs its length.
std::string RemoveFoldsAtLineEnds(std::string text) {
  static const std::pair<std::string_view, std::string_view> kBroken[] = {
      {"\r\r\n \n", "\r\n"}, {"\r\n \r\n", "\r\n"}};
  for (const auto& [broken, fixed] : kBroken) {
    size_t at = text.find(broken);
    if (at == std::string::npos) continue;
    std::string out;
    out.reserve(text.size());
    size_t done = 0;
    for (; at != std::string::npos; at = text.find(broken, done)) {
      out.append(text, done, at - done).append(fixed);
      done = at + broken.size();
    }
    out.append(text, done, std::string::npos);
    text = std::move(out);
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
      : programme(p),
        theme(t),
        history(std::move(h)),
        now_utc(std::move(now)),
        zones(p),
        feeds(FeedsOf(p)),
        events(p.events()) {
    for (const auto& [name, zone] : zones.all())
      zone_texts[name] = ics::ToText(icaltimezone_get_component(zone.get()));
  }

  // The file of feed, from any thread.
  std::string Render(const Feed& feed) {
    std::vector<const EventText*> texts;
    texts.reserve(feed.events->size());
    for (const Event* e : *feed.events) texts.push_back(&Made(*e));
    return RenderFeed(programme, feed, texts, zone_texts);
  }

  // The event's VEVENT, built and written by the first feed that needs it.
  const EventText& Made(const Event& e) {
    return events.Get(e, [this, &e] {
      EventText text;
      Component v =
          ics::BuildEvent(programme, theme, zones, e, history, now_utc, &text.revision);
      text.text = ics::ToText(v.get());
      text.has_organizer =
          icalcomponent_get_first_property(v.get(), ICAL_ORGANIZER_PROPERTY) != nullptr;
      return text;
    });
  }

  const Programme& programme;
  const Theme& theme;
  const FeedHistory history;
  const std::string now_utc;
  ics::TimeZones zones;
  std::vector<Feed> feeds;
  EventParts<EventText> events;
  std::map<std::string, std::string> zone_texts;  // the VTIMEZONEs, by name
};

CalendarFeeds::CalendarFeeds(const Programme& programme, const Theme& theme,
                             FeedHistory previous, std::string now_utc)
    : impl_(std::make_unique<Impl>(programme, theme, std::move(previous),
                                   std::move(now_utc))) {}

CalendarFeeds::~CalendarFeeds() = default;

std::string CalendarFeeds::LastModified(const Event& event) const {
  return impl_->Made(event).revision.last_modified;
}

std::string CalendarFeeds::LatestChange(const std::vector<const Event*>& events) const {
  std::string latest = "19700101T000000Z";  // UTC times sort as text
  for (const Event* e : events)
    latest = std::max(latest, impl_->Made(*e).revision.last_modified);
  return latest;
}

FeedHistory CalendarFeeds::Published() const {
  FeedHistory published;
  for (const Event* e : impl_->programme.events()) {
    std::string uid = impl_->programme.UidOf(*e);
    if (const EventText* text = impl_->events.Find(*e)) {
      published[uid] = text->revision;
    } else {
      auto was = impl_->history.find(uid);
      if (was != impl_->history.end()) published[uid] = was->second;
    }
  }
  return published;
}

void CalendarFeeds::KeepFrom(const CalendarFeeds& before,
                             const std::set<std::string>& changed) {
  impl_->events.KeepFrom(before.impl_->events, changed);
}

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
    plan->Add(TextJob(
        "event calendar", EventDir(e->slug) + "event.ics", std::move(inputs), [impl, e] {
          std::vector<const Event*> alone = {e};
          Feed feed{FeedKind::kWhole, e->slug,  EventDir(e->slug) + "event.ics",
                    e->title,         e->title, &alone};
          return impl->Render(feed);
        }));
  }
}

void RenderIcs(const Programme& programme, const Theme& theme,
               const FeedHistory& previous, const std::string& now_utc, OutputSet* out) {
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
