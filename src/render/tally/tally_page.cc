// The view model of the tally page: the headline figures, then one section
// per table, each with its charts (themes/default/README.md lists the names).
#include "render/tally/tally_page.h"

#include <string>
#include <utility>
#include <vector>

#include "base/strings.h"
#include "render/core/dates.h"
#include "render/core/mustache_data.h"
#include "render/core/typography.h"
#include "render/core/urls.h"
#include "render/tally/tally.h"
#include "render/tally/tally_chart.h"
#include "render/tally/tally_tables.h"
#include "render/tally/tally_text.h"
#include "render/views/view_model.h"

namespace affiche {

using Data = ViewModel::Data;

namespace {

Data Figures(const std::vector<TallyFigure>& figures, const std::string& language) {
  Data list = ListWithCapacity(figures.size());
  for (const TallyFigure& f : figures) {
    Data figure;
    Put(&figure, "before", Typography(language, f.before));
    Put(&figure, "number", OptionalText(f.number));
    Put(&figure, "after", Typography(language, f.after));
    Append(&list, std::move(figure));
  }
  return list;
}

Data Cells(const std::vector<FigureCell>& cells, const std::vector<bool>& numeric,
           const std::string& language) {
  Data list = ListWithCapacity(cells.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    Data cell;
    Put(&cell, "text", Typography(language, cells[i].text));
    Put(&cell, "url", OptionalText(cells[i].url));
    Put(&cell, "first", i == 0);
    Put(&cell, "numeric", i < numeric.size() && numeric[i]);
    Append(&list, std::move(cell));
  }
  return list;
}

// A table whose heading is the element with id labelledby.
Data Table(const FigureTable& table, const std::string& labelledby,
           const std::string& language) {
  Data data;
  Put(&data, "labelledby", labelledby);
  Data columns = ListWithCapacity(table.columns.size());
  for (size_t i = 0; i < table.columns.size(); ++i) {
    Data column;
    Put(&column, "label", Typography(language, table.columns[i]));
    Put(&column, "numeric", static_cast<bool>(table.numeric[i]));
    Append(&columns, std::move(column));
  }
  Put(&data, "columns", std::move(columns));
  Data rows = ListWithCapacity(table.rows.size());
  for (const auto& row : table.rows) {
    Data r;
    Put(&r, "cells", Cells(row, table.numeric, language));
    Append(&rows, std::move(r));
  }
  Put(&data, "rows", std::move(rows));
  if (table.total.empty()) {
    Put(&data, "total", false);
  } else {
    Data total;
    Put(&total, "cells", Cells(table.total, table.numeric, language));
    Put(&data, "total", std::move(total));
  }
  return data;
}

// A bar chart: id (of its <title>), title, description (its figures as text,
// for screen readers), width, height and bars.
Data Chart(const Theme& theme, const std::string& id, const std::string& title,
           const std::vector<ChartRow>& rows) {
  BarChart chart = LayOutBarChart(rows);
  std::string description;
  for (const ChartRow& row : rows) {
    std::string item = FillIn(theme.Label("tally_chart_item"),
                              {{"label", row.label}, {"value", row.value_text}});
    description += (description.empty() ? "" : ", ") + item;
  }
  Data data;
  Put(&data, "id", id);
  Put(&data, "title", title);
  Put(&data, "description", description);
  Put(&data, "width", chart.width);
  Put(&data, "height", chart.height);
  Data bars = ListWithCapacity(chart.bars.size());
  for (const ChartBar& b : chart.bars) {
    Data bar;
    for (auto [key, value] :
         {std::make_pair("label", &b.label), std::make_pair("value_text", &b.value_text),
          std::make_pair("label_x", &b.label_x), std::make_pair("text_y", &b.text_y),
          std::make_pair("bar_x", &b.bar_x), std::make_pair("bar_y", &b.bar_y),
          std::make_pair("bar_width", &b.bar_width),
          std::make_pair("bar_height", &b.bar_height),
          std::make_pair("value_x", &b.value_x)})
      Put(&bar, key, *value);
    Append(&bars, std::move(bar));
  }
  Put(&data, "bars", std::move(bars));
  return data;
}

std::vector<ChartRow> GroupRows(const std::vector<TallyGroup>& groups,
                                const std::string& language) {
  std::vector<ChartRow> rows;
  for (const TallyGroup& g : groups)
    rows.push_back(
        {g.label, g.counts.participants, FormatCount(language, g.counts.participants)});
  return rows;
}

// One section of the page: name, id (of its heading), heading, charts, table, note.
class Sections {
 public:
  explicit Sections(const Theme& theme) : theme_(theme) {}

  void Add(const std::string& name, const FigureTable& table, Data charts,
           const std::string& note = "") {
    if (table.empty() && note.empty()) return;
    std::string id = "tally-" + name;
    Data section;
    Put(&section, "name", name);
    Put(&section, "id", id);
    Put(&section, "heading", Typography(theme_.language, table.caption));
    Put(&section, "charts", std::move(charts));
    Put(&section, "table",
        table.empty() ? Data(false) : Table(table, id, theme_.language));
    Put(&section, "note", OptionalText(table.empty() ? note : ""));
    Append(&list_, std::move(section));
  }
  Data Charts(std::vector<std::pair<std::string, std::vector<ChartRow>>> charts) const {
    Data list = ListWithCapacity(charts.size());
    for (auto& [name, rows] : charts)
      if (!rows.empty())
        Append(&list,
               Chart(theme_, "tally-chart-" + name,
                     Typography(theme_.language, theme_.Label("tally_chart_" + name)),
                     rows));
    return list;
  }
  Data Take() { return std::move(list_); }

 private:
  const Theme& theme_;
  Data list_{Data::type::list};
};

std::string EditionLine(const SiteConfig& site, const Theme& theme) {
  std::string line = EditionName(theme, site.edition.number);
  const Edition& e = site.edition;
  if (e.start && e.end)
    line += (line.empty() ? "" : " · ") + FormatDayRange(theme, *e.start, *e.end);
  else if (e.year > 0)
    line += (line.empty() ? "" : " · ") + std::to_string(e.year);
  return line;
}

}  // namespace

Data TallyPage(const ViewModel& vm, const Tally& tally) {
  const Programme& programme = vm.programme();
  const Theme& theme = vm.theme();
  std::string title = Typography(theme.language, theme.Label("tally_title"));
  std::vector<TallyFigure> figures = HeadlineFigures(tally, theme);
  // "40 manifestations, 2139 participants" where links to the page are shared.
  Data page = vm.PageBase(IndexFile(kTallyDir), title,
                          figures[0].Text() + ", " + figures[1].Text(), "tally");
  Put(&page, "tally_current", true);

  FigureTables tables = MakeFigureTables(programme, tally, theme);
  Sections sections(theme);
  sections.Add(
      "departments", tables.departments,
      sections.Charts({{"departments", GroupRows(tally.by_department, theme.language)}}));
  sections.Add(
      "categories", tables.categories,
      sections.Charts({{"categories", GroupRows(tally.by_category, theme.language)}}));
  std::vector<ChartRow> weeks;
  for (const TallyWeek& w : tally.by_week)
    weeks.push_back({WeekName(theme, w), w.counts.participants,
                     FormatCount(theme.language, w.counts.participants)});
  sections.Add("weeks", tables.weeks, sections.Charts({{"weeks", weeks}}));
  sections.Add("largest", tables.largest, Data(false));
  std::vector<ChartRow> edition_events, edition_participants;
  if (!tables.editions.empty()) {
    for (const TallyEdition& e : tally.editions) {
      std::string label =
          e.year > 0 ? std::to_string(e.year) : EditionName(theme, e.number);
      auto with_growth = [&](int64_t n, const std::optional<int>& growth) {
        return FormatCount(theme.language, n) +
               (growth ? " (" + GrowthText(theme, *growth) + ")" : "");
      };
      edition_events.push_back({label, e.events, with_growth(e.events, e.events_growth)});
      edition_participants.push_back(
          {label, e.participants, with_growth(e.participants, e.participants_growth)});
    }
  }
  sections.Add("editions", tables.editions,
               sections.Charts({{"editions_events", edition_events},
                                {"editions_participants", edition_participants}}));
  sections.Add("registrations", tables.registrations, Data(false));
  sections.Add("unreported", tables.unreported, Data(false),
               tally.total.held > 0
                   ? Typography(theme.language, theme.Label("tally_all_reported"))
                   : "");
  sections.Add("cancelled", tables.cancelled, Data(false));

  Data data;
  Put(&data, "title", title);
  Put(&data, "edition", OptionalText(EditionLine(programme.site(), theme)));
  Put(&data, "figures", Figures(figures, theme.language));
  Put(&data, "sections", sections.Take());
  Put(&data, "csv_url", std::string(kTallyDir) + "tally.csv");
  Put(&data, "json_url", std::string(kTallyDir) + "tally.json");
  Put(&page, "tally", std::move(data));
  return page;
}

}  // namespace affiche
