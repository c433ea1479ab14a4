// The events' sharing images: a 1200×630 page per event
// (events/<slug>/share/index.html), set by the theme's share-image layout
// from the event's title, date and place and the edition's name, which
// `affiche posters --pdf` captures to events/<slug>/share.png for og:image.
#ifndef AFFICHE_RENDER_POSTERS_SHARE_IMAGE_H_
#define AFFICHE_RENDER_POSTERS_SHARE_IMAGE_H_

#include "render/core/plan.h"
#include "render/views/view_model.h"

namespace affiche {

// Plans the share page of every event that has no `image:` of its own (that
// image stands for it). A theme without the share-image layout gets none,
// and its event pages name the edition's share.png.
void PlanSharePages(const ViewModel& vm, Plan* plan);

}  // namespace affiche

#endif  // AFFICHE_RENDER_POSTERS_SHARE_IMAGE_H_
