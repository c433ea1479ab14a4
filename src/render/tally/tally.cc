// The tally's renderer: the page through the theme, the JSON by hand.
#include "render/tally/tally.h"

#include <utility>
#include <vector>

#include "base/escape.h"
#include "render/core/urls.h"
#include "render/tally/tally_page.h"
#include "render/views/page_driver.h"

namespace affiche {

namespace {

std::string GroupsJson(const std::vector<TallyGroup>& groups) {
  if (groups.empty()) return "{}";
  std::string json = "{";
  for (size_t i = 0; i < groups.size(); ++i) {
    const TallyCounts& c = groups[i].counts;
    json += (i == 0 ? "\n    " : ",\n    ") + JsonString(groups[i].id) +
            ": {\"events\": " + std::to_string(c.events) +
            ", \"participants\": " + std::to_string(c.participants) +
            ", \"unreported\": " + std::to_string(c.unreported) + "}";
  }
  return json + "\n  }";
}

}  // namespace

std::string TallyJson(const Tally& tally) {
  const TallyCounts& t = tally.total;
  std::string largest = "null";
  if (!tally.largest.empty())
    largest = "{\"slug\": " + JsonString(tally.largest.front()->slug) +
              ", \"attendance\": " + std::to_string(*tally.largest.front()->attendance) +
              "}";
  return "{\n  \"events\": " + std::to_string(t.events) +
         ",\n  \"cancelled\": " + std::to_string(t.cancelled) +
         ",\n  \"held\": " + std::to_string(t.held) +
         ",\n  \"reported\": " + std::to_string(t.reported) +
         ",\n  \"unreported\": " + std::to_string(t.unreported) +
         ",\n  \"participants\": " + std::to_string(t.participants) +
         ",\n  \"by_department\": " + GroupsJson(tally.by_department) +
         ",\n  \"by_category\": " + GroupsJson(tally.by_category) +
         ",\n  \"largest\": " + largest + "\n}\n";
}

void PlanTally(const ViewModel& vm, Plan* plan) {
  const Programme& programme = vm.programme();
  JobInputs all;
  all.events = SlugsOf(programme.events());
  if (vm.theme().Layout("tally"))
    plan->Add(LayoutJob("tally page", "tally", IndexFile(kTallyDir), all,
                        [&programme](const ViewModel& vm) {
                          return TallyPage(vm, ComputeTally(programme));
                        }));
  plan->Add(TextJob("tally.json", std::string(kTallyDir) + "tally.json", all,
                    [&programme] { return TallyJson(ComputeTally(programme)); }));
  plan->Add(TextJob("tally.csv", std::string(kTallyDir) + "tally.csv", std::move(all),
                    [&programme] { return TallyCsv(programme); }));
}

void RenderTally(const Programme& programme, const Theme& theme, OutputSet* out) {
  ViewModel vm(programme, theme);
  Plan plan;
  PlanTally(vm, &plan);
  RenderAll(plan, vm, out);
}

}  // namespace affiche
