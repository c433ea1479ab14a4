#include "render/posters/posters.h"

#include <utility>
#include <vector>

#include "render/core/urls.h"
#include "render/posters/poster_page.h"
#include "render/views/page_driver.h"

namespace affiche {

std::string PosterLayoutName(const std::string& poster_layout) {
  return "poster-" + poster_layout;
}

void PlanPosters(const ViewModel& vm, Plan* plan) {
  const std::string fallback = PosterLayoutName("standard");
  const Theme& theme = vm.theme();
  if (!theme.Layout(fallback)) return;
  for (const Event* event : vm.programme().events()) {
    std::string name = PosterLayoutName(event->poster.layout);
    if (!theme.Layout(name)) name = fallback;
    JobInputs inputs;
    inputs.events = {event->slug};
    plan->Add({IndexFile(PosterDir(event->slug)), "poster", std::move(inputs),
               [name, event](PageRenderer& r) {
                 return r.Render(name, PosterPage(r.vm(), *event));
               },
               nullptr});
  }
}

void RenderPosters(const Programme& programme, const Theme& theme, OutputSet* out) {
  ViewModel vm(programme, theme);
  Plan plan;
  PlanPosters(vm, &plan);
  RenderAll(plan, vm, out);
}

}  // namespace affiche
