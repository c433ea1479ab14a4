// The press: a release per event (events/<slug>/communique/index.html) and the
// edition's press kit (presse/index.html), each a print-ready page that
// `affiche posters --pdf` prints (communique.pdf, dossier-de-presse.pdf).
#ifndef AFFICHE_RENDER_PRESS_PRESS_H_
#define AFFICHE_RENDER_PRESS_PRESS_H_

#include "base/output_set.h"
#include "model/programme.h"
#include "render/core/plan.h"
#include "render/views/view_model.h"
#include "theme/theme.h"

namespace affiche {

// Plans the press releases and the press kit, after the posters (they link
// an event's poster when it has one). A theme without the "communique" and
// "press-kit" layouts (made before affiche had them) gets none.
void PlanPress(const ViewModel& vm, Plan* plan);

// Renders the posters and the press pages into out (for tests of this room).
void RenderPress(const Programme& programme, const Theme& theme, OutputSet* out);

}  // namespace affiche

#endif  // AFFICHE_RENDER_PRESS_PRESS_H_
