#include "render/html/embed.h"

#include <string>
#include <utility>

#include "render/core/urls.h"
#include "render/views/page_driver.h"

namespace affiche {

void PlanEmbedPages(const ViewModel& vm, Plan* plan) {
  if (!HasEmbed(vm.theme())) return;
  for (Listing listing : kListings) {
    for (const std::string& id : vm.ListingIds(listing)) {
      // The entries it shows, the listing's size (whether it says it shows
      // only the first ones), and its venue's or organiser's name.
      JobInputs inputs;
      ViewModel::AddListingReads(listing, id, &inputs);
      inputs.entries = vm.EmbedSlugs(listing, id);
      inputs.shape = vm.EmbedShape(listing, id);
      plan->Add(LayoutJob(
          "embed page", "embed", IndexFile(ViewModel::EmbedEntryDir(listing, id)),
          std::move(inputs),
          [listing, id](const ViewModel& vm) { return vm.EmbedPage(listing, id); }));
    }
  }
}

void RenderEmbedPages(const Programme& programme, const Theme& theme, OutputSet* out) {
  ViewModel vm(programme, theme);
  Plan plan;
  PlanEmbedPages(vm, &plan);
  RenderAll(plan, vm, out);
}

}  // namespace affiche
