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

// events.json: an array of {slug, title, start, end, timezone, url, venue
// {id, name, city}, department, categories, status}, by start. start and end are
// local ISO times ("2009-11-09T18:00", a date alone for all-day events).
std::string EventsJson(const Programme& programme);

}  // namespace affiche

#endif  // AFFICHE_RENDER_HTML_FEEDS_H_
