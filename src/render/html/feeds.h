// The machine-readable companions of the HTML site: sitemap.xml, feed.xml
// (Atom, events by start) and events.json, as texts (html.h plans them).
#ifndef AFFICHE_RENDER_HTML_FEEDS_H_
#define AFFICHE_RENDER_HTML_FEEDS_H_

#include <functional>
#include <string>
#include <vector>

#include "model/programme.h"
#include "theme/theme.h"

namespace affiche {

// One page of the sitemap: its file and when it last changed.
struct SitemapPage {
  std::string path;           // "events/x/index.html" is listed as base_url + "events/x/"
  std::string last_modified;  // an iCalendar UTC time, "20091101T120000Z"
};

// sitemap.xml: the absolute URL of each page with its <lastmod>, by URL.
std::string SitemapXml(const Programme& programme, std::vector<SitemapPage> pages);

// robots.txt: every crawler welcome, and where the sitemap is.
std::string RobotsTxt(const Programme& programme);

// One event's <entry> of feed.xml, its <updated> when the event last changed
// (last_modified, an iCalendar UTC time).
std::string AtomEntry(const Programme& programme, const Theme& theme, const Event& e,
                      const std::string& last_modified);

// feed.xml: the entry of each event (AtomEntry) by start; updated, the
// feed's <updated>, is the latest change of them (an iCalendar UTC time).
std::string AtomFeedXml(const Programme& programme, const std::string& updated,
                        const std::function<const std::string&(const Event&)>& entry);

// events.json: the site and its events by start, in the format of
// events.schema.json (src/render/html/), which the site also publishes, at
// kEventsSchemaPath. Times carry their UTC offset ("2009-11-09T18:00:00+01:00"),
// all-day events have dates alone.
extern const char* const kEventsSchemaPath;  // "events.schema.json"
extern const char* const kEventsSchema;      // the schema's text
std::string EventsJson(const Programme& programme,
                       const std::function<const std::string&(const Event&)>& object);
// One event's object of events.json, as EventsJson lays it out (indented by
// four spaces, without the comma that follows it).
std::string EventJsonText(const Programme& programme, const Event& e);

}  // namespace affiche

#endif  // AFFICHE_RENDER_HTML_FEEDS_H_
