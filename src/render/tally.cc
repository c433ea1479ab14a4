// The tally's renderer: the page through the theme, the JSON by hand.
#include "render/tally.h"

#include "render/feeds.h"
#include "render/templates.h"
#include "render/urls.h"
#include "render/view_model.h"

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

void RenderPage(const Programme& programme, const Theme& theme, const Tally& tally,
                OutputSet* out) {
  const kainjow::mustache::mustache* compiled = theme.Layout("tally");
  if (!compiled) return;
  kainjow::mustache::mustache layout = *compiled;  // render() is not const
  ViewModel vm(programme, theme);
  ViewModel::Data page = vm.TallyPage(tally);
  kainjow::mustache::context<std::string> context(&vm.shared());
  context.push(&page);
  out->Add(IndexFile(kTallyDir), RenderLayout("tally", layout, context));
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

bool TallyLinked(const Programme& programme) {
  for (const Event* e : programme.events())
    if (e->attendance) return true;
  return false;
}

void RenderTally(const Programme& programme, const Theme& theme, OutputSet* out) {
  Tally tally = ComputeTally(programme);
  RenderPage(programme, theme, tally, out);
  out->Add(std::string(kTallyDir) + "tally.json", TallyJson(tally));
  out->Add(std::string(kTallyDir) + "tally.csv", TallyCsv(programme));
}

}  // namespace affiche
