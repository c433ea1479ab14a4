// Request targets: the checks that run before any lookup, so that a target
// can only ever name a file of the built site; and the checks of the Host and
// Origin headers.
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

// True for a Host header that names this machine without a DNS name a web
// page could control: an IPv4 or IPv6 address or "localhost", with or without
// a port; also true for no Host header (HTTP/1.0).
bool IsLocalHostHeader(std::string_view host);

// True when a WebSocket request comes from a page of this server: no Origin
// header (not a browser), or an Origin of "http://" or "https://" + host.
bool IsSameOrigin(std::string_view origin, std::string_view host);

}  // namespace affiche

#endif  // AFFICHE_SERVE_TARGET_H_
