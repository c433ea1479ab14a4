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

std::string AtomDate(const Date& date) { return date.Iso() + "T00:00:00Z"; }

std::string Element(const char* name, const std::string& text) {
  return std::string("<") + name + ">" + EscapeMarkup(text) + "</" + name + ">";
}

}  // namespace

std::string SitemapXml(const Programme& programme,
                       const std::vector<std::string>& page_paths) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  std::vector<std::string> sorted = page_paths;
  std::sort(sorted.begin(), sorted.end());
  for (const std::string& path : sorted)
    xml += "  <url>" + Element("loc", PageUrl(programme, path)) + "</url>\n";
  return xml + "</urlset>\n";
}

std::string AtomFeedXml(const Programme& programme, const Theme& theme) {
  const SiteConfig& site = programme.site();
  Date updated{1970, 1, 1};
  for (const Event* e : programme.events()) updated = std::max(updated, e->start.date);

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
  xml += "  " + Element("updated", AtomDate(updated)) + "\n";
  xml += "  <author>" + Element("name", site.title) + "</author>\n";

  for (const Event* e : programme.events()) {
    std::string url = PageUrl(programme, IndexFile(EventDir(e->slug)));
    std::string title = e->title;
    if (e->status != Status::kConfirmed)
      title += " (" + theme.Label(std::string("status_") + StatusName(e->status)) + ")";
    std::string summary = FormatWhen(theme, *e);
    if (const Venue* venue = programme.VenueOf(*e)) {
      summary += " · " + venue->name;
      if (!venue->city.empty()) summary += ", " + venue->city;
    }
    if (!e->summary.empty()) summary += ". " + e->summary;

    xml += "  <entry>\n";
    xml += "    " + Element("title", title) + "\n";
    xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + EscapeMarkup(url) +
           "\"/>\n";
    xml += "    " + Element("id", url) + "\n";
    xml += "    " + Element("updated", AtomDate(e->start.date)) + "\n";
    xml += "    " + Element("summary", summary) + "\n";
    for (const std::string& c : e->categories)
      xml += "    <category term=\"" + EscapeMarkup(c) + "\" label=\"" +
             EscapeMarkup(LabelOf(site.categories, c)) + "\"/>\n";
    if (!e->body_html.empty())
      xml += "    <content type=\"html\">" + EscapeMarkup(e->body_html) + "</content>\n";
    xml += "  </entry>\n";
  }
  return xml + "</feed>\n";
}

}  // namespace affiche
