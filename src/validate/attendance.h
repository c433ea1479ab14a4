// The checks of the figures the attendance tally is made of. Warnings only: a
// missing or surprising figure never stops a build.
#ifndef AFFICHE_VALIDATE_ATTENDANCE_H_
#define AFFICHE_VALIDATE_ATTENDANCE_H_

#include "base/diagnostics.h"
#include "model/content.h"
#include "model/date.h"

namespace affiche {

// Warns, for each event:
// - held (not cancelled), over before `today` (its last day is earlier) and
//   without `attendance`: at its `start` line;
// - with an `attendance` larger than its venue's `capacity` (times its number
//   of days: each day may fill the venue): at the `attendance` line.
// Events of files that already have an error are left out (what could be read
// of them is not to be trusted): run it after the other rules.
void CheckAttendance(const Content& content, const Date& today, Diagnostics* diags);

// Today's date on this computer's clock, in its local time zone.
Date LocalToday();

}  // namespace affiche

#endif  // AFFICHE_VALIDATE_ATTENDANCE_H_
