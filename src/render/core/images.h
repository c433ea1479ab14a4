// The images pages announce to social networks: the edition's sharing image
// of the theme, an event's own `image:`, and their size in pixels.
#ifndef AFFICHE_RENDER_CORE_IMAGES_H_
#define AFFICHE_RENDER_CORE_IMAGES_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/programme.h"

namespace affiche {

// The edition's sharing image, a static file of the theme (1200×630).
inline constexpr const char kShareImage[] = "share.png";

// The width and height of a PNG file, from its IHDR chunk (PNG 11.2.2: the
// first chunk, its width and height as big-endian 32-bit numbers); nullopt
// for any other bytes.
std::optional<std::pair<int, int>> PngSize(const std::string& bytes);

// The static file published at path: the content's, else the theme's; null
// when neither has it.
const StaticFile* PublishedStaticFile(const Programme& programme,
                                      const std::vector<StaticFile>& theme_files,
                                      const std::string& path);

}  // namespace affiche

#endif  // AFFICHE_RENDER_CORE_IMAGES_H_
