#include "render/html/html.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/tally.h"
#include "render/core/urls.h"
#include "render/html/feeds.h"
#include "render/views/page_driver.h"

namespace affiche {

namespace {

using Data = ViewModel::Data;

using PageData = std::function<Data(const ViewModel&)>;

// The pages of a split programme: its overview at entry_dir, then each page.
// Every page shows the others' days and counts (the paging's shape); a page
// lists its own entries, the overview none. Each reads `reads` too (a
// venue's or an organiser's file).
void AddPages(const Paging& paging, const std::string& entry_dir, const JobInputs& reads,
              const std::string& shape, const std::function<PageData(long page)>& data,
              const char* overview_producer, const char* page_producer,
              const char* layout, Plan* plan) {
  const std::string paging_shape = paging.Shape() + shape;
  JobInputs overview = reads;
  overview.shape = paging_shape;
  plan->Add(LayoutJob(overview_producer, layout, IndexFile(entry_dir),
                      std::move(overview), data(ViewModel::kOverview)));
  for (size_t i = 0; i < paging.pages.size(); ++i) {
    JobInputs inputs = reads;
    inputs.entries = paging.Slugs(i);
    inputs.shape = paging_shape;
    plan->Add(LayoutJob(page_producer, layout,
                        ViewModel::PagingFile(paging, static_cast<long>(i), entry_dir),
                        std::move(inputs), data(static_cast<long>(i))));
  }
}

// Each department's whole programme in print form, which its listing page
// links to and departments/<id>/programme.pdf is printed from.
void AddDepartmentBooklets(const ViewModel& vm, Plan* plan) {
  for (const std::string& id : vm.ListingIds(Listing::kDepartments)) {
    JobInputs inputs;
    inputs.entries = SlugsOf(vm.ListingEvents(Listing::kDepartments, id));
    plan->Add(
        LayoutJob("department booklet", "list", IndexFile(DepartmentProgrammeDir(id)),
                  std::move(inputs),
                  [id](const ViewModel& vm) { return vm.DepartmentProgrammePage(id); }));
  }
}

// The pages of PlanProgrammePages.
void AddProgrammePages(const ViewModel& vm, std::optional<Date> today, Plan* plan) {
  const Programme& programme = vm.programme();
  // The big pages first, so that they start early and the events fill in.
  // The build's day, only while the edition runs: then index.html links to it.
  std::optional<Date> day = vm.EditionDay(today);
  std::string today_shape = day ? "today " + day->Iso() : "";
  if (!vm.ProgrammePaging().split()) {
    JobInputs all;
    all.entries = SlugsOf(programme.events());
    all.shape = today_shape;
    plan->Add(LayoutJob("programme", "index", "index.html", std::move(all),
                        [day](const ViewModel& vm) { return vm.IndexPage(day); }));
  } else {
    AddPages(
        vm.ProgrammePaging(), "", JobInputs{}, today_shape,
        [day](long page) {
          return [page, day](const ViewModel& vm) {
            return vm.IndexPage(vm.ProgrammePaging(), page, day);
          };
        },
        "programme", "programme page", "index", plan);
    // The whole programme in print form: programme.pdf is printed from it.
    JobInputs all;
    all.entries = SlugsOf(programme.events());
    plan->Add(LayoutJob("programme booklet", "index", IndexFile(kBookletDir),
                        std::move(all), [](const ViewModel& vm) {
                          return vm.IndexPage(vm.ProgrammePaging(), ViewModel::kWhole);
                        }));
  }
  for (Listing listing : kListings) {
    JobInputs index;
    index.shape = vm.ListingIndexShape(listing);
    plan->Add(LayoutJob(
        "listing index", "listing-index", IndexFile(ViewModel::ListingDir(listing)),
        std::move(index),
        [listing](const ViewModel& vm) { return vm.ListingIndexPage(listing); }));
    for (const std::string& id : vm.ListingIds(listing)) {
      const std::vector<const Event*>& events = vm.ListingEvents(listing, id);
      auto paging = std::make_shared<const Paging>(MakePaging(events, vm.PerPage()));
      JobInputs reads;
      ViewModel::AddListingReads(listing, id, &reads);
      const std::string entry_dir = ViewModel::ListingEntryDir(listing, id);
      if (!paging->split()) {
        JobInputs inputs = reads;
        inputs.entries = SlugsOf(events);
        plan->Add(LayoutJob(
            "listing page", "list", IndexFile(entry_dir), std::move(inputs),
            [listing, id](const ViewModel& vm) { return vm.ListingPage(listing, id); }));
        continue;
      }
      // Each page shows the listing's count, beyond its own entries.
      AddPages(
          *paging, entry_dir, reads, std::to_string(events.size()),
          [paging, listing, id](long page) {
            return [paging, listing, id, page](const ViewModel& vm) {
              return vm.ListingPage(listing, id, *paging, page);
            };
          },
          "listing page", "listing page", "list", plan);
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
  plan->Add(LayoutJob("not found page", "404", "404.html", {},
                      [](const ViewModel& vm) { return vm.NotFoundPage(); }));
  AddDepartmentBooklets(vm, plan);
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

std::vector<std::string> PlanProgrammePages(const ViewModel& vm,
                                            std::optional<Date> today, Plan* plan) {
  Plan mine;
  AddProgrammePages(vm, today, &mine);
  std::vector<std::string> pages;
  for (const Job& job : mine.jobs())
    if (job.path != "404.html") pages.push_back(job.path);
  plan->Add(std::move(mine));
  return pages;
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

void PlanSitemap(const ViewModel& vm, const CalendarFeeds& calendar,
                 const std::vector<std::string>& programme_pages, Plan* plan) {
  const Programme& programme = vm.programme();
  // Each page with the events whose last change dates it: an event page its
  // event, a listing page its events, any other page every event (it says
  // nothing of its own changes: the site changed last then). Null stands for
  // every event, so that the latest change of all is found once.
  std::vector<std::pair<std::string, std::vector<const Event*>>> pages;
  std::vector<std::string> site_pages;  // dated by every event
  std::unordered_map<std::string, const std::vector<const Event*>*> listed;
  for (Listing listing : kListings)
    for (const std::string& id : vm.ListingIds(listing))
      listed[IndexFile(ViewModel::ListingEntryDir(listing, id))] =
          &vm.ListingEvents(listing, id);
  for (const std::string& id : vm.ListingIds(Listing::kDepartments))
    listed[IndexFile(DepartmentProgrammeDir(id))] =
        &vm.ListingEvents(Listing::kDepartments, id);
  for (const std::string& path : programme_pages) {
    auto it = listed.find(path);
    if (it == listed.end())
      site_pages.push_back(path);
    else
      pages.push_back({path, *it->second});
  }
  // The tally is a page of the site once the menus link to it.
  if (TallyLinked(programme) && vm.theme().Layout("tally"))
    site_pages.push_back(IndexFile(kTallyDir));
  site_pages.push_back(IndexFile(kSearchDir));
  // The press kit and releases, where journalists land from a mailing.
  if (HasPress(vm.theme())) site_pages.push_back(IndexFile(kPressDir));
  for (const Event* event : programme.events()) {
    pages.push_back({IndexFile(EventDir(event->slug)), {event}});
    if (HasPress(vm.theme()))
      pages.push_back({IndexFile(CommuniqueDir(event->slug)), {event}});
  }
  JobInputs inputs;
  // When an event last changed depends on all of it.
  inputs.events = SlugsOf(programme.events());
  for (const std::string& path : site_pages) inputs.shape += path + '\n';
  for (const auto& page : pages) inputs.shape += page.first + '\n';
  plan->Add(TextJob("sitemap", "sitemap.xml", std::move(inputs),
                    [&programme, &calendar, site_pages = std::move(site_pages),
                     pages = std::move(pages)] {
                      std::vector<SitemapPage> out;
                      std::string site_last = calendar.LatestChange(programme.events());
                      for (const std::string& path : site_pages)
                        out.push_back({path, site_last});
                      for (const auto& [path, events] : pages)
                        out.push_back({path, calendar.LatestChange(events)});
                      return SitemapXml(programme, std::move(out));
                    }));
}

void PlanRobots(const Programme& programme, Plan* plan) {
  plan->Add(TextJob("robots.txt", "robots.txt", {},
                    [&programme] { return RobotsTxt(programme); }));
}

void PlanAtomFeed(const Programme& programme, const Theme& theme,
                  const CalendarFeeds& calendar, FeedPieces* pieces, Plan* plan) {
  JobInputs inputs;
  inputs.events = SlugsOf(programme.events());
  plan->Add(TextJob("Atom feed", "feed.xml", std::move(inputs),
                    [&programme, &theme, &calendar, pieces] {
                      return AtomFeedXml(programme,
                                         calendar.LatestChange(programme.events()),
                                         [&](const Event& e) -> const std::string& {
                                           return pieces->atom_entries.Get(e, [&] {
                                             return AtomEntry(programme, theme, e,
                                                              calendar.LastModified(e));
                                           });
                                         });
                    }));
}

void PlanEventsJson(const Programme& programme, FeedPieces* pieces, Plan* plan) {
  JobInputs inputs;
  inputs.events = SlugsOf(programme.events());
  plan->Add(
      TextJob("events.json", "events.json", std::move(inputs), [&programme, pieces] {
        return EventsJson(programme, [&](const Event& e) -> const std::string& {
          return pieces->json_objects.Get(e, [&] { return EventJsonText(programme, e); });
        });
      }));
  plan->Add(TextJob("events.json's schema", kEventsSchemaPath, {},
                    [] { return std::string(kEventsSchema); }));
}

void RenderHtml(const Programme& programme, const Theme& theme, OutputSet* out,
                const FeedHistory& previous, const std::string& now_utc) {
  ViewModel vm(programme, theme);
  CalendarFeeds calendar(programme, theme, previous, now_utc);
  FeedPieces pieces(programme);
  Plan plan;
  PlanRobots(programme, &plan);
  PlanStaticFiles(programme, theme, &plan);
  std::vector<std::string> pages = PlanProgrammePages(vm, std::nullopt, &plan);
  PlanEventPages(vm, &plan);
  PlanSearchPage(vm, false, &plan);
  PlanSitemap(vm, calendar, pages, &plan);
  PlanAtomFeed(programme, theme, calendar, &pieces, &plan);
  PlanEventsJson(programme, &pieces, &plan);
  RenderAll(plan, vm, out);
}

}  // namespace affiche
