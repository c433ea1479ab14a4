// The geometry of the tally's bar charts: one horizontal bar per row, label
// at the left, bar scaled to the largest value, value written after the bar.
// The theme draws them as inline SVG (partials/tally-chart.mustache); numbers
// here are SVG user units, written as text ("12.5").
#ifndef AFFICHE_RENDER_TALLY_TALLY_CHART_H_
#define AFFICHE_RENDER_TALLY_TALLY_CHART_H_

#include <cstdint>
#include <string>
#include <vector>

namespace affiche {

struct ChartRow {
  std::string label;
  int64_t value = 0;
  std::string value_text;  // "620", "40 (+29 %)"
};

struct ChartBar {
  std::string label;  // shortened to kChartLabelLength characters
  std::string value_text;
  std::string label_x, text_y;                      // label: right-aligned at label_x
  std::string bar_x, bar_y, bar_width, bar_height;  // the bar
  std::string value_x;                              // value: after the bar
};

struct BarChart {
  std::string width, height;  // the viewBox
  std::vector<ChartBar> bars;
};

inline constexpr size_t kChartLabelLength = 24;

BarChart LayOutBarChart(const std::vector<ChartRow>& rows);

// label cut to at most `length` characters (UTF-8 code points), "…" included.
std::string ShortLabel(const std::string& label, size_t length);

}  // namespace affiche

#endif  // AFFICHE_RENDER_TALLY_TALLY_CHART_H_
