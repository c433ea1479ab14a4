// The embeddable programmes as jobs of the page plan: for every department,
// category, venue and organiser, embed/<kind>/<id>/index.html, its events in a
// compact page for an <iframe> on a partner's site (no site header, links
// opening in the parent window, a small style sheet of its own, no script).
#ifndef AFFICHE_RENDER_HTML_EMBED_H_
#define AFFICHE_RENDER_HTML_EMBED_H_

#include "base/output_set.h"
#include "model/programme.h"
#include "render/core/plan.h"
#include "render/views/view_model.h"
#include "theme/theme.h"

namespace affiche {

// One job per listing entry, through the theme's "embed" layout; a theme
// without it (made before affiche had one) gets no embed pages. They are not
// pages a visitor lands on: the sitemap leaves them out.
void PlanEmbedPages(const ViewModel& vm, Plan* plan);

// Renders them into out (for tests of this room).
void RenderEmbedPages(const Programme& programme, const Theme& theme, OutputSet* out);

}  // namespace affiche

#endif  // AFFICHE_RENDER_HTML_EMBED_H_
