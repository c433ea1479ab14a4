#include "render/html/feeds.h"

#include <algorithm>

#include "base/escape.h"
#include "render/core/dates.h"
#include "render/core/urls.h"

namespace affiche {

namespace {

// The URL of the page whose file is path, as links and search engines know it.
std::string PageUrl(const Programme& programme, const std::string& path) {
  return programme.AbsoluteUrl(EncodePath(PageFolder(path)));
}

// "2009-11-01T12:00:00Z" (RFC 3339) of "20091101T120000Z".
std::string Rfc3339(const std::string& ics) {
  if (ics.size() != 16) return "1970-01-01T00:00:00Z";
  return ics.substr(0, 4) + '-' + ics.substr(4, 2) + '-' + ics.substr(6, 2) + 'T' +
         ics.substr(9, 2) + ':' + ics.substr(11, 2) + ':' + ics.substr(13, 2) + 'Z';
}

std::string Element(const char* name, const std::string& text) {
  return std::string("<") + name + ">" + EscapeMarkup(text) + "</" + name + ">";
}

}  // namespace

std::string SitemapXml(const Programme& programme, std::vector<SitemapPage> pages) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  std::sort(pages.begin(), pages.end(),
            [](const SitemapPage& a, const SitemapPage& b) { return a.path < b.path; });
  for (const SitemapPage& page : pages)
    xml += "  <url>" + Element("loc", PageUrl(programme, page.path)) +
           Element("lastmod", Rfc3339(page.last_modified)) + "</url>\n";
  return xml + "</urlset>\n";
}

std::string RobotsTxt(const Programme& programme) {
  return "User-agent: *\nAllow: /\n\nSitemap: " + programme.AbsoluteUrl("sitemap.xml") +
         "\n";
}

std::string AtomEntry(const Programme& programme, const Theme& theme, const Event& e,
                      const std::string& last_modified) {
  const SiteConfig& site = programme.site();
  std::string url = PageUrl(programme, IndexFile(EventDir(e.slug)));
  std::string title = e.title;
  if (e.status != Status::kConfirmed)
    title += " (" + theme.Label(std::string("status_") + StatusName(e.status)) + ")";
  std::string summary = FormatWhen(theme, e);
  if (const Venue* venue = programme.VenueOf(e)) {
    summary += " · " + venue->name;
    if (!venue->city.empty()) summary += ", " + venue->city;
  }
  if (!e.summary.empty()) summary += ". " + e.summary;

  std::string xml = "  <entry>\n";
  xml += "    " + Element("title", title) + "\n";
  xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + EscapeMarkup(url) +
         "\"/>\n";
  xml += "    " + Element("id", url) + "\n";
  xml += "    " + Element("updated", Rfc3339(last_modified)) + "\n";
  xml += "    " + Element("summary", summary) + "\n";
  for (const std::string& c : e.categories)
    xml += "    <category term=\"" + EscapeMarkup(c) + "\" label=\"" +
           EscapeMarkup(LabelOf(site.categories, c)) + "\"/>\n";
  if (!e.body_html.empty())
    xml += "    <content type=\"html\">" + EscapeMarkup(e.body_html) + "</content>\n";
  return xml + "  </entry>\n";
}

std::string AtomFeedXml(const Programme& programme, const std::string& updated,
                        const std::function<const std::string&(const Event&)>& entry) {
  const SiteConfig& site = programme.site();
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed "
      "xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
      EscapeMarkup(site.language) + "\">\n";
  xml += "  " + Element("title", site.title) + "\n";
  if (!site.description.empty())
    xml += "  " + Element("subtitle", site.description) + "\n";
  xml += "  <link rel=\"self\" href=\"" +
         EscapeMarkup(programme.AbsoluteUrl("feed.xml")) + "\"/>\n";
  xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"" +
         EscapeMarkup(site.base_url) + "\"/>\n";
  xml += "  " + Element("id", site.base_url) + "\n";
  xml += "  " + Element("updated", Rfc3339(updated)) + "\n";
  xml += "  <author>" + Element("name", site.title) + "</author>\n";
  size_t size = xml.size();
  for (const Event* e : programme.events()) size += entry(*e).size();
  xml.reserve(size + 8);
  for (const Event* e : programme.events()) xml += entry(*e);
  xml += "</feed>\n";
  return xml;
}

}  // namespace affiche
