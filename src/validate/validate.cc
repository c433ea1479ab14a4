#include "validate/validate.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "base/spelling.h"
#include "model/programme.h"
#include "validate/attendance.h"
#include "validate/time_zones.h"

namespace affiche {

namespace {

constexpr long kFarFromTheEditionDays = 366;

std::vector<std::string> IdsOf(const LabelList& list) {
  std::vector<std::string> ids;
  for (const auto& [id, label] : list) ids.push_back(id);
  return ids;
}

template <typename Map>
std::vector<std::string> KeysOf(const Map& map) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : map) keys.push_back(key);
  return keys;
}

std::string JoinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out.empty() ? "(none yet)" : out;
}

SourcePos PosOf(const KeyPositions& positions, const std::string& key) {
  auto it = positions.find(key);
  return it == positions.end() ? SourcePos{} : it->second;
}

// Reports `id` when it is not one of `known`, with the closest known id.
void CheckReference(const std::string& path, SourcePos pos, const std::string& what,
                    const std::string& id, const std::vector<std::string>& known,
                    const std::string& hint, Diagnostics* diags) {
  for (const std::string& k : known)
    if (k == id) return;
  std::string suggestion = DidYouMean(id, known);
  diags->Error(
      path, pos,
      "unknown " + what + " '" + id + "'" + (suggestion.empty() ? "" : "; " + suggestion),
      hint);
}

void CheckDepartment(const std::string& path, SourcePos pos, const std::string& id,
                     const SiteConfig& site, Diagnostics* diags) {
  std::vector<std::string> departments = IdsOf(site.departments);
  CheckReference(path, pos, "department", id, departments,
                 "departments are listed in site.yaml: " + JoinIds(departments), diags);
}

void CheckTimeZone(const std::string& path, SourcePos pos, const std::string& zone,
                   Diagnostics* diags) {
  if (zone.empty() || IsKnownTimeZone(zone)) return;
  std::string suggestion = DidYouMean(zone, KnownTimeZones());
  diags->Error(
      path, pos,
      "unknown time zone '" + zone + "'" + (suggestion.empty() ? "" : "; " + suggestion),
      "use a name of the tz database, such as Europe/Paris");
}

void CheckDates(const Event& e, Diagnostics* diags) {
  if (e.end && *e.end < e.start)
    diags->Error(
        e.source, PosOf(e.positions, "end"),
        "end (" + e.end->Readable() + ") is before start (" + e.start.Readable() + ")",
        e.all_day() ? "for an all-day event, end is the last day (inclusive)"
                    : "check the date and the time of both");
}

void CheckEventReferences(const Event& e, const Content& content, bool site_ok,
                          Diagnostics* diags) {
  if (!e.venue.empty())
    CheckReference(e.source, PosOf(e.positions, "venue"), "venue", e.venue,
                   KeysOf(content.venues),
                   "a venue is a file in content/venues/: add content/venues/" + e.venue +
                       ".yaml or use one of its names",
                   diags);
  for (size_t i = 0; i < e.organisers.size(); ++i)
    CheckReference(
        e.source, PosOf(e.positions, "organisers[" + std::to_string(i) + "]"),
        "organiser", e.organisers[i], KeysOf(content.organisers),
        "an organiser is a file in content/organisers/: add content/organisers/" +
            e.organisers[i] + ".yaml or use one of its names",
        diags);
  if (!site_ok) return;
  if (!e.department.empty())
    CheckDepartment(e.source, PosOf(e.positions, "department"), e.department,
                    content.site, diags);
  if (e.inline_venue && !e.inline_venue->department.empty())
    CheckDepartment(e.source, PosOf(e.positions, "venue"), e.inline_venue->department,
                    content.site, diags);
  std::vector<std::string> categories = IdsOf(content.site.categories);
  for (size_t i = 0; i < e.categories.size(); ++i)
    CheckReference(e.source, PosOf(e.positions, "categories[" + std::to_string(i) + "]"),
                   "category", e.categories[i], categories,
                   "categories are listed in site.yaml: " + JoinIds(categories), diags);
}

// An event more than a year before or after the edition is likely a typing
// mistake in its year.
void CheckNearTheEdition(const Event& e, const Edition& edition, Diagnostics* diags) {
  if ((!edition.start && !edition.end) || e.start.date.year == 0)
    return;  // no start read
  Date first = edition.start ? *edition.start : *edition.end;
  Date last = edition.end ? *edition.end : *edition.start;
  if (first.AddDays(-kFarFromTheEditionDays) <= e.start.date &&
      e.start.date <= last.AddDays(kFarFromTheEditionDays))
    return;
  diags->Warning(
      e.source, PosOf(e.positions, "start"),
      "start (" + e.start.date.Iso() +
          ") is more than a year away from the "
          "edition (" +
          first.Iso() + " to " + last.Iso() + ")",
      "check the year; the edition's dates are site.yaml's edition: start and end");
}

// Two events with one UID would overwrite each other in subscribed calendars.
// An event's own sharing image: a PNG or JPEG file of content/static/, since
// social networks take no SVG.
void CheckImage(const Event& e, const Content& content, Diagnostics* diags) {
  if (e.image.empty()) return;
  SourcePos pos = PosOf(e.positions, "image");
  const std::string& path = e.image;
  bool leaves = path.front() == '/' || path.find('\\') != std::string::npos;
  for (size_t begin = 0; begin <= path.size() && !leaves;) {
    size_t end = std::min(path.find('/', begin), path.size());
    leaves = path.compare(begin, end - begin, "..") == 0;
    begin = end + 1;
  }
  if (leaves) {
    diags->Error(e.source, pos, "image '" + path + "' is outside content/static/",
                 "give a path under content/static/, such as images/" + e.slug + ".png");
    return;
  }
  std::string lower = path;
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto ends_with = [&](const std::string& end) {
    return lower.size() >= end.size() &&
           lower.compare(lower.size() - end.size(), end.size(), end) == 0;
  };
  if (!ends_with(".png") && !ends_with(".jpg") && !ends_with(".jpeg")) {
    diags->Error(e.source, pos, "image '" + path + "' is not a PNG or JPEG file",
                 "social networks show PNG and JPEG images only; export it as PNG, "
                 "1200×630 pixels");
    return;
  }
  for (const StaticFile& file : content.static_files)
    if (file.path == path) return;
  diags->Error(e.source, pos, "image 'content/static/" + path + "' does not exist",
               "put the file in content/static/, or correct the path (it is relative "
               "to content/static/)");
}

void CheckUniqueUids(const Content& content, Diagnostics* diags) {
  std::map<std::string, const Event*> seen;
  for (const Event& e : content.events) {
    auto [it, inserted] = seen.emplace(EventUid(e, content.site), &e);
    if (inserted) continue;
    const Event& first = *it->second;
    // Point at the explicit uid: line (the one the editor can change).
    const Event& at = e.uid.empty() ? first : e;
    const Event& other = e.uid.empty() ? e : first;
    diags->Error(at.source, PosOf(at.positions, "uid"),
                 "UID '" + it->first + "' is also the UID of " + other.source,
                 "every event needs its own uid; change this one or remove the line");
  }
}

}  // namespace

void ValidateContent(const Content& content, bool site_ok, Diagnostics* diags,
                     std::optional<Date> today) {
  if (site_ok)
    CheckTimeZone(content.site.source, PosOf(content.site.positions, "timezone"),
                  content.site.timezone, diags);
  for (const auto& [id, venue] : content.venues)
    if (site_ok && !venue.department.empty())
      CheckDepartment(venue.source, PosOf(venue.positions, "department"),
                      venue.department, content.site, diags);
  for (const Event& e : content.events) {
    CheckDates(e, diags);
    if (site_ok) CheckNearTheEdition(e, content.site.edition, diags);
    CheckTimeZone(e.source, PosOf(e.positions, "timezone"), e.timezone, diags);
    CheckEventReferences(e, content, site_ok, diags);
    CheckImage(e, content, diags);
  }
  CheckUniqueUids(content, diags);
  CheckAttendance(content, today ? *today : LocalToday(), diags);
}

}  // namespace affiche
