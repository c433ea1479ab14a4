// The data of the tally page (tally/index.html): the headline figures, then
// one section per table with its charts, under the page data every page has.
#ifndef AFFICHE_RENDER_TALLY_TALLY_PAGE_H_
#define AFFICHE_RENDER_TALLY_TALLY_PAGE_H_

#include "model/tally.h"
#include "render/views/view_model.h"

namespace affiche {

ViewModel::Data TallyPage(const ViewModel& vm, const Tally& tally);

}  // namespace affiche

#endif  // AFFICHE_RENDER_TALLY_TALLY_PAGE_H_
