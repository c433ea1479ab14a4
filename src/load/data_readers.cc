// Readers for the YAML data files: site.yaml, venues and organisers.
#include <cstdlib>

#include "load/front_matter.h"
#include "load/readers.h"
#include "load/yaml_reader.h"

namespace affiche {

namespace {

void ReadEdition(MapReader& site, Edition* out) {
  auto edition = site.Nested("edition", "{ number: 3, year: 2009, start: 2009-11-01 }");
  if (!edition) return;
  edition->Int("number", &out->number);
  edition->Int("year", &out->year);
  edition->DateOnly("start", &out->start);
  edition->DateOnly("end", &out->end);
  edition->WarnUnknownKeys({"number", "year", "start", "end"});
}

void ReadCalendar(MapReader& site, CalendarSettings* out) {
  auto calendar = site.Nested("calendar", "{ name: \"…\", refresh: P1D }");
  if (!calendar) return;
  calendar->String("name", &out->name);
  calendar->String("refresh", &out->refresh);
  calendar->Bool("cancelled_prefix", &out->cancelled_prefix);
  calendar->WarnUnknownKeys({"name", "refresh", "cancelled_prefix"});
}

void ReadProgramme(MapReader& site, int* per_page) {
  auto programme = site.Nested("programme", "{ per_page: 200 }");
  if (!programme) return;
  programme->WarnUnknownKeys({"per_page"});
  YAML::Node node = programme->Get("per_page");
  if (!node || node.IsNull()) return;
  std::string value = node.IsScalar() ? node.Scalar() : "";
  bool digits = !value.empty() && value.size() <= 6 &&
                value.find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoi(value) == 0) {
    programme->doc()->Error(
        node,
        "'per_page' must be a whole number of events above 0, not " +
            (node.IsScalar() ? "'" + value + "'" : std::string("a list or a mapping")),
        "write how many events a page of the programme may list before it is "
        "split by month, week and day, e.g. 'programme: { per_page: 200 }'");
    return;
  }
  *per_page = std::stoi(value);
}

void ReadHistory(MapReader& site, std::vector<PastEdition>* out) {
  for (MapReader& entry : site.NestedList(
           "history", "{ year: 2008, edition: 2, events: 31, participants: 1400 }")) {
    PastEdition past;
    std::optional<int64_t> events, participants;
    entry.Int("year", &past.year);
    entry.Int("edition", &past.edition);
    entry.Count("events", &events);
    entry.Count("participants", &participants);
    entry.WarnUnknownKeys({"year", "edition", "events", "participants"});
    past.events = events.value_or(0);
    past.participants = participants.value_or(0);
    out->push_back(past);
  }
}

void ReadPress(MapReader& site, PressContact* out) {
  auto press =
      site.Nested("press", "{ name: \"…\", email: presse@example.org, phone: \"…\" }");
  if (!press) return;
  press->String("name", &out->name);
  press->String("email", &out->email);
  press->String("phone", &out->phone);
  press->WarnUnknownKeys({"name", "email", "phone"});
}

}  // namespace

bool ReadSiteConfig(const std::string& path, const std::string& text, SiteConfig* out,
                    Diagnostics* diags) {
  out->source = path;
  int errors = diags->error_count();
  YamlDocument doc(path, 1, diags);
  YAML::Node root;
  if (!doc.Parse(NormalizeText(text), &root)) return false;
  MapReader site(&doc, root, &out->positions);
  site.String("title", &out->title, true);
  site.String("description", &out->description);
  site.String("base_url", &out->base_url, true);
  if (!out->base_url.empty()) {
    if (out->base_url.compare(0, 8, "https://") != 0 &&
        out->base_url.compare(0, 7, "http://") != 0)
      doc.Error(site.PosOf("base_url"),
                "base_url must be an absolute http(s) URL, not '" + out->base_url + "'",
                "write the address the site is published at, e.g. "
                "\"https://www.example.org/mois-ess/\"");
    if (out->base_url.back() != '/') out->base_url += '/';
  }
  site.OneOf("language", {"fr", "en"}, &out->language);
  site.String("timezone", &out->timezone);
  site.String("theme", &out->theme);
  site.String("email", &out->email);
  site.Bool("unsafe_html", &out->unsafe_html);
  ReadEdition(site, &out->edition);
  site.Labels("departments", &out->departments);
  site.Labels("categories", &out->categories);
  ReadCalendar(site, &out->calendar);
  if (out->calendar.name.empty()) out->calendar.name = out->title;
  ReadProgramme(site, &out->per_page);
  ReadHistory(site, &out->history);
  ReadPress(site, &out->press);
  site.WarnUnknownKeys({"title", "description", "base_url", "language", "timezone",
                        "theme", "email", "unsafe_html", "edition", "departments",
                        "categories", "calendar", "programme", "history", "press"});
  return diags->error_count() == errors;
}

// Reads the fields of a venue mapping (a venue file or an event's inline venue).
void ReadVenueFields(MapReader& venue, Venue* out) {
  venue.String("name", &out->name, true);
  venue.String("address", &out->address);
  venue.String("postcode", &out->postcode);
  venue.String("city", &out->city);
  venue.String("department", &out->department);
  venue.String("url", &out->url);
  venue.Count("capacity", &out->capacity);
  if (venue.Has("geo")) {
    YAML::Node geo = venue.Get("geo");
    char* end_lat = nullptr;
    char* end_lon = nullptr;
    bool ok =
        geo.IsSequence() && geo.size() == 2 && geo[0].IsScalar() && geo[1].IsScalar();
    double lat = 0, lon = 0;
    if (ok) {
      lat = std::strtod(geo[0].Scalar().c_str(), &end_lat);
      lon = std::strtod(geo[1].Scalar().c_str(), &end_lon);
      ok = *end_lat == '\0' && *end_lon == '\0' && lat >= -90 && lat <= 90 &&
           lon >= -180 && lon <= 180 && !geo[0].Scalar().empty() &&
           !geo[1].Scalar().empty();
    }
    if (ok)
      out->geo = std::make_pair(lat, lon);
    else
      venue.doc()->Error(geo,
                         "'geo' must be [latitude, longitude] in degrees, like "
                         "[49.8941, 2.2958]");
  }
  venue.WarnUnknownKeys(
      {"name", "address", "postcode", "city", "department", "url", "capacity", "geo"});
}

bool ReadVenue(const std::string& id, const std::string& path, const std::string& text,
               Venue* out, Diagnostics* diags) {
  out->id = id;
  out->source = path;
  int errors = diags->error_count();
  YamlDocument doc(path, 1, diags);
  YAML::Node root;
  if (!doc.Parse(NormalizeText(text), &root)) return false;
  MapReader venue(&doc, root, &out->positions);
  ReadVenueFields(venue, out);
  return diags->error_count() == errors;
}

bool ReadOrganiser(const std::string& id, const std::string& path,
                   const std::string& text, Organiser* out, Diagnostics* diags) {
  out->id = id;
  out->source = path;
  int errors = diags->error_count();
  YamlDocument doc(path, 1, diags);
  YAML::Node root;
  if (!doc.Parse(NormalizeText(text), &root)) return false;
  MapReader organiser(&doc, root);
  organiser.String("name", &out->name, true);
  organiser.String("url", &out->url);
  organiser.String("email", &out->email);
  organiser.String("logo", &out->logo);
  organiser.WarnUnknownKeys({"name", "url", "email", "logo"});
  return diags->error_count() == errors;
}

}  // namespace affiche
