// The HTML site as jobs of the page plan: every page of the programme through
// the theme's layouts, the static files, and the machine-readable companions
// (sitemap.xml, feed.xml, events.json).
#ifndef AFFICHE_RENDER_HTML_HTML_H_
#define AFFICHE_RENDER_HTML_HTML_H_

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/output_set.h"
#include "model/programme.h"
#include "render/core/event_parts.h"
#include "render/core/plan.h"
#include "render/ics/ics.h"
#include "render/views/view_model.h"
#include "theme/theme.h"

namespace affiche {

// The theme's static files, then the content's (the content's win).
void PlanStaticFiles(const Programme& programme, const Theme& theme, Plan* plan);

// index.html (the programme by day), departments/, categories/ and venues/
// (an index and one page each), each department's programme in print form
// (departments/<id>/programme/), pages/<slug>/, subscribe/ and 404.html. The
// theme must have every layout of kHtmlLayouts (LoadTheme checks it).
// today is the build's date in the site's zone (nullopt: none): while the
// edition runs, index.html opens with links to it and the rest of its week.
// Returns the paths of these pages but 404.html, for PlanSitemap.
std::vector<std::string> PlanProgrammePages(const ViewModel& vm,
                                            std::optional<Date> today, Plan* plan);
// events/<slug>/index.html for every event.
void PlanEventPages(const ViewModel& vm, Plan* plan);

// search/index.html: with indexed, the search box over the Pagefind index that
// affiche build adds to the site (site/search_index.h); else the page says
// search is not available. Both link to the listings and the days.
void PlanSearchPage(const ViewModel& vm, bool indexed, Plan* plan);

// sitemap.xml: every page a visitor lands on, programme_pages (as
// PlanProgrammePages returns them), the event pages and the tally page once
// the menus link to it, each with the time it last changed
// (from the calendar feeds' history: see SitemapXml). robots.txt, naming it
// (planned first: a robots.txt of content/static/ replaces it).
void PlanSitemap(const ViewModel& vm, const CalendarFeeds& calendar,
                 const std::vector<std::string>& programme_pages, Plan* plan);
void PlanRobots(const Programme& programme, Plan* plan);
// The events' pieces of feed.xml and events.json, made once a build (see
// EventParts). Must outlive the jobs planned with it.
struct FeedPieces {
  explicit FeedPieces(const Programme& programme)
      : atom_entries(programme.events()), json_objects(programme.events()) {}
  // Takes before's pieces of the events not in changed (as EventParts::KeepFrom).
  void KeepFrom(const FeedPieces& before, const std::set<std::string>& changed) {
    atom_entries.KeepFrom(before.atom_entries, changed);
    json_objects.KeepFrom(before.json_objects, changed);
  }
  EventParts<std::string> atom_entries, json_objects;
};

// feed.xml, its entries dated by when each event last changed; events.json.
void PlanAtomFeed(const Programme& programme, const Theme& theme,
                  const CalendarFeeds& calendar, FeedPieces* pieces, Plan* plan);
void PlanEventsJson(const Programme& programme, FeedPieces* pieces, Plan* plan);

// Renders every job above into out (for tests of this room), with the feeds'
// history `previous` and the time of the build now_utc (as RenderIcs).
void RenderHtml(const Programme& programme, const Theme& theme, OutputSet* out,
                const FeedHistory& previous = {},
                const std::string& now_utc = "20091101T120000Z");

}  // namespace affiche

#endif  // AFFICHE_RENDER_HTML_HTML_H_
