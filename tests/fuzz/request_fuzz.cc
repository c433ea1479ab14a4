// libFuzzer target: raw bytes read as an HTTP request by Beast's parser, with
// the header limits the server sets, then the server's checks (Host, Origin)
// and its answer from a small site.
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "serve/request_handler.h"
#include "serve/target.h"

namespace {

namespace http = boost::beast::http;

const affiche::SiteSnapshot& Site() {
  static const affiche::SiteSnapshot* site = [] {
    auto files = std::make_shared<affiche::OutputSet>();
    files->Add("index.html", "<html><body>Accueil</body></html>");
    files->Add("events/x/index.html", "<html><body>x</body></html>");
    files->Add("calendar.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    files->Add("404.html", "<html><body>404</body></html>");
    return new affiche::SiteSnapshot(files, "<script>reload</script>");
  }();
  return *site;
}

std::string_view View(boost::beast::string_view s) { return {s.data(), s.size()}; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  http::request_parser<http::string_body> parser;
  parser.header_limit(8 * 1024);
  parser.body_limit(1024);
  parser.eager(true);
  boost::beast::error_code ec;
  parser.put(boost::asio::buffer(data, size), ec);
  if (ec || !parser.is_header_done()) return 0;
  const auto& request = parser.get();
  std::string_view host = View(request[http::field::host]);
  affiche::IsLocalHostHeader(host);
  affiche::IsSameOrigin(View(request[http::field::origin]), host);
  affiche::Reply reply =
      affiche::HandleRequest({View(request.method_string()), View(request.target()),
                              View(request[http::field::if_none_match])},
                             Site());
  (void)reply;
  return 0;
}
