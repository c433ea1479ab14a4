// tally.csv: the events and their figures, for spreadsheets (see tally.h).
#include <string>

#include "render/tally/tally.h"

namespace affiche {

namespace {

constexpr char kSeparator = ';';

// A field as RFC 4180 writes it: quoted, with doubled quotes, when it holds a
// separator (either kind: some spreadsheets guess ','), a quote or a line end.
std::string Field(const std::string& text) {
  if (text.find_first_of(";,\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Row(const std::vector<std::string>& fields) {
  std::string row;
  for (size_t i = 0; i < fields.size(); ++i)
    row += (i == 0 ? "" : std::string(1, kSeparator)) + Field(fields[i]);
  return row + "\r\n";
}

std::string Number(const std::optional<int64_t>& n) {
  return n ? std::to_string(*n) : "";
}

}  // namespace

std::string TallyCsv(const Programme& programme) {
  std::string csv = "\xEF\xBB\xBF";  // the byte-order mark Excel needs to read UTF-8
  csv += Row({"slug", "title", "date", "department", "categories", "status", "attendance",
              "registered"});
  for (const Event* e : programme.events()) {
    std::string categories;
    for (const std::string& c : e->categories)
      categories += (categories.empty() ? "" : ", ") + c;
    bool cancelled = e->status == Status::kCancelled;
    csv += Row({e->slug, e->title, e->start.date.Iso(), programme.DepartmentOf(*e),
                categories, StatusName(e->status), cancelled ? "" : Number(e->attendance),
                Number(e->registered)});
  }
  return csv;
}

}  // namespace affiche
