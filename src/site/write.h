// Writes a built site to disk, replacing the output folder whole or not at all.
#ifndef AFFICHE_SITE_WRITE_H_
#define AFFICHE_SITE_WRITE_H_

#include <string>

#include "base/output_set.h"

namespace affiche {

// The file affiche leaves in every output folder it writes; a non-empty folder
// without it is never replaced.
extern const char kOutputMarker[];

// Writes site into a sibling folder of out_dir, then swaps it in place of
// out_dir (atomically when out_dir exists) and removes the old copy. Nothing
// outside out_dir and that sibling is touched. On failure returns false with
// a one-line reason in *error, and out_dir is as it was.
bool WriteSite(const OutputSet& site, const std::string& out_dir, std::string* error);

}  // namespace affiche

#endif  // AFFICHE_SITE_WRITE_H_
