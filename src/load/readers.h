// Readers turn the text of one content file into a model value, reporting
// every problem of the file. They do no I/O; loader.h reads the folder.
#ifndef AFFICHE_LOAD_READERS_H_
#define AFFICHE_LOAD_READERS_H_

#include <string>

#include "base/diagnostics.h"
#include "load/loader.h"
#include "model/content.h"

namespace affiche {

// Each returns false when the file has an error (reported under path).
// `text` is the raw file content (BOM and CRLF allowed).
bool ReadSiteConfig(const std::string& path, const std::string& text, SiteConfig* out,
                    Diagnostics* diags);
bool ReadVenue(const std::string& id, const std::string& path, const std::string& text,
               Venue* out, Diagnostics* diags);
bool ReadOrganiser(const std::string& id, const std::string& path,
                   const std::string& text, Organiser* out, Diagnostics* diags);
// How Markdown bodies become HTML: raw HTML kept or not, and the typography
// of their text (LoadOptions::typography) in the site's language, or the
// event's own `lang`.
struct BodyStyle {
  bool unsafe_html = false;
  std::string language;
  Typesetter typography;  // may be empty: text as written
};

// Markdown with front matter; slug is the file name without ".md".
bool ReadEvent(const std::string& slug, const std::string& path, const std::string& text,
               const BodyStyle& style, Event* out, Diagnostics* diags);
bool ReadPage(const std::string& slug, const std::string& path, const std::string& text,
              const BodyStyle& style, Page* out, Diagnostics* diags);

}  // namespace affiche

#endif  // AFFICHE_LOAD_READERS_H_
