// Request targets: the checks that run before any lookup, so that a target
// can only ever name a file of the built site.
#ifndef AFFICHE_SERVE_TARGET_H_
#define AFFICHE_SERVE_TARGET_H_

#include <string>
#include <string_view>

namespace affiche {

struct Target {
  std::string_view raw_path;  // as sent, without query or fragment: "/events/x"
  std::string_view query;     // after '?', without the '?'; may be empty
  std::string path;           // percent-decoded, without the leading '/': "events/x"
};

// Splits and decodes an origin-form target ("/events/x/?a=b"). Returns false,
// and the server answers 400, for a target that does not start with '/', has a
// bad percent escape, or contains NUL, a backslash, an encoded slash, or a "."
// or ".." segment (raw or encoded) after decoding.
bool ParseTarget(std::string_view target, Target* out);

}  // namespace affiche

#endif  // AFFICHE_SERVE_TARGET_H_
