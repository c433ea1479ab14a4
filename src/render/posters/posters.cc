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

std::string ShowPdfLink(const std::string& html) {
  size_t open = html.find(kPdfLinkOpen);
  if (open == std::string::npos) return html;
  size_t close = html.find(kPdfLinkClose, open);
  if (close == std::string::npos) return html;
  size_t inner = open + std::string(kPdfLinkOpen).size();
  return html.substr(0, open) + html.substr(inner, close - inner) +
         html.substr(close + std::string(kPdfLinkClose).size());
}

}  // namespace affiche
