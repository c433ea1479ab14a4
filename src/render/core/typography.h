// French typography for plain text: the no-break spaces a French printer puts
// where a line must not break. Posters apply it to every text they set large.
#ifndef AFFICHE_RENDER_CORE_TYPOGRAPHY_H_
#define AFFICHE_RENDER_CORE_TYPOGRAPHY_H_

#include <string>

namespace affiche {

// Returns UTF-8 text with:
//  - a narrow no-break space (U+202F) before ; ! ? and a no-break space
//    (U+00A0) before : ("solidaire ?", "Organisée par :"), replacing the
//    spaces typed there or added when none was ("solidaire?"); a mark is left
//    alone when a word follows it, so "18:00", "https://…" and "?lang=fr" stay;
//  - a no-break space inside « and » ("« ESS et Innovation »");
//  - hours with a no-break space: "18h" and "18 h" -> "18 h", "18h30" -> "18 h 30";
//  - a no-break space between a day and its month: "3 décembre", "1er mai".
// Text that is not French is best left alone: see Typography().
std::string FrenchTypography(const std::string& text);

// FrenchTypography(text) for language "fr", text itself for any other.
std::string Typography(const std::string& language, const std::string& text);

}  // namespace affiche

#endif  // AFFICHE_RENDER_CORE_TYPOGRAPHY_H_
