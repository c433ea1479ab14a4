// The content of a site as plain values: site settings, venues, organisers,
// events and pages, as the loader read them. No I/O here.
#ifndef AFFICHE_MODEL_CONTENT_H_
#define AFFICHE_MODEL_CONTENT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "model/date.h"

namespace affiche {

// An ordered id -> label list (departments, categories), in site.yaml order.
using LabelList = std::vector<std::pair<std::string, std::string>>;

// Where each front-matter key of a file was found, for error messages.
using KeyPositions = std::map<std::string, SourcePos>;

struct Venue {
  std::string id;
  std::string source;  // display path of the file ("" for an inline venue)
  std::string name, address, postcode, city, department, url;
  std::optional<std::pair<double, double>> geo;  // latitude, longitude
  std::optional<int64_t> capacity;
  KeyPositions positions;
};

struct Organiser {
  std::string id;
  std::string source;
  std::string name, url, email, logo;
};

enum class Status { kConfirmed, kTentative, kCancelled, kPostponed };

struct Session {
  std::string start, end, title, format;
};

struct Poster {
  std::string layout = "standard";  // conference | village | colloque | standard
  std::string format = "A3";        // A3 | A4
  std::string kind;                 // "CONFÉRENCE - DÉBAT"
  std::string tagline;
  std::vector<std::string> questions;
};

struct Event {
  std::string slug;    // file name without .md
  std::string source;  // display path, e.g. "content/events/x.md"
  std::string title;
  LocalTime start;
  std::optional<LocalTime> end;  // for all-day events, the inclusive last day
  std::string timezone;          // "" = the site's
  std::string venue;             // a venue id, or "" with inline_venue / none
  std::optional<Venue> inline_venue;
  std::string room;
  std::string department;  // "" = the venue's
  std::vector<std::string> categories;
  std::vector<std::string> organisers;
  Status status = Status::kConfirmed;
  std::optional<int64_t> attendance;
  std::optional<int64_t> registered;
  std::string price, registration, contact, email, summary, uid;
  std::string image;  // its sharing image, a path under content/static/, or ""
  bool draft = false;
  bool highlight = false;  // one of the edition's highlights, in the press kit
  std::string lang;        // the language of its texts ("en") when not the site's, or ""
  Poster poster;
  std::vector<std::string> exhibitors;
  std::vector<Session> sessions;
  std::string body_html;  // the Markdown body, rendered
  std::string body_text;  // the Markdown body as plain text (feeds)
  // The body's beginning, for a press release that prints on one page; ""
  // when the whole body fits.
  std::string press_html;
  KeyPositions positions;

  bool all_day() const { return !start.has_time(); }
  // The last day the event takes place on.
  Date last_day() const { return end ? end->date : start.date; }
};

struct Page {
  std::string slug;
  std::string source;
  std::string title;
  std::string body_html;
};

// A file copied as is to the site (content/static/ and the theme's static/).
struct StaticFile {
  std::string path;  // relative to the site root, e.g. "logos/cres.png"
  std::string bytes;
};

struct Edition {
  int number = 0;
  int year = 0;
  std::optional<Date> start, end;
};

struct PastEdition {
  int year = 0;
  int edition = 0;
  int64_t events = 0;
  int64_t participants = 0;
};

struct CalendarSettings {
  std::string name;
  std::string refresh = "P1D";  // ISO 8601 duration
  bool cancelled_prefix = false;
};

// Who journalists write to (site.yaml's press:), on every press release.
struct PressContact {
  std::string name, email, phone;
};

struct SiteConfig {
  std::string source;  // display path of site.yaml
  std::string title;
  std::string description;
  std::string base_url;  // always ends with '/'
  std::string language = "fr";
  std::string timezone = "Europe/Paris";
  std::string theme = "default";
  std::string email;  // the organisers' address, for feeds
  bool unsafe_html = false;
  Edition edition;
  LabelList departments;
  LabelList categories;
  CalendarSettings calendar;
  // The most entries (an event on one of its days) a page of the programme,
  // or of a listing, holds before it is split by month, week, then day.
  int per_page = 200;
  std::vector<PastEdition> history;
  PressContact press;
  KeyPositions positions;
};

struct Content {
  SiteConfig site;
  std::map<std::string, Venue> venues;
  std::map<std::string, Organiser> organisers;
  std::vector<Event> events;  // in file-name order; drafts already left out
  std::vector<Page> pages;
  std::vector<StaticFile> static_files;
};

const char* StatusName(Status status);  // "confirmed", …

// The label of id in a LabelList, or id itself when absent.
const std::string& LabelOf(const LabelList& list, const std::string& id);

}  // namespace affiche

#endif  // AFFICHE_MODEL_CONTENT_H_
