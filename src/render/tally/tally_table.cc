// The tally as a terminal table (`affiche tally`): headline figures, then the
// tables of the page with their columns aligned.
#include <algorithm>

#include "render/tally/tally.h"
#include "render/tally/tally_tables.h"
#include "render/tally/tally_text.h"

namespace affiche {

namespace {

// The characters text takes on a terminal: its UTF-8 code points (bytes that
// do not continue a sequence).
size_t DisplayWidth(const std::string& text) {
  size_t width = 0;
  for (unsigned char c : text) width += (c & 0xC0) != 0x80;
  return width;
}

std::string Pad(const std::string& text, size_t width, bool right) {
  std::string blanks(width - std::min(width, DisplayWidth(text)), ' ');
  return right ? blanks + text : text + blanks;
}

// The caption, then the columns' names, the rows and the total, two spaces
// between columns; no blanks at line ends.
std::string Columns(const FigureTable& table) {
  std::vector<std::vector<std::string>> lines = {table.columns};
  for (const auto& row : table.rows) {
    lines.emplace_back();
    for (const FigureCell& cell : row) lines.back().push_back(cell.text);
  }
  if (!table.total.empty()) {
    lines.emplace_back();
    for (const FigureCell& cell : table.total) lines.back().push_back(cell.text);
  }
  std::vector<size_t> widths(table.columns.size(), 0);
  for (const auto& line : lines)
    for (size_t i = 0; i < line.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], DisplayWidth(line[i]));
  std::string out = table.caption + "\n";
  for (const auto& line : lines) {
    std::string text;
    for (size_t i = 0; i < line.size() && i < widths.size(); ++i)
      text += (i == 0 ? "" : "  ") + Pad(line[i], widths[i], table.numeric[i]);
    text.erase(text.find_last_not_of(' ') + 1);
    out += text + "\n";
  }
  return out;
}

}  // namespace

std::string TallyTable(const Programme& programme, const Tally& tally,
                       const Theme& theme) {
  std::string out = theme.Label("tally_title") + " – " + programme.site().title + "\n\n";
  for (const TallyFigure& figure : HeadlineFigures(tally, theme))
    out += figure.Text() + "\n";
  FigureTables tables = MakeFigureTables(programme, tally, theme);
  for (const FigureTable* table :
       {&tables.departments, &tables.categories, &tables.weeks, &tables.largest,
        &tables.editions, &tables.registrations, &tables.unreported, &tables.cancelled})
    if (!table->empty()) out += "\n" + Columns(*table);
  return out;
}

}  // namespace affiche
