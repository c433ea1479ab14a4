// Creating the files of `affiche new`: each is created whole, or not at all,
// and never over an existing one.
#ifndef AFFICHE_SITE_NEW_FILE_H_
#define AFFICHE_SITE_NEW_FILE_H_

#include <string>

namespace affiche {

// Writes text to path, which must not exist yet (O_EXCL: even if another
// program creates it meanwhile). On failure returns false with *error set.
bool WriteNewFile(const std::string& path, const std::string& text, std::string* error);

}  // namespace affiche

#endif  // AFFICHE_SITE_NEW_FILE_H_
