// events.json: the programme as data, for other sites and scripts.
#include "base/escape.h"
#include "render/core/urls.h"
#include "render/html/feeds.h"

namespace affiche {

namespace {

std::string OrNull(const std::string& text) {
  return text.empty() ? "null" : JsonString(text);
}

std::string VenueJson(const Programme& programme, const Event& e) {
  const Venue* venue = programme.VenueOf(e);
  if (!venue) return "null";
  return "{\"id\": " + OrNull(e.inline_venue ? "" : e.venue) +
         ", \"name\": " + JsonString(venue->name) + ", \"city\": " + OrNull(venue->city) +
         "}";
}

}  // namespace

std::string EventsJson(const Programme& programme) {
  std::string json = "[";
  bool first = true;
  for (const Event* e : programme.events()) {
    json += first ? "\n" : ",\n";
    first = false;
    std::string categories;
    for (const std::string& c : e->categories)
      categories += (categories.empty() ? "" : ", ") + JsonString(c);
    json +=
        "  {\"slug\": " + JsonString(e->slug) + ", \"title\": " + JsonString(e->title) +
        ", \"start\": " + JsonString(e->start.Iso()) +
        ", \"end\": " + (e->end ? JsonString(e->end->Iso()) : "null") +
        ", \"timezone\": " + JsonString(programme.TimeZoneOf(*e)) +
        ", \"url\": " + JsonString(programme.AbsoluteUrl(EncodePath(EventDir(e->slug)))) +
        ", \"venue\": " + VenueJson(programme, *e) +
        ", \"department\": " + OrNull(programme.DepartmentOf(*e)) +
        ", \"categories\": [" + categories + "]" +
        ", \"status\": " + JsonString(StatusName(e->status)) + "}";
  }
  return json + (first ? "]\n" : "\n]\n");
}

}  // namespace affiche
