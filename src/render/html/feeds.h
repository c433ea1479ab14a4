// The machine-readable companions of the HTML site: sitemap.xml, feed.xml
// (Atom, events by start) and events.json, as texts (html.h plans them).
#ifndef AFFICHE_RENDER_HTML_FEEDS_H_
#define AFFICHE_RENDER_HTML_FEEDS_H_

#include <string>
#include <vector>

#include "model/programme.h"
#include "theme/theme.h"

namespace affiche {

// sitemap.xml: the absolute URL of each page in page_paths ("events/x/index.html"
// is listed as base_url + "events/x/").
std::string SitemapXml(const Programme& programme,
                       const std::vector<std::string>& page_paths);

// feed.xml: one Atom entry per event, by start. Entries are dated by the day
// of the event (affiche knows no file times, and a rebuild gives the same feed).
std::string AtomFeedXml(const Programme& programme, const Theme& theme);

// events.json: the site and its events by start, in the format of
// events.schema.json (src/render/html/), which the site also publishes, at
// kEventsSchemaPath. Times carry their UTC offset ("2009-11-09T18:00:00+01:00"),
// all-day events have dates alone.
extern const char* const kEventsSchemaPath;  // "events.schema.json"
extern const char* const kEventsSchema;      // the schema's text
std::string EventsJson(const Programme& programme);

}  // namespace affiche

#endif  // AFFICHE_RENDER_HTML_FEEDS_H_
