#include "render/core/site_facts.h"

#include "model/tally.h"
#include "render/core/feed_list.h"

namespace affiche {

SiteFacts SiteFactsOf(const Programme& programme) {
  SiteFacts facts;
  facts.tally_linked = TallyLinked(programme);
  for (const Feed& feed : FeedsOf(programme))
    facts.feeds += feed.path + '\x1f' + feed.name + '\x1f' + feed.label + '\n';
  for (const Page& page : programme.content().pages)
    facts.pages += page.slug + '\x1f' + page.title + '\x1f' + page.body_html + '\n';
  for (const StaticFile& file : programme.content().static_files)
    facts.static_paths += file.path + '\n';
  return facts;
}

}  // namespace affiche
