// The IANA time zone names known to the system's tz database (tzdata).
#ifndef AFFICHE_VALIDATE_TIME_ZONES_H_
#define AFFICHE_VALIDATE_TIME_ZONES_H_

#include <string>
#include <vector>

namespace affiche {

// True when name ("Europe/Paris") is a zone of the tz database: a TZif file
// under $TZDIR or /usr/share/zoneinfo.
bool IsKnownTimeZone(const std::string& name);

// The zone names listed in the database's zone1970.tab (for "did you mean").
const std::vector<std::string>& KnownTimeZones();

}  // namespace affiche

#endif  // AFFICHE_VALIDATE_TIME_ZONES_H_
