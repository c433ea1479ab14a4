// The data of an event's poster page (events/<slug>/poster/index.html): its
// texts set for print and its QR code, under the page data every page has.
#ifndef AFFICHE_RENDER_POSTERS_POSTER_PAGE_H_
#define AFFICHE_RENDER_POSTERS_POSTER_PAGE_H_

#include "model/content.h"
#include "render/views/view_model.h"

namespace affiche {

ViewModel::Data PosterPage(const ViewModel& vm, const Event& event);

}  // namespace affiche

#endif  // AFFICHE_RENDER_POSTERS_POSTER_PAGE_H_
