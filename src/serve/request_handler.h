// The answer to one HTTP request from a site snapshot, with no I/O: method
// check, target checks (target.h), index files, redirects, 404 and
// conditional GET. http_session turns the Reply into a Beast response.
#ifndef AFFICHE_SERVE_REQUEST_HANDLER_H_
#define AFFICHE_SERVE_REQUEST_HANDLER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "serve/site_state.h"

namespace affiche {

struct Request {
  std::string_view method;         // "GET"
  std::string_view target;         // "/events/x/?a=b"
  std::string_view if_none_match;  // the header's value, or empty
};

struct Reply {
  int status = 200;
  // Besides these, every reply carries Server, Cache-Control and, unless it
  // is a 304, Content-Length.
  std::vector<std::pair<std::string, std::string>> headers;
  SharedBytes body;       // may share the site's bytes
  bool send_body = true;  // false for HEAD and 304
  bool close = false;     // close the connection afterwards
};

Reply HandleRequest(const Request& request, const SiteSnapshot& site);

// A small text/plain reply, for errors found before a request could be read
// (400, 413, 431) or a request refused whole (403); it closes the connection.
Reply ErrorReply(int status);

}  // namespace affiche

#endif  // AFFICHE_SERVE_REQUEST_HANDLER_H_
