#include "render/ics/calendar_links.h"

#include <cstdio>
#include <vector>

#include "render/core/urls.h"
#include "render/ics/ics.h"

namespace affiche {
namespace {

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::string TrimEnd(std::string text) {
  while (!text.empty() &&
         (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
    text.pop_back();
  return text;
}

// "20091109" and "20091109T180000" (local, no zone).
std::string Compact(const Date& date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d%02d%02d", date.year, date.month, date.day);
  return text;
}
std::string Compact(const LocalTime& time) {
  char text[16];
  std::snprintf(text, sizeof text, "T%02d%02d00", time.hour(), time.minute());
  return Compact(time.date) + text;
}

// "2009-11-09T17:00:00Z" from UtcTimeOf()'s "20091109T170000Z"; the local
// time without a zone when the zone is unknown.
std::string IsoUtc(const std::string& zone, const LocalTime& time) {
  std::string utc = UtcTimeOf(zone, time);
  if (utc.size() != 16) return time.Iso() + ":00";
  return utc.substr(0, 4) + "-" + utc.substr(4, 2) + "-" + utc.substr(6, 2) + "T" +
         utc.substr(9, 2) + ":" + utc.substr(11, 2) + ":" + utc.substr(13, 2) + "Z";
}

// What "add to my calendar" links carry as details: short enough for a URL.
std::string LinkDetails(const Programme& programme, const Event& event) {
  return Join({TrimEnd(event.summary), EventUrl(programme, event)}, "\n\n");
}

}  // namespace

std::string EventLocation(const Programme& programme, const Event& event) {
  const Venue* venue = programme.VenueOf(event);
  if (!venue) return event.room;
  return Join({venue->name, event.room, venue->address,
               Join({venue->postcode, venue->city}, " ")},
              ", ");
}

std::string EventUrl(const Programme& programme, const Event& event) {
  return programme.AbsoluteUrl(EncodePath(EventDir(event.slug)));
}

std::string EventDescription(const Programme& programme, const Event& event) {
  return Join(
      {TrimEnd(event.summary), TrimEnd(event.body_text), EventUrl(programme, event)},
      "\n\n");
}

std::string GoogleCalendarEventLink(const Programme& programme, const Event& event) {
  std::string dates;
  if (event.all_day()) {
    dates = Compact(event.start.date) + "/" + Compact(event.last_day().AddDays(1));
  } else {
    dates = Compact(event.start) + "/" + Compact(event.end.value_or(event.start));
  }
  std::string link = "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" +
                     PercentEncode(event.title) + "&dates=" + PercentEncode(dates);
  if (!event.all_day()) link += "&ctz=" + PercentEncode(programme.TimeZoneOf(event));
  link += "&details=" + PercentEncode(LinkDetails(programme, event));
  std::string location = EventLocation(programme, event);
  if (!location.empty()) link += "&location=" + PercentEncode(location);
  return link;
}

std::string OutlookEventLink(const Programme& programme, const Event& event) {
  std::string start, end;
  if (event.all_day()) {
    start = event.start.date.Iso();
    end = event.last_day().AddDays(1).Iso();
  } else {
    std::string zone = programme.TimeZoneOf(event);
    start = IsoUtc(zone, event.start);
    end = IsoUtc(zone, event.end.value_or(event.start));
  }
  std::string link =
      "https://outlook.live.com/calendar/0/deeplink/"
      "compose?path=%2Fcalendar%2Faction%2Fcompose"
      "&rru=addevent&subject=" +
      PercentEncode(event.title) + "&startdt=" + PercentEncode(start) +
      "&enddt=" + PercentEncode(end) + "&allday=" + (event.all_day() ? "true" : "false") +
      "&body=" + PercentEncode(LinkDetails(programme, event));
  std::string location = EventLocation(programme, event);
  if (!location.empty()) link += "&location=" + PercentEncode(location);
  return link;
}

std::string WebcalUrl(const std::string& feed_url) {
  for (const char* scheme : {"https://", "http://"}) {
    std::string prefix = scheme;
    if (feed_url.compare(0, prefix.size(), prefix) == 0)
      return "webcal://" + feed_url.substr(prefix.size());
  }
  return feed_url.rfind("webcal://", 0) == 0 ? feed_url : "webcal://" + feed_url;
}

std::string GoogleSubscribeLink(const std::string& feed_url) {
  return "https://calendar.google.com/calendar/r?cid=" +
         PercentEncode(WebcalUrl(feed_url));
}

std::string OutlookSubscribeLink(const std::string& feed_url, const std::string& name) {
  return "https://outlook.live.com/calendar/0/addfromweb?url=" + PercentEncode(feed_url) +
         "&name=" + PercentEncode(name);
}

}  // namespace affiche
