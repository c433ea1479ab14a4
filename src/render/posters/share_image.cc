#include "render/posters/share_image.h"

#include <utility>

#include "render/core/urls.h"
#include "render/views/page_driver.h"

namespace affiche {

void PlanSharePages(const ViewModel& vm, Plan* plan) {
  if (!HasShareImage(vm.theme())) return;
  for (const Event* event : vm.programme().events()) {
    if (!event->image.empty()) continue;
    // It shows the event's list entry (title, times, place, department,
    // status) and the site-wide facts, nothing else of the event.
    JobInputs inputs;
    inputs.entries = {event->slug};
    plan->Add({IndexFile(SharePageDir(event->slug)), "share page", std::move(inputs),
               [event](PageRenderer& r) {
                 return r.Render(kShareImageLayout, r.vm().SharePage(*event));
               },
               nullptr});
  }
}

}  // namespace affiche
