// events.json: the programme as data for partner sites and scripts, in the
// format of events.schema.json (its version is the document's "version").
#include <nlohmann/json.hpp>

#include "render/core/urls.h"
#include "render/html/feeds.h"
#include "render/ics/ics.h"

namespace affiche {

namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& text) { return text.empty() ? Json() : Json(text); }

Json Labelled(const LabelList& labels, const std::string& id) {
  if (id.empty()) return Json();
  return Json{{"id", id}, {"name", LabelOf(labels, id)}};
}

Json VenueJson(const Programme& programme, const Event& e) {
  const Venue* venue = programme.VenueOf(e);
  if (!venue) return Json();
  Json geo;
  if (venue->geo)
    geo = {{"latitude", venue->geo->first}, {"longitude", venue->geo->second}};
  return Json{{"id", OrNull(e.inline_venue ? "" : e.venue)},
              {"name", venue->name},
              {"address", OrNull(venue->address)},
              {"postcode", OrNull(venue->postcode)},
              {"city", OrNull(venue->city)},
              {"geo", geo},
              {"url", OrNull(venue->url)}};
}

Json EventJson(const Programme& programme, const Event& e) {
  const SiteConfig& site = programme.site();
  std::string zone = programme.TimeZoneOf(e);
  Json categories = Json::array();
  for (const std::string& id : e.categories)
    categories.push_back(Labelled(site.categories, id));
  Json organisers = Json::array();
  for (const Organiser* o : programme.OrganisersOf(e))
    organisers.push_back({{"id", o->id}, {"name", o->name}, {"url", OrNull(o->url)}});
  return Json{
      {"slug", e.slug},
      {"uid", programme.UidOf(e)},
      {"title", e.title},
      {"summary", OrNull(e.summary)},
      {"url", programme.AbsoluteUrl(EncodePath(EventDir(e.slug)))},
      {"ics", programme.AbsoluteUrl(EncodePath(EventDir(e.slug) + "event.ics"))},
      {"start", IsoTimeOf(zone, e.start)},
      {"end", e.end ? Json(IsoTimeOf(zone, *e.end)) : Json()},
      {"all_day", e.all_day()},
      {"timezone", zone},
      {"status", StatusName(e.status)},
      {"venue", VenueJson(programme, e)},
      {"room", OrNull(e.room)},
      {"department", Labelled(site.departments, programme.DepartmentOf(e))},
      {"categories", std::move(categories)},
      {"organisers", std::move(organisers)},
      {"price", OrNull(e.price)},
      {"registration", OrNull(e.registration)},
      {"language", e.lang.empty() ? site.language : e.lang},
  };
}

}  // namespace

const int kEventsJsonVersion = 1;

std::string EventJsonText(const Programme& programme, const Event& e) {
  // As the document's dump lays it out: at depth 2, in an array at depth 1.
  std::string alone =
      EventJson(programme, e).dump(2, ' ', false, Json::error_handler_t::replace);
  std::string text = "    ";
  text.reserve(alone.size() + alone.size() / 8);
  for (char c : alone) {
    text += c;
    // A string's own line ends are escaped: each '\n' is between lines.
    if (c == '\n') text += "    ";
  }
  return text;
}

std::string EventsJson(const Programme& programme,
                       const std::function<const std::string&(const Event&)>& object) {
  const SiteConfig& site = programme.site();
  Json doc{{"$schema", programme.AbsoluteUrl(kEventsSchemaPath)},
           {"version", kEventsJsonVersion},
           {"title", site.title},
           {"url", site.base_url},
           {"language", site.language},
           {"timezone", site.timezone},
           {"events", Json::array()}};
  // Content is valid UTF-8 (the loader refuses anything else); replace keeps
  // a slip from throwing in the middle of a build.
  std::string text = doc.dump(2, ' ', false, Json::error_handler_t::replace);
  // The events are the last member: "  \"events\": []\n}" ends the text.
  const std::vector<const Event*>& events = programme.events();
  if (events.empty()) return text + '\n';
  text.resize(text.size() - 4);  // "[]\n}"
  size_t size = text.size();
  for (const Event* e : events) size += object(*e).size() + 2;
  text.reserve(size + 16);
  text += "[\n";
  for (size_t i = 0; i < events.size(); ++i) {
    if (i > 0) text += ",\n";
    text += object(*events[i]);
  }
  text += "\n  ]\n}\n";
  return text;
}

}  // namespace affiche
