#include "render/posters.h"

#include <map>
#include <vector>

#include "base/parallel.h"
#include "render/templates.h"
#include "render/urls.h"
#include "render/view_model.h"

namespace affiche {

std::string PosterDir(const std::string& slug) { return EventDir(slug) + "poster/"; }

std::string PosterPdfPath(const std::string& slug) {
  return EventDir(slug) + "poster.pdf";
}

std::string PosterLayoutName(const std::string& poster_layout) {
  return "poster-" + poster_layout;
}

void RenderPosters(const Programme& programme, const Theme& theme, OutputSet* out) {
  const std::string fallback = PosterLayoutName("standard");
  if (!theme.Layout(fallback)) return;
  ViewModel vm(programme, theme);
  const std::vector<const Event*>& events = programme.events();
  ParallelFor(events.size(), [&](size_t begin, size_t end) {
    // kainjow's render() is not const: this chunk renders with its own copies.
    std::map<std::string, kainjow::mustache::mustache> layouts;
    for (size_t i = begin; i < end; ++i) {
      const Event& event = *events[i];
      std::string name = PosterLayoutName(event.poster.layout);
      if (!theme.Layout(name)) name = fallback;
      auto layout = layouts.find(name);
      if (layout == layouts.end())
        layout = layouts.emplace(name, *theme.Layout(name)).first;
      ViewModel::Data page = vm.PosterPage(event);
      kainjow::mustache::context<std::string> context(&vm.shared());
      context.push(&page);  // the page's data hides the shared data
      out->Add(IndexFile(PosterDir(event.slug)),
               RenderLayout(name, layout->second, context));
    }
  });
}

}  // namespace affiche
