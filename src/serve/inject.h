// What serve mode adds to the site's HTML pages: the live-reload script and,
// while the source has errors, an overlay that shows them. The server splices
// these in when it publishes a build; `affiche build` never calls them.
#ifndef AFFICHE_SERVE_INJECT_H_
#define AFFICHE_SERVE_INJECT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace affiche {

// The path browsers open a WebSocket to, to be told when to reload.
inline constexpr std::string_view kLiveReloadPath = "/__affiche/livereload";

// Where an addition goes in an HTML page: before its last `</body` (any case),
// or at the end when it has none.
size_t InsertionPoint(std::string_view html);

// A <script> that connects to kLiveReloadPath and reloads the page on a
// "reload <version>" message. The server greets each connection with "hello
// <version>"; after a lost connection (the server restarted) the script
// reconnects, and reloads if the version it is greeted with has changed, or
// if it had never been greeted before.
std::string LiveReloadScript();

// An overlay listing the errors (text as `affiche check` prints them,
// HTML-escaped), readable without JavaScript and folded away by a click on
// its title (a <details> element). Hidden when printing.
std::string ErrorOverlay(std::string_view errors, int error_count);

// A page for when no build has succeeded yet; the overlay goes into it too.
std::string NoBuildYetPage();

}  // namespace affiche

#endif  // AFFICHE_SERVE_INJECT_H_
