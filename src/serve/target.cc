#include "serve/target.h"

#include <arpa/inet.h>
#include <strings.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace affiche {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes %XX escapes into *out; false on a malformed escape or an encoded
// slash (which would let one segment pose as two).
bool PercentDecode(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out->push_back(in[i]);
      continue;
    }
    if (i + 2 >= in.size()) return false;
    int high = HexValue(in[i + 1]);
    int low = HexValue(in[i + 2]);
    if (high < 0 || low < 0) return false;
    char c = static_cast<char>(high * 16 + low);
    if (c == '/') return false;
    out->push_back(c);
    i += 2;
  }
  return true;
}

bool IsDotSegment(std::string_view segment) { return segment == "." || segment == ".."; }

}  // namespace

bool ParseTarget(std::string_view target, Target* out) {
  size_t end = target.find_first_of("?#");
  out->raw_path = target.substr(0, end);
  out->query = std::string_view();
  if (end != std::string_view::npos && target[end] == '?') {
    size_t fragment = target.find('#', end);
    out->query =
        target.substr(end + 1, fragment == std::string_view::npos ? std::string_view::npos
                                                                  : fragment - end - 1);
  }

  if (out->raw_path.empty() || out->raw_path[0] != '/') return false;
  if (!PercentDecode(out->raw_path.substr(1), &out->path)) return false;
  if (out->path.find('\0') != std::string::npos) return false;
  if (out->path.find('\\') != std::string::npos) return false;

  // Every segment between slashes, including the first and the last.
  std::string_view rest = out->path;
  while (true) {
    size_t slash = rest.find('/');
    if (IsDotSegment(rest.substr(0, slash))) return false;
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  return true;
}

bool IsLocalHostHeader(std::string_view host) {
  if (host.empty()) return true;
  std::string name;
  int family = AF_INET;
  if (host.front() == '[') {
    size_t close = host.find(']');
    if (close == std::string_view::npos) return false;
    name = host.substr(1, close - 1);
    family = AF_INET6;
  } else {
    name = host.substr(0, host.find(':'));
    if (strcasecmp(name.c_str(), "localhost") == 0) return true;
  }
  unsigned char address[sizeof(struct in6_addr)];
  return inet_pton(family, name.c_str(), address) == 1;
}

bool IsSameOrigin(std::string_view origin, std::string_view host) {
  if (origin.empty()) return true;
  auto same_letters = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  };
  for (std::string_view scheme : {"http://", "https://"}) {
    if (origin.substr(0, scheme.size()) != scheme) continue;
    std::string_view authority = origin.substr(scheme.size());
    // std::equal, not strncasecmp: an empty view's data() may be null.
    if (std::equal(authority.begin(), authority.end(), host.begin(), host.end(),
                   same_letters))
      return true;
  }
  return false;
}

}  // namespace affiche
