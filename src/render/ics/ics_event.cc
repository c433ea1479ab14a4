// One event as a VEVENT: its times in its own zone, its text, its place, its
// organiser and its status, built with libical's API (libical escapes the text).
#include <string>
#include <vector>

#include "render/ics/calendar_links.h"
#include "render/ics/ics_internal.h"

namespace affiche::ics {
namespace {

icaltimetype DateValue(const Date& date) {
  icaltimetype t = icaltime_null_date();
  t.year = date.year;
  t.month = date.month;
  t.day = date.day;
  return t;
}

// DTSTART and DTEND: TZID=<zone> for timed events; VALUE=DATE for all-day
// ones, with the day after the last one as the (exclusive) end.
void AddTimes(const Event& event, icaltimezone* zone, icalcomponent* vevent) {
  if (event.all_day()) {
    icalcomponent_add_property(vevent,
                               icalproperty_new_dtstart(DateValue(event.start.date)));
    icalcomponent_add_property(
        vevent, icalproperty_new_dtend(DateValue(event.last_day().AddDays(1))));
    return;
  }
  icalcomponent_set_dtstart(vevent, LocalValue(event.start, zone));
  if (event.end) icalcomponent_set_dtend(vevent, LocalValue(*event.end, zone));
}

// The title, marked when the event is postponed, or cancelled and the site
// asks for it (Google Calendar hides STATUS:CANCELLED events).
std::string Summary(const Programme& programme, const Theme& theme, const Event& event) {
  if (event.status == Status::kPostponed)
    return theme.Label("ics_postponed_prefix") + event.title;
  if (event.status == Status::kCancelled && programme.site().calendar.cancelled_prefix)
    return theme.Label("ics_cancelled_prefix") + event.title;
  return event.title;
}

// A parameter value may hold no DQUOTE and no control character (RFC 5545 3.1).
std::string ParameterText(std::string text) {
  for (char& c : text) {
    if (c == '"') {
      c = '\'';
    } else if (static_cast<unsigned char>(c) < 0x20) {
      c = ' ';
    }
  }
  return text;
}

// The event's `email`, else its first organiser with an address, else the
// site's; nullptr when none of them gives one.
icalproperty* Organizer(const Programme& programme, const Event& event) {
  std::vector<const Organiser*> organisers = programme.OrganisersOf(event);
  std::string email, name;
  if (!event.email.empty()) {
    email = event.email;
    name = organisers.empty() ? programme.site().title : organisers.front()->name;
  } else {
    for (const Organiser* o : organisers) {
      if (o->email.empty()) continue;
      email = o->email;
      name = o->name;
      break;
    }
  }
  if (email.empty()) {
    email = programme.site().email;
    name = programme.site().title;
  }
  if (email.empty()) return nullptr;
  if (email.rfind("mailto:", 0) == 0) email.erase(0, 7);
  icalproperty* organizer = icalproperty_new_organizer(("mailto:" + email).c_str());
  if (!name.empty())
    icalproperty_add_parameter(organizer,
                               icalparameter_new_cn(ParameterText(name).c_str()));
  return organizer;
}

icalproperty_status StatusValue(Status status) {
  switch (status) {
    case Status::kConfirmed:
      return ICAL_STATUS_CONFIRMED;
    case Status::kCancelled:
      return ICAL_STATUS_CANCELLED;
    case Status::kTentative:
    case Status::kPostponed:  // a new date is not known yet
      return ICAL_STATUS_TENTATIVE;
  }
  return ICAL_STATUS_CONFIRMED;
}

}  // namespace

icaltimetype LocalValue(const LocalTime& time, icaltimezone* zone) {
  icaltimetype t = icaltime_null_time();
  t.year = time.date.year;
  t.month = time.date.month;
  t.day = time.date.day;
  t.hour = time.hour();
  t.minute = time.minute();
  t.zone = zone;
  return t;
}

Component BuildEvent(const Programme& programme, const Theme& theme,
                     const TimeZones& zones, const Event& event,
                     const FeedHistory& previous, const std::string& now_utc,
                     PublishedEvent* revision) {
  Component vevent(icalcomponent_new_vevent());
  icalcomponent* v = vevent.get();
  std::string uid = programme.UidOf(event);
  icalcomponent_add_property(v, icalproperty_new_uid(uid.c_str()));
  // Set once the revision is known (below); DTSTAMP = LAST-MODIFIED.
  icalproperty* dtstamp = icalproperty_new_dtstamp(icaltime_null_time());
  icalcomponent_add_property(v, dtstamp);
  AddTimes(event, zones.Find(programme.TimeZoneOf(event)), v);
  icalcomponent_add_property(
      v, icalproperty_new_summary(Summary(programme, theme, event).c_str()));

  std::string description = EventDescription(programme, event);
  icalcomponent_add_property(v, icalproperty_new_description(description.c_str()));
  std::string location = EventLocation(programme, event);
  if (!location.empty())
    icalcomponent_add_property(v, icalproperty_new_location(location.c_str()));
  const Venue* venue = programme.VenueOf(event);
  if (venue && venue->geo)
    icalcomponent_add_property(
        v, icalproperty_new_geo(icalgeotype{venue->geo->first, venue->geo->second}));
  icalcomponent_add_property(v, icalproperty_new_url(EventUrl(programme, event).c_str()));
  if (icalproperty* organizer = Organizer(programme, event))
    icalcomponent_add_property(v, organizer);
  for (const std::string& id : event.categories) {
    const std::string& label = LabelOf(programme.site().categories, id);
    icalcomponent_add_property(v, icalproperty_new_categories(label.c_str()));
  }
  icalcomponent_add_property(v, icalproperty_new_status(StatusValue(event.status)));

  *revision = Revise(previous, uid, PublishedContent(v),
                     event.status == Status::kCancelled, now_utc);
  icaltimetype modified = icaltime_from_string(revision->last_modified.c_str());
  icalproperty_set_dtstamp(dtstamp, modified);
  icalcomponent_add_property(v, icalproperty_new_sequence(revision->sequence));
  icalcomponent_add_property(v, icalproperty_new_lastmodified(modified));
  return vevent;
}

}  // namespace affiche::ics
