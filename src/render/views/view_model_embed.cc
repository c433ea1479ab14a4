// The embeddable programmes: embed/<kind>/<id>/index.html, a listing's events
// in a compact page that a partner's site shows in an <iframe>, and the
// snippet its listing page offers to copy.
#include <algorithm>
#include <utility>

#include "base/escape.h"
#include "base/strings.h"
#include "render/core/mustache_data.h"
#include "render/core/urls.h"
#include "render/views/view_model.h"

namespace affiche {

using Data = ViewModel::Data;

namespace {

// Every entry of the listing, not only those to come: the page is as old as
// the last build, and a partner's page that shows it between two builds
// would otherwise keep showing past days as "to come". An edition is a
// month, so its first entries are the ones a visitor wants first anyway.
size_t EntriesShown(size_t entries) {
  // An <iframe> is a window of a few hundred pixels in someone else's page:
  // beyond a few dozen lines the full listing page (paged, with its feed)
  // serves better, and the embed stays a light page to load.
  return std::min(entries, ViewModel::kEmbedEntries);
}

}  // namespace

Data ViewModel::EmbedPage(Listing listing, const std::string& id) const {
  const SiteConfig& site = programme_.site();
  const std::string file_path = IndexFile(EmbedEntryDir(listing, id));
  const std::string listing_dir = ListingEntryDir(listing, id);
  const std::string title = ListingLabel(listing, id);
  const std::vector<ProgrammeEntry> entries =
      ProgrammeEntries(ListingEvents(listing, id));
  const size_t shown = EntriesShown(entries.size());

  Data page;
  Put(&page, "root", RootOf(file_path));
  Put(&page, "page_title", Typeset(title + " – " + site.title));
  // The same events as the listing page: search engines should send
  // visitors there (the page is noindex as well).
  Put(&page, "canonical", programme_.AbsoluteUrl(EncodePath(listing_dir)));
  Data embed;
  Put(&embed, "title", title);
  Put(&embed, "kind", Label(ListingKey(listing, false)));
  Put(&embed, "listing_url", EncodePath(IndexFile(listing_dir)));
  Data days = Days(entries, 0, shown);
  Data ongoing = Ongoing(entries, 0, shown);
  Put(&embed, "has_events", shown > 0);
  Put(&embed, "has_ongoing", !ongoing.is_empty_list());
  Put(&embed, "days", std::move(days));
  Put(&embed, "ongoing", std::move(ongoing));
  Put(&embed, "truncated",
      shown < entries.size()
          ? Data(Typeset(FillIn(theme_.Label("embed_truncated"),
                                {{"shown", std::to_string(shown)},
                                 {"total", std::to_string(entries.size())}})))
          : Data(false));
  Put(&page, "embed", std::move(embed));
  return page;
}

std::vector<std::string> ViewModel::EmbedSlugs(Listing listing,
                                               const std::string& id) const {
  const std::vector<ProgrammeEntry> entries =
      ProgrammeEntries(ListingEvents(listing, id));
  std::vector<std::string> slugs;
  for (size_t i = 0; i < EntriesShown(entries.size()); ++i)
    slugs.push_back(entries[i].event->slug);
  return slugs;
}

std::string ViewModel::EmbedShape(Listing listing, const std::string& id) const {
  return std::to_string(ProgrammeEntries(ListingEvents(listing, id)).size());
}

Data ViewModel::EmbedSnippet(Listing listing, const std::string& id) const {
  if (!HasEmbed(theme_)) return Data(false);
  const std::string dir = EmbedEntryDir(listing, id);
  // Absolute: the snippet goes into someone else's page.
  const std::string src = programme_.AbsoluteUrl(EncodePath(dir));
  const std::string title =
      ListingLabel(listing, id) + " – " + Typeset(programme_.site().title);
  Data snippet;
  Put(&snippet, "url", EncodePath(IndexFile(dir)));
  Put(&snippet, "code",
      "<iframe src=\"" + EscapeMarkup(src) + "\" title=\"" + EscapeMarkup(title) +
          "\" style=\"width: 100%; height: 32em; border: 0\" "
          "loading=\"lazy\"></iframe>");
  return snippet;
}

}  // namespace affiche
