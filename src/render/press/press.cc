#include "render/press/press.h"

#include <utility>
#include <vector>

#include "render/core/dates.h"
#include "render/core/mustache_data.h"
#include "render/core/typography.h"
#include "render/core/urls.h"
#include "render/posters/posters.h"
#include "render/posters/qr_svg.h"
#include "render/views/page_driver.h"

namespace affiche {

using Data = ViewModel::Data;

namespace {

// The press contact of site.yaml; false when it names nobody.
Data PressContactData(const ViewModel& vm) {
  const PressContact& press = vm.programme().site().press;
  if (press.name.empty() && press.email.empty() && press.phone.empty())
    return Data(false);
  Data contact;
  Put(&contact, "name", OptionalText(vm.Typeset(press.name)));
  Put(&contact, "email", OptionalText(press.email));
  Put(&contact, "phone", OptionalText(press.phone));
  return contact;
}

bool HasPoster(const Plan& plan, const Event& event) {
  return plan.Find(IndexFile(PosterDir(event.slug))) >= 0;
}

Data CommuniquePage(const ViewModel& vm, const Event& event, bool poster) {
  const Programme& programme = vm.programme();
  std::string path = IndexFile(CommuniqueDir(event.slug));
  Data page = vm.PageBase(path, vm.theme().Label("press_release") + " : " + event.title,
                          event.summary, "");
  Data e = vm.EventData(event);
  std::string url = programme.AbsoluteUrl(EncodePath(EventDir(event.slug)));
  Put(&e, "event_url", url);
  Put(&e, "event_page", EncodePath(IndexFile(EventDir(event.slug))));
  Put(&e, "qr_svg", OptionalText(QrSvgOf(url, url)));
  Put(&e, "has_poster", poster);
  // A long body is cut to its beginning, so that the release prints on one page.
  if (!event.press_html.empty()) {
    Put(&e, "body", event.press_html);
    Put(&e, "body_cut", true);
  }
  Put(&page, "event", std::move(e));
  Put(&page, "press", PressContactData(vm));
  return page;
}

// A line of the press kit: the event, when and where, and its press release
// (its poster link is added by the press kit, from the plan).
Data KitEntry(const ViewModel& vm, const Event& event) {
  Data entry;
  Put(&entry, "title", vm.Typeset(event, event.title));
  Put(&entry, "title_lang", OptionalText(event.lang));
  Put(&entry, "when", vm.Typeset(FormatWhen(vm.theme(), event, DateStyle::kMedium)));
  const Venue* venue = vm.programme().VenueOf(event);
  Put(&entry, "city", venue ? OptionalText(vm.Typeset(venue->city)) : Data(false));
  Put(&entry, "summary", OptionalText(vm.Typeset(event, event.summary)));
  Put(&entry, "cancelled", event.status == Status::kCancelled);
  Put(&entry, "url", EncodePath(IndexFile(EventDir(event.slug))));
  Put(&entry, "communique_url", EncodePath(IndexFile(CommuniqueDir(event.slug))));
  return entry;
}

// The events of one department in the press kit, and whether each has a poster.
struct KitGroup {
  std::string label;
  std::vector<const Event*> events;
  std::vector<bool> posters;
};

Data PressKitPage(const ViewModel& vm, const std::vector<const Event*>& highlights,
                  const std::vector<KitGroup>& groups) {
  const Programme& programme = vm.programme();
  const SiteConfig& site = programme.site();
  const std::string& language = site.language;
  Data page = vm.PageBase(IndexFile(kPressDir), vm.theme().Label("press_kit"),
                          site.description, "");
  Put(&page, "press", PressContactData(vm));
  Put(&page, "event_count", FormatCount(language, programme.events().size()));
  Put(&page, "department_count", FormatCount(language, groups.size()));

  Data highlight_list = ListWithCapacity(highlights.size());
  for (const Event* event : highlights)
    Append(&highlight_list, *vm.EventPage(*event).get("event"));
  Put(&page, "has_highlights", !highlights.empty());
  Put(&page, "highlights", std::move(highlight_list));

  Data departments = ListWithCapacity(groups.size());
  for (const KitGroup& group : groups) {
    Data department;
    Put(&department, "label", vm.Typeset(group.label));
    Data list = ListWithCapacity(group.events.size());
    for (size_t i = 0; i < group.events.size(); ++i) {
      const Event& event = *group.events[i];
      Data line = vm.KitLine(event, [&] { return KitEntry(vm, event); });
      // Whether it has a poster is the plan's (a static file may stand for it).
      Put(&line, "poster_url",
          group.posters[i] ? Data(EncodePath(IndexFile(PosterDir(event.slug))))
                           : Data(false));
      Append(&list, std::move(line));
    }
    Put(&department, "events", std::move(list));
    Append(&departments, std::move(department));
  }
  Put(&page, "departments", std::move(departments));

  Data history = ListWithCapacity(site.history.size());
  for (const PastEdition& past : site.history) {
    Data row;
    Put(&row, "year", std::to_string(past.year));
    Put(&row, "edition", past.edition ? Data(std::to_string(past.edition)) : Data(false));
    Put(&row, "events", FormatCount(language, past.events));
    Put(&row, "participants", FormatCount(language, past.participants));
    Append(&history, std::move(row));
  }
  Put(&page, "has_history", !site.history.empty());
  Put(&page, "history", std::move(history));
  return page;
}

}  // namespace

void PlanPress(const ViewModel& vm, Plan* plan) {
  const Theme& theme = vm.theme();
  if (!HasPress(theme)) return;
  const Programme& programme = vm.programme();
  for (const Event* event : programme.events()) {
    JobInputs inputs;
    inputs.events = {event->slug};
    bool poster = HasPoster(*plan, *event);
    plan->Add({IndexFile(CommuniqueDir(event->slug)), "press release", std::move(inputs),
               [event, poster](PageRenderer& r) {
                 return r.Render("communique", CommuniquePage(r.vm(), *event, poster));
               },
               nullptr});
  }

  // The press kit: the highlights read whole, every event listed under its
  // department (the site's order, then events without one).
  JobInputs inputs;
  std::vector<const Event*> highlights;
  for (const Event* event : programme.events())
    if (event->highlight) highlights.push_back(event);
  inputs.events = SlugsOf(highlights);
  std::vector<KitGroup> groups;
  auto add_group = [&](const std::string& label,
                       const std::vector<const Event*>& events) {
    KitGroup group{label, events, {}};
    inputs.shape += label + '\n';
    for (const Event* event : events) {
      group.posters.push_back(HasPoster(*plan, *event));
      inputs.entries.push_back(event->slug);
      inputs.shape += group.posters.back() ? 'p' : '-';
    }
    groups.push_back(std::move(group));
  };
  for (const auto& [id, label] : programme.site().departments) {
    auto found = programme.by_department().find(id);
    if (found != programme.by_department().end() && !found->second.empty())
      add_group(label, found->second);
  }
  std::vector<const Event*> elsewhere;
  for (const Event* event : programme.events())
    if (programme.DepartmentOf(*event).empty()) elsewhere.push_back(event);
  if (!elsewhere.empty()) add_group(theme.Label("other_department"), elsewhere);
  plan->Add({IndexFile(kPressDir), "press kit", std::move(inputs),
             [highlights, groups = std::move(groups)](PageRenderer& r) {
               return r.Render("press-kit", PressKitPage(r.vm(), highlights, groups));
             },
             nullptr});
}

void RenderPress(const Programme& programme, const Theme& theme, OutputSet* out) {
  ViewModel vm(programme, theme);
  Plan plan;
  PlanPosters(vm, &plan);
  PlanPress(vm, &plan);
  RenderAll(plan, vm, out);
}

}  // namespace affiche
