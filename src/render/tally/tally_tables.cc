#include "render/tally/tally_tables.h"

#include "render/core/dates.h"
#include "render/core/typography.h"
#include "render/core/urls.h"
#include "render/tally/tally_text.h"

namespace affiche {

namespace {

// A column named by the label key, of text or of figures (right-aligned).
struct Column {
  std::string label;
  bool numeric;
};
Column TextColumn(const Theme& theme, const char* key) {
  return {theme.Label(key), false};
}
Column FigureColumn(const Theme& theme, const char* key) {
  return {theme.Label(key), true};
}

FigureTable NewTable(const std::string& caption, const std::vector<Column>& columns) {
  FigureTable table;
  table.caption = caption;
  for (const Column& c : columns) {
    table.columns.push_back(c.label);
    table.numeric.push_back(c.numeric);
  }
  return table;
}

// "2 139" in French (typography.h).
FigureCell Number(const Theme& theme, int64_t n) {
  return {FormatCount(theme.language, n), ""};
}

FigureCell EventCell(const Event& e) {
  return {e.title, EncodePath(IndexFile(EventDir(e.slug)))};
}

// "9 novembre 2009", "du 20 au 22 novembre 2009".
FigureCell DateCell(const Theme& theme, const Event& e) {
  return {e.last_day() == e.start.date
              ? FormatDate(theme, e.start.date, DateStyle::kMedium)
              : FormatDayRange(theme, e.start.date, e.last_day()),
          ""};
}

FigureTable GroupTable(const std::string& caption, const std::string& kind,
                       const std::vector<TallyGroup>& groups,
                       std::string (*dir)(const std::string&), const Theme& theme) {
  FigureTable table = NewTable(caption, {{kind, false},
                                         FigureColumn(theme, "tally_col_events"),
                                         FigureColumn(theme, "tally_col_participants"),
                                         FigureColumn(theme, "tally_col_unreported")});
  for (const TallyGroup& g : groups)
    table.rows.push_back({{g.label, EncodePath(IndexFile(dir(g.id)))},
                          Number(theme, g.counts.events),
                          Number(theme, g.counts.participants),
                          Number(theme, g.counts.unreported)});
  return table;
}

FigureTable Departments(const Tally& tally, const Theme& theme) {
  FigureTable table =
      GroupTable(theme.Label("tally_by_department"), theme.Label("department"),
                 tally.by_department, DepartmentDir, theme);
  const TallyCounts& none = tally.without_department;
  if (none.events > 0)
    table.rows.push_back({{theme.Label("tally_without_department"), ""},
                          Number(theme, none.events),
                          Number(theme, none.participants),
                          Number(theme, none.unreported)});
  if (!table.empty())
    table.total = {{theme.Label("tally_total"), ""},
                   Number(theme, tally.total.events),
                   Number(theme, tally.total.participants),
                   Number(theme, tally.total.unreported)};
  return table;
}

FigureTable Weeks(const Tally& tally, const Theme& theme) {
  FigureTable table =
      NewTable(theme.Label("tally_by_week"),
               {TextColumn(theme, "tally_col_week"), TextColumn(theme, "tally_col_days"),
                FigureColumn(theme, "tally_col_events"),
                FigureColumn(theme, "tally_col_participants")});
  for (const TallyWeek& w : tally.by_week)
    table.rows.push_back({{WeekName(theme, w), ""},
                          {WeekDays(theme, w), ""},
                          Number(theme, w.counts.events),
                          Number(theme, w.counts.participants)});
  return table;
}

FigureTable Largest(const Tally& tally, const Theme& theme) {
  FigureTable table =
      NewTable(theme.Label("tally_largest"),
               {TextColumn(theme, "tally_col_event"), TextColumn(theme, "date"),
                FigureColumn(theme, "tally_col_participants")});
  for (size_t i = 0; i < tally.largest.size() && i < kLargestShown; ++i) {
    const Event& e = *tally.largest[i];
    table.rows.push_back(
        {EventCell(e), DateCell(theme, e), Number(theme, *e.attendance)});
  }
  return table;
}

FigureCell Growth(const Theme& theme, const std::optional<int>& percent) {
  return {percent ? GrowthText(theme, *percent) : "", ""};
}

FigureTable Editions(const Tally& tally, const Theme& theme) {
  FigureTable table = NewTable(
      theme.Label("tally_editions"),
      {TextColumn(theme, "tally_col_edition"), FigureColumn(theme, "tally_col_year"),
       FigureColumn(theme, "tally_col_events"), FigureColumn(theme, "tally_col_growth"),
       FigureColumn(theme, "tally_col_participants"),
       FigureColumn(theme, "tally_col_growth")});
  if (tally.editions.size() < 2) return table;
  for (const TallyEdition& e : tally.editions)
    table.rows.push_back({{EditionName(theme, e.number), ""},
                          {e.year > 0 ? std::to_string(e.year) : "", ""},
                          Number(theme, e.events),
                          Growth(theme, e.events_growth),
                          Number(theme, e.participants),
                          Growth(theme, e.participants_growth)});
  return table;
}

FigureTable Registrations(const Tally& tally, const Theme& theme) {
  FigureTable table = NewTable(
      theme.Label("tally_registrations"),
      {TextColumn(theme, "tally_col_event"), FigureColumn(theme, "tally_col_registered"),
       FigureColumn(theme, "tally_col_present"), FigureColumn(theme, "tally_col_rate")});
  for (const TallyRegistration& r : tally.registrations)
    table.rows.push_back({EventCell(*r.event),
                          Number(theme, r.registered),
                          Number(theme, r.attendance),
                          {RateText(theme, r.attendance, r.registered), ""}});
  if (!table.empty())
    table.total = {
        {theme.Label("tally_total"), ""},
        Number(theme, tally.registered_sum),
        Number(theme, tally.registered_attendance_sum),
        {RateText(theme, tally.registered_attendance_sum, tally.registered_sum), ""}};
  return table;
}

FigureTable Unreported(const Programme& programme, const Tally& tally,
                       const Theme& theme) {
  FigureTable table =
      NewTable(theme.Label("tally_whom_to_call"),
               {TextColumn(theme, "tally_col_event"), TextColumn(theme, "date"),
                TextColumn(theme, "organisers"), TextColumn(theme, "contact")});
  for (const Event* e : tally.unreported)
    table.rows.push_back({EventCell(*e),
                          DateCell(theme, *e),
                          {OrganiserNames(programme, *e), ""},
                          {ContactText(programme, *e), ""}});
  return table;
}

FigureTable Cancelled(const Programme& programme, const Tally& tally,
                      const Theme& theme) {
  FigureTable table =
      NewTable(theme.Label("tally_cancelled_list"),
               {TextColumn(theme, "tally_col_event"), TextColumn(theme, "date"),
                TextColumn(theme, "organisers")});
  for (const Event* e : tally.cancelled)
    table.rows.push_back(
        {EventCell(*e), DateCell(theme, *e), {OrganiserNames(programme, *e), ""}});
  return table;
}

}  // namespace

FigureTables MakeFigureTables(const Programme& programme, const Tally& tally,
                              const Theme& theme) {
  FigureTables tables;
  tables.departments = Departments(tally, theme);
  tables.categories =
      GroupTable(theme.Label("tally_by_category"), theme.Label("category"),
                 tally.by_category, CategoryDir, theme);
  tables.weeks = Weeks(tally, theme);
  tables.largest = Largest(tally, theme);
  tables.editions = Editions(tally, theme);
  tables.registrations = Registrations(tally, theme);
  tables.unreported = Unreported(programme, tally, theme);
  tables.cancelled = Cancelled(programme, tally, theme);
  return tables;
}

}  // namespace affiche
