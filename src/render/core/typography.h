// Typography for plain text: the no-break spaces a French printer puts where a
// line must not break, typographic apostrophes, ordinals and the thousands
// separators of figures. Posters and pages apply it to every text from
// content (before escaping it, never to markup, addresses or code).
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
//  - a no-break space between a day and its month: "3 décembre", "1er mai";
//  - ordinals in superscript letters: "1er" -> "1ᵉʳ", "1re" -> "1ʳᵉ",
//    "3e" and "3ème" -> "3ᵉ";
//  - typographic apostrophes: "l'Homme" -> "l’Homme" (see Apostrophes()).
// Text that is not French is best left alone: see Typography().
std::string FrenchTypography(const std::string& text);

// Returns text with each ' that follows a letter ("l'Homme", "Qu'est-ce",
// "students'") as a typographic apostrophe (U+2019), right for French and
// English alike; a ' after a space or at the start (a quotation) stays.
std::string Apostrophes(const std::string& text);

// FrenchTypography(text) for language "fr"; for any other, Apostrophes(text).
std::string Typography(const std::string& language, const std::string& text);

// A figure as its language writes it: "2 139" (a narrow no-break space) in
// French, "2,139" in English and other languages, "139" below a thousand.
std::string FormatCount(const std::string& language, long long n);

}  // namespace affiche

#endif  // AFFICHE_RENDER_CORE_TYPOGRAPHY_H_
