// SiteFacts: what every page shows beyond its own data, derived from the
// whole content: whether the menus link to the tally, the feeds the menus and
// listing pages offer, the free pages of the menus, and which static files
// the content has. With site.yaml and the
// theme, they are the site-wide inputs of every job of the plan: when they
// change, every output may, and the preview renders them all.
#ifndef AFFICHE_RENDER_CORE_SITE_FACTS_H_
#define AFFICHE_RENDER_CORE_SITE_FACTS_H_

#include <string>

#include "model/programme.h"

namespace affiche {

struct SiteFacts {
  bool tally_linked = false;
  std::string feeds;         // each feed's path, name and label
  std::string pages;         // each free page's slug, title and body
  std::string static_paths;  // the content's static files and PNG sizes (logos, images)

  bool operator==(const SiteFacts& o) const {
    return tally_linked == o.tally_linked && feeds == o.feeds && pages == o.pages &&
           static_paths == o.static_paths;
  }
  bool operator!=(const SiteFacts& o) const { return !(*this == o); }
};

SiteFacts SiteFactsOf(const Programme& programme);

}  // namespace affiche

#endif  // AFFICHE_RENDER_CORE_SITE_FACTS_H_
