// Checks the content as a whole once it is loaded: references between files,
// dates, time zones and identities. Problems of a single field's syntax are
// reported by the loader; these are the ones that need the whole site.
#ifndef AFFICHE_VALIDATE_VALIDATE_H_
#define AFFICHE_VALIDATE_VALIDATE_H_

#include <optional>

#include "base/diagnostics.h"
#include "model/content.h"
#include "model/date.h"

namespace affiche {

// Runs every rule. site_ok is false when site.yaml could not be read: the
// rules that need its lists (departments, categories) are then skipped.
// today: the day events count as past from (attendance checks); nullopt means
// this computer's date.
void ValidateContent(const Content& content, bool site_ok, Diagnostics* diags,
                     std::optional<Date> today = std::nullopt);

}  // namespace affiche

#endif  // AFFICHE_VALIDATE_VALIDATE_H_
