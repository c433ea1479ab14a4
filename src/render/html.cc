#include "render/html.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "render/feeds.h"
#include "base/parallel.h"
#include "render/templates.h"
#include "render/urls.h"
#include "render/view_model.h"

namespace affiche {

namespace {

using kainjow::mustache::mustache;
using Data = ViewModel::Data;

// One page to render: which layout, where, and the data it shows (made on the
// rendering thread).
struct PageJob {
  const char* layout;
  std::string path;
  std::function<Data()> data;
};

std::vector<PageJob> PlanPages(const Programme& programme, const ViewModel& vm) {
  std::vector<PageJob> jobs;
  // The big pages first, so that they start early and the events fill in.
  jobs.push_back({"index", "index.html", [&vm] { return vm.IndexPage(); }});
  for (Listing listing :
       {Listing::kDepartments, Listing::kCategories, Listing::kVenues}) {
    jobs.push_back({"listing-index", IndexFile(ViewModel::ListingDir(listing)),
                    [&vm, listing] { return vm.ListingIndexPage(listing); }});
    for (const std::string& id : vm.ListingIds(listing))
      jobs.push_back({"list", IndexFile(ViewModel::ListingEntryDir(listing, id)),
                      [&vm, listing, id] { return vm.ListingPage(listing, id); }});
  }
  for (const Page& page : programme.content().pages)
    jobs.push_back({"page", IndexFile(PageDir(page.slug)),
                    [&vm, &page] { return vm.FreePage(page); }});
  for (const Event* event : programme.events())
    jobs.push_back({"event", IndexFile(EventDir(event->slug)),
                    [&vm, event] { return vm.EventPage(*event); }});
  jobs.push_back({"subscribe", IndexFile(kSubscribeDir), [&vm] { return vm.SubscribePage(); }});
  jobs.push_back({"404", "404.html", [&vm] { return vm.NotFoundPage(); }});
  return jobs;
}

void RenderPages(const Theme& theme, const ViewModel& vm,
                 const std::vector<PageJob>& jobs, OutputSet* out) {
  ParallelFor(jobs.size(), [&](size_t begin, size_t end) {
    // kainjow's render() is not const: this chunk renders with its own copies.
    std::map<std::string, mustache> layouts;
    for (size_t i = begin; i < end; ++i) {
      const PageJob& job = jobs[i];
      auto layout = layouts.find(job.layout);
      if (layout == layouts.end()) {
        const mustache* compiled = theme.Layout(job.layout);
        if (!compiled) continue;  // LoadTheme() reported it
        layout = layouts.emplace(job.layout, *compiled).first;
      }
      Data page = job.data();
      kainjow::mustache::context<std::string> context(&vm.shared());
      context.push(&page);  // the page's data hides the shared data
      out->Add(job.path, RenderLayout(job.layout, layout->second, context));
    }
  });
}

}  // namespace

void RenderHtml(const Programme& programme, const Theme& theme, OutputSet* out) {
  for (const StaticFile& file : theme.static_files) out->Add(file.path, file.bytes);
  for (const StaticFile& file : programme.content().static_files)
    out->Add(file.path, file.bytes);

  ViewModel vm(programme, theme);
  std::vector<PageJob> jobs = PlanPages(programme, vm);
  RenderPages(theme, vm, jobs, out);

  std::vector<std::string> page_paths;
  for (const PageJob& job : jobs)
    if (job.path != "404.html") page_paths.push_back(job.path);
  RenderSitemap(programme, page_paths, out);
  RenderAtomFeed(programme, theme, out);
  RenderEventsJson(programme, out);
}

}  // namespace affiche
