#include "serve/inject.h"

#include <cctype>

#include "base/escape.h"

namespace affiche {
namespace {

// Kept small and old-fashioned: it runs in every page of the preview.
const char kScript[] = R"(<script>
(function () {
  // affiche serve: reload this page when the site is rebuilt.
  if (!window.WebSocket) return;
  var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host +
            "/__affiche/livereload";
  var version = null;  // the site's, from the first greeting
  var attempts = 0;
  var delay = 250;
  function connect() {
    var socket = new WebSocket(url);
    attempts += 1;
    socket.onmessage = function (event) {
      var words = String(event.data).split(" ");
      // Reload when told to; when greeted with another version than before
      // (the server restarted with other content); or when greeted for the
      // first time after a failed attempt, since the page may then be stale.
      var stale = version !== null ? words[1] !== version : attempts > 1;
      if (words[0] === "reload" || stale) {
        location.reload();
        return;
      }
      version = words[1];
      window.__afficheLiveReloadVersion = version;  // for tests and the curious
      delay = 250;
    };
    // Also called when a connection attempt fails: try again, less and less often.
    socket.onclose = function () {
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 4000);
    };
  }
  connect();
})();
</script>
)";

// The overlay's own rules: `all: revert` shields it from the theme's CSS.
const char kOverlayStyle[] = R"(<style>
#affiche-errors, #affiche-errors * { all: revert; }
#affiche-errors { position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647;
  max-height: 70vh; overflow: auto; margin: 0; padding: 0; box-sizing: border-box;
  background: #fff4f4; color: #1a1a1a; border-bottom: 4px solid #c00;
  box-shadow: 0 4px 16px rgba(0, 0, 0, .25); font: 16px/1.4 system-ui, sans-serif; }
#affiche-errors summary { cursor: pointer; padding: .6em 1em; font-weight: bold;
  color: #fff; background: #c00; }
#affiche-errors p { margin: .8em 1em; }
#affiche-errors pre { margin: .8em 1em 1em; padding: 0; white-space: pre-wrap;
  font: 14px/1.5 ui-monospace, "DejaVu Sans Mono", monospace; color: #1a1a1a; }
@media print { #affiche-errors { display: none; } }
</style>
)";

}  // namespace

size_t InsertionPoint(std::string_view html) {
  static constexpr std::string_view kTag = "</body";
  for (size_t at = html.size() >= kTag.size() ? html.size() - kTag.size() + 1 : 0;
       at-- > 0;) {
    size_t i = 0;
    while (i < kTag.size() &&
           std::tolower(static_cast<unsigned char>(html[at + i])) == kTag[i])
      ++i;
    if (i == kTag.size()) return at;
  }
  return html.size();
}

std::string LiveReloadScript() { return kScript; }

std::string ErrorOverlay(std::string_view errors, int error_count) {
  std::string count =
      std::to_string(error_count) + (error_count == 1 ? " error" : " errors");
  std::string out = kOverlayStyle;
  out += "<div id=\"affiche-errors\" role=\"alert\"><details open>\n<summary>affiche: ";
  out += count;
  out += " in the source (click to fold)</summary>\n";
  out +=
      "<p>Save a fix and this page updates by itself. Until then, the preview shows "
      "the last build without errors, if there was one.</p>\n<pre>";
  out += EscapeMarkup(errors);
  out += "</pre>\n</details></div>\n";
  return out;
}

std::string NoBuildYetPage() {
  return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>affiche: the site does not build yet</title>\n</head>\n<body>\n"
         "<main style=\"margin: 40vh auto 0; max-width: 40em; font-family: "
         "sans-serif\">\n"
         "<h1>The site does not build yet</h1>\n"
         "<p>affiche serve shows the site once its source has no errors; this page "
         "updates by itself when you save a fix.</p>\n</main>\n</body>\n</html>\n";
}

}  // namespace affiche
