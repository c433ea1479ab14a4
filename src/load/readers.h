// Readers turn the text of one content file into a model value, reporting
// every problem of the file. They do no I/O; loader.h reads the folder.
#ifndef AFFICHE_LOAD_READERS_H_
#define AFFICHE_LOAD_READERS_H_

#include <string>

#include "base/diagnostics.h"
#include "model/content.h"

namespace affiche {

// Each returns false when the file has an error (reported under path).
// `text` is the raw file content (BOM and CRLF allowed).
bool ReadSiteConfig(const std::string& path, const std::string& text, SiteConfig* out,
                    Diagnostics* diags);
bool ReadVenue(const std::string& id, const std::string& path, const std::string& text,
               Venue* out, Diagnostics* diags);
bool ReadOrganiser(const std::string& id, const std::string& path, const std::string& text,
                   Organiser* out, Diagnostics* diags);
// Markdown with front matter; slug is the file name without ".md".
bool ReadEvent(const std::string& slug, const std::string& path, const std::string& text,
               bool unsafe_html, Event* out, Diagnostics* diags);
bool ReadPage(const std::string& slug, const std::string& path, const std::string& text,
              bool unsafe_html, Page* out, Diagnostics* diags);

}  // namespace affiche

#endif  // AFFICHE_LOAD_READERS_H_
