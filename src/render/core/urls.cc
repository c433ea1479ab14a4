#include "render/core/urls.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

#include "base/strings.h"

namespace affiche {

std::string EventDir(const std::string& slug) { return "events/" + slug + "/"; }
std::string DepartmentDir(const std::string& id) { return kDepartmentsDir + id + "/"; }
std::string CategoryDir(const std::string& id) { return kCategoriesDir + id + "/"; }
std::string VenueDir(const std::string& id) { return kVenuesDir + id + "/"; }
std::string PageDir(const std::string& slug) { return "pages/" + slug + "/"; }
std::string PosterDir(const std::string& slug) { return EventDir(slug) + "poster/"; }
std::string PosterPdfPath(const std::string& slug) {
  return EventDir(slug) + "poster.pdf";
}
std::string CommuniqueDir(const std::string& slug) {
  return EventDir(slug) + "communique/";
}
std::string DepartmentProgrammeDir(const std::string& id) {
  return DepartmentDir(id) + "programme/";
}
std::string OrganiserDir(const std::string& id) { return kOrganisersDir + id + "/"; }
std::string DepartmentProgrammePdfPath(const std::string& id) {
  return DepartmentDir(id) + "programme.pdf";
}
std::string SharePageDir(const std::string& slug) { return EventDir(slug) + "share/"; }
std::string SharePngPath(const std::string& slug) { return EventDir(slug) + "share.png"; }
std::string EmbedDir(const std::string& kind, const std::string& id) {
  return "embed/" + kind + "/" + id + "/";
}

std::string ProgrammePageDir(const std::string& entry_dir, const std::string& key) {
  return (entry_dir.empty() ? std::string(kBookletDir) : entry_dir) + key + "/";
}

std::string IndexFile(const std::string& dir) { return dir + "index.html"; }

std::string PageFolder(const std::string& file_path) {
  static const std::string kIndex = "index.html";
  if (!EndsWith(file_path, kIndex)) return file_path;
  return file_path.substr(0, file_path.size() - kIndex.size());
}

std::string RootOf(const std::string& file_path) {
  std::string root;
  for (char c : file_path)
    if (c == '/') root += "../";
  return root;
}

std::string EncodePath(const std::string& path) { return PercentEncode(path, "/"); }

std::string PercentEncode(const std::string& text, const char* keep) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                      (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
                      c == '~';
    if (unreserved || (c && std::strchr(keep, c))) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string SafeUrl(const std::string& url) {
  size_t colon = url.find(':');
  size_t first_delimiter = url.find_first_of("/?#");
  if (colon == std::string::npos || colon > first_delimiter) return url;  // no scheme
  std::string scheme = url.substr(0, colon);
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  for (const char* allowed : {"http", "https", "mailto", "tel"})
    if (scheme == allowed) return url;
  return "";
}

namespace {
// "49.9003" from 49.900300: six decimals (about 10 cm), trailing zeros cut.
std::string Coordinate(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6f", value);
  std::string text = buffer;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}
}  // namespace

std::string OpenStreetMapUrl(double latitude, double longitude) {
  std::string lat = Coordinate(latitude), lon = Coordinate(longitude);
  return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" +
         lat + "/" + lon;
}

std::string OpenStreetMapSearchUrl(const std::string& address) {
  return "https://www.openstreetmap.org/search?query=" + PercentEncode(address);
}

}  // namespace affiche
