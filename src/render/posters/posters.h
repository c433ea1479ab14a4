// Posters: one print-ready page per event (events/<slug>/poster/index.html),
// set by the theme's poster layout for the event's poster.layout, at its
// poster.format (A3 or A4), with a QR code of the event's page.
#ifndef AFFICHE_RENDER_POSTERS_POSTERS_H_
#define AFFICHE_RENDER_POSTERS_POSTERS_H_

#include <string>

#include "base/output_set.h"
#include "model/programme.h"
#include "render/core/plan.h"
#include "render/views/view_model.h"
#include "theme/theme.h"

namespace affiche {

// The theme layout of a poster layout: "poster-conference", … A theme that
// lacks one uses its "poster-standard".
std::string PosterLayoutName(const std::string& poster_layout);

// Plans the poster of every event. A theme without poster layouts (made before
// affiche had posters) gets none.
void PlanPosters(const ViewModel& vm, Plan* plan);

// A poster page hides its "Télécharger le PDF" link between these until its
// PDF exists: after a plain `affiche build` no link is dead.
inline constexpr char kPdfLinkOpen[] = "<!--affiche-pdf ";
inline constexpr char kPdfLinkClose[] = " affiche-pdf-->";

// Shows the hidden PDF link of html (a poster page) and returns it; html as
// it is when it has none.
std::string ShowPdfLink(const std::string& html);

// Renders the posters into out (for tests of this room).
void RenderPosters(const Programme& programme, const Theme& theme, OutputSet* out);

}  // namespace affiche

#endif  // AFFICHE_RENDER_POSTERS_POSTERS_H_
