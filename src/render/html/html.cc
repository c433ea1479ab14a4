#include "render/html/html.h"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "render/core/urls.h"
#include "render/html/feeds.h"
#include "render/views/page_driver.h"

namespace affiche {

namespace {

using Data = ViewModel::Data;

// The pages of PlanProgrammePages (with_404) or of the sitemap (without).
void AddProgrammePages(const ViewModel& vm, bool with_404, std::optional<Date> today,
                       Plan* plan) {
  const Programme& programme = vm.programme();
  // The big pages first, so that they start early and the events fill in.
  JobInputs all;
  all.entries = SlugsOf(programme.events());
  // The build's day, only while the edition runs: then the page links to it.
  std::optional<Date> day = vm.EditionDay(today);
  if (day) all.shape = "today " + day->Iso();
  plan->Add(LayoutJob("programme", "index", "index.html", std::move(all),
                      [day](const ViewModel& vm) { return vm.IndexPage(day); }));
  for (Listing listing :
       {Listing::kDepartments, Listing::kCategories, Listing::kVenues}) {
    JobInputs index;
    index.shape = vm.ListingIndexShape(listing);
    plan->Add(LayoutJob(
        "listing index", "listing-index", IndexFile(ViewModel::ListingDir(listing)),
        std::move(index),
        [listing](const ViewModel& vm) { return vm.ListingIndexPage(listing); }));
    for (const std::string& id : vm.ListingIds(listing)) {
      JobInputs inputs;
      inputs.entries = SlugsOf(vm.ListingEvents(listing, id));
      if (listing == Listing::kVenues) inputs.venues = {id};
      plan->Add(LayoutJob(
          "listing page", "list", IndexFile(ViewModel::ListingEntryDir(listing, id)),
          std::move(inputs),
          [listing, id](const ViewModel& vm) { return vm.ListingPage(listing, id); }));
    }
  }
  // Free pages are in every page's menu: they are site-wide facts.
  for (const Page& page : programme.content().pages)
    plan->Add(LayoutJob("free page", "page", IndexFile(PageDir(page.slug)), {},
                        [&page](const ViewModel& vm) { return vm.FreePage(page); }));
  JobInputs subscribe;
  subscribe.shape = vm.FeedCounts();
  plan->Add(LayoutJob("subscribe page", "subscribe", IndexFile(kSubscribeDir),
                      std::move(subscribe),
                      [](const ViewModel& vm) { return vm.SubscribePage(); }));
  if (with_404)
    plan->Add(LayoutJob("not found page", "404", "404.html", {},
                        [](const ViewModel& vm) { return vm.NotFoundPage(); }));
}

void AddEventPages(const ViewModel& vm, Plan* plan) {
  for (const Event* event : vm.programme().events()) {
    JobInputs inputs;
    inputs.events = {event->slug};
    plan->Add(LayoutJob("event page", "event", IndexFile(EventDir(event->slug)),
                        std::move(inputs),
                        [event](const ViewModel& vm) { return vm.EventPage(*event); }));
  }
}

}  // namespace

void PlanStaticFiles(const Programme& programme, const Theme& theme, Plan* plan) {
  for (const std::vector<StaticFile>* files :
       {&theme.static_files, &programme.content().static_files}) {
    for (const StaticFile& file : *files) {
      JobInputs inputs;
      // The theme's files are site-wide facts; the content's are their bytes.
      inputs.shape = std::to_string(std::hash<std::string>()(file.bytes));
      plan->Add(TextJob("static file", file.path, std::move(inputs),
                        [&file] { return file.bytes; }));
    }
  }
}

void PlanProgrammePages(const ViewModel& vm, std::optional<Date> today, Plan* plan) {
  AddProgrammePages(vm, true, today, plan);
}

void PlanEventPages(const ViewModel& vm, Plan* plan) { AddEventPages(vm, plan); }

void PlanSearchPage(const ViewModel& vm, bool indexed, Plan* plan) {
  JobInputs inputs;
  // Its day filter comes from the events' dates, its other filters from the
  // departments and categories; whether the site is indexed is in the shape.
  inputs.entries = SlugsOf(vm.programme().events());
  inputs.shape = std::string(indexed ? "indexed\n" : "not indexed\n") + vm.SearchShape();
  plan->Add(LayoutJob("search page", "search", IndexFile(kSearchDir), std::move(inputs),
                      [indexed](const ViewModel& vm) { return vm.SearchPage(indexed); }));
}

void PlanSitemap(const ViewModel& vm, Plan* plan) {
  Plan pages;
  AddProgrammePages(vm, false, std::nullopt, &pages);
  std::vector<std::string> paths;
  for (const Job& job : pages.jobs()) paths.push_back(job.path);
  for (const Event* event : vm.programme().events())
    paths.push_back(IndexFile(EventDir(event->slug)));
  JobInputs inputs;
  for (const std::string& path : paths) inputs.shape += path + '\n';
  const Programme& programme = vm.programme();
  plan->Add(TextJob(
      "sitemap", "sitemap.xml", std::move(inputs),
      [&programme, paths = std::move(paths)] { return SitemapXml(programme, paths); }));
}

void PlanAtomFeed(const Programme& programme, const Theme& theme, Plan* plan) {
  JobInputs inputs;
  inputs.events = SlugsOf(programme.events());
  plan->Add(TextJob("Atom feed", "feed.xml", std::move(inputs),
                    [&programme, &theme] { return AtomFeedXml(programme, theme); }));
}

void PlanEventsJson(const Programme& programme, Plan* plan) {
  JobInputs inputs;
  inputs.events = SlugsOf(programme.events());
  plan->Add(TextJob("events.json", "events.json", std::move(inputs),
                    [&programme] { return EventsJson(programme); }));
}

void RenderHtml(const Programme& programme, const Theme& theme, OutputSet* out) {
  ViewModel vm(programme, theme);
  Plan plan;
  PlanStaticFiles(programme, theme, &plan);
  PlanProgrammePages(vm, std::nullopt, &plan);
  PlanEventPages(vm, &plan);
  PlanSearchPage(vm, false, &plan);
  PlanSitemap(vm, &plan);
  PlanAtomFeed(programme, theme, &plan);
  PlanEventsJson(programme, &plan);
  RenderAll(plan, vm, out);
}

}  // namespace affiche
