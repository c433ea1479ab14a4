#include "model/content.h"

namespace affiche {

const char* StatusName(Status status) {
  switch (status) {
    case Status::kConfirmed:
      return "confirmed";
    case Status::kTentative:
      return "tentative";
    case Status::kCancelled:
      return "cancelled";
    case Status::kPostponed:
      return "postponed";
  }
  return "confirmed";
}

const std::string& LabelOf(const LabelList& list, const std::string& id) {
  for (const auto& [key, label] : list)
    if (key == id) return label;
  return id;
}

}  // namespace affiche
