#include "render/tally/tally_chart.h"

#include <algorithm>
#include <cstdio>

#include "base/strings.h"

namespace affiche {

namespace {

constexpr double kWidth = 640;
constexpr double kLabelWidth = 190;  // the labels' column, bars start after it
constexpr double kValueWidth = 110;  // room after the longest bar for its value
constexpr double kRowHeight = 26;
constexpr double kBarHeight = 18;
constexpr double kPadding = 4;

// 12.5 -> "12.5", 12.0 -> "12".
std::string Number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string out = text;
  if (EndsWith(out, ".0")) out.resize(out.size() - 2);
  return out;
}

}  // namespace

std::string ShortLabel(const std::string& label, size_t length) {
  size_t characters = 0, cut = std::string::npos;
  for (size_t i = 0; i < label.size(); ++i) {
    if ((static_cast<unsigned char>(label[i]) & 0xC0) == 0x80) continue;
    if (characters == length - 1) cut = i;
    if (++characters > length) return label.substr(0, cut) + "\u2026";
  }
  return label;
}

BarChart LayOutBarChart(const std::vector<ChartRow>& rows) {
  int64_t largest = 0;
  for (const ChartRow& row : rows) largest = std::max(largest, row.value);
  const double span = kWidth - kLabelWidth - kValueWidth;
  BarChart chart;
  chart.width = Number(kWidth);
  chart.height = Number(2 * kPadding + kRowHeight * static_cast<double>(rows.size()));
  for (size_t i = 0; i < rows.size(); ++i) {
    double top = kPadding + kRowHeight * static_cast<double>(i);
    double bar = largest > 0
                     ? span * static_cast<double>(std::max<int64_t>(0, rows[i].value)) /
                           static_cast<double>(largest)
                     : 0;
    ChartBar b;
    b.label = ShortLabel(rows[i].label, kChartLabelLength);
    b.value_text = rows[i].value_text;
    b.label_x = Number(kLabelWidth - 8);
    b.text_y = Number(top + kRowHeight / 2 + 4.5);  // the baseline, near the middle
    b.bar_x = Number(kLabelWidth);
    b.bar_y = Number(top + (kRowHeight - kBarHeight) / 2);
    b.bar_width = Number(bar);
    b.bar_height = Number(kBarHeight);
    b.value_x = Number(kLabelWidth + bar + 6);
    chart.bars.push_back(std::move(b));
  }
  return chart;
}

}  // namespace affiche
