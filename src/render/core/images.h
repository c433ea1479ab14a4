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
// The size of every sharing image, the edition's and the events' own (the
// size Facebook, LinkedIn and X show large).
inline constexpr int kShareImageWidth = 1200;
inline constexpr int kShareImageHeight = 630;

// An event page names the edition's image between the first two markers and
// keeps the tags of its own image (events/<slug>/share.png) in an HTML
// comment between the last two, until `affiche posters --pdf` has captured
// it: after a plain `affiche build`, og:image never names a missing file.
inline constexpr char kShareSiteOpen[] = "<!--affiche-share-site-->";
inline constexpr char kShareSiteClose[] = "<!--/affiche-share-site-->";
inline constexpr char kShareCardOpen[] = "<!--affiche-share-card";
inline constexpr char kShareCardClose[] = "affiche-share-card-->";

// html (an event page) with the tags of its own image in place of the
// edition's, and its JSON-LD `image` naming it too; html as it is when it
// has no hidden tags.
std::string ShowShareCard(const std::string& html);

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
