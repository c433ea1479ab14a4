#include "render/core/site_facts.h"

#include "model/tally.h"
#include "render/core/feed_list.h"
#include "render/core/images.h"

namespace affiche {

SiteFacts SiteFactsOf(const Programme& programme) {
  SiteFacts facts;
  facts.tally_linked = TallyLinked(programme);
  for (const Feed& feed : FeedsOf(programme))
    facts.feeds += feed.path + '\x1f' + feed.name + '\x1f' + feed.label + '\n';
  for (const Page& page : programme.content().pages)
    facts.pages += page.slug + '\x1f' + page.title + '\x1f' + page.body_html + '\n';
  for (const StaticFile& file : programme.content().static_files) {
    facts.static_paths += file.path;
    // Pages announce the size of the sharing images they show.
    if (auto size = PngSize(file.bytes))
      facts.static_paths +=
          ' ' + std::to_string(size->first) + 'x' + std::to_string(size->second);
    facts.static_paths += '\n';
  }
  return facts;
}

}  // namespace affiche
