// The HTML site: every page of the programme through the theme's layouts,
// plus the static files, 404.html, sitemap.xml, feed.xml and events.json.
#ifndef AFFICHE_RENDER_HTML_HTML_H_
#define AFFICHE_RENDER_HTML_HTML_H_

#include "base/output_set.h"
#include "model/programme.h"
#include "theme/theme.h"

namespace affiche {

// Renders into out: index.html (the programme by day), events/<slug>/,
// departments/, categories/ and venues/ (an index and one page each),
// pages/<slug>/, 404.html, the theme's static files then the content's (the
// content's win), sitemap.xml, feed.xml and events.json. Pages render on
// several threads. theme must have every layout of kHtmlLayouts (LoadTheme
// checks it).
void RenderHtml(const Programme& programme, const Theme& theme, OutputSet* out);

}  // namespace affiche

#endif  // AFFICHE_RENDER_HTML_HTML_H_
