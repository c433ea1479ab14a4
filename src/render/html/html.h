// The HTML site as jobs of the page plan: every page of the programme through
// the theme's layouts, the static files, and the machine-readable companions
// (sitemap.xml, feed.xml, events.json).
#ifndef AFFICHE_RENDER_HTML_HTML_H_
#define AFFICHE_RENDER_HTML_HTML_H_

#include "base/output_set.h"
#include "model/programme.h"
#include "render/core/plan.h"
#include "render/views/view_model.h"
#include "theme/theme.h"

namespace affiche {

// The theme's static files, then the content's (the content's win).
void PlanStaticFiles(const Programme& programme, const Theme& theme, Plan* plan);

// index.html (the programme by day), departments/, categories/ and venues/
// (an index and one page each), pages/<slug>/, subscribe/ and 404.html. The
// theme must have every layout of kHtmlLayouts (LoadTheme checks it).
void PlanProgrammePages(const ViewModel& vm, Plan* plan);
// events/<slug>/index.html for every event.
void PlanEventPages(const ViewModel& vm, Plan* plan);

// sitemap.xml (every page of the two above but 404.html), feed.xml, events.json.
void PlanSitemap(const ViewModel& vm, Plan* plan);
void PlanAtomFeed(const Programme& programme, const Theme& theme, Plan* plan);
void PlanEventsJson(const Programme& programme, Plan* plan);

// Renders every job above into out (for tests of this room).
void RenderHtml(const Programme& programme, const Theme& theme, OutputSet* out);

}  // namespace affiche

#endif  // AFFICHE_RENDER_HTML_HTML_H_
