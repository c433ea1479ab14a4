// Escaping text for HTML, SVG and XML (element content and attribute values),
// and for JSON string literals.
#ifndef AFFICHE_BASE_ESCAPE_H_
#define AFFICHE_BASE_ESCAPE_H_

#include <string>
#include <string_view>

namespace affiche {

// text with & < > " ' as entities (&amp; &lt; &gt; &quot; &#39;) and the
// control characters XML forbids (all below U+0020 but tab, LF and CR) left out.
std::string EscapeMarkup(std::string_view text);

// text as a JSON string literal, quotes included.
std::string JsonString(const std::string& text);

}  // namespace affiche

#endif  // AFFICHE_BASE_ESCAPE_H_
