// What search engines and social networks read of the sample site, built by
// the affiche binary: the schema.org Event of every event page (JSON-LD, read
// with nlohmann-json), the Open Graph tags of every page and the image they
// announce, the sitemap against the files written, and robots.txt.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <vector>

#include "test_util.h"

namespace fs = std::filesystem;

namespace affiche {
namespace {

using testing::Affiche;
using testing::MakeTempDir;
using testing::ReadFile;

const std::string kBase = "https://www.cres-picardie.org/mois-ess/";

bool IsPoster(const std::string& path) {
  return path.find("/poster/") != std::string::npos;
}

// The embeddable programmes (embed/<kind>/<id>/): parts of partners' pages,
// noindex, never a page to land on or to share.
bool IsEmbed(const std::string& path) { return path.rfind("embed/", 0) == 0; }

// An event's share page: the source of its sharing image, captured by
// `affiche posters --pdf`, not a page to land on (noindex, no Open Graph).
bool IsSharePage(const std::string& path) {
  return std::regex_match(path, std::regex("events/[^/]+/share/index\\.html"));
}

class SampleSharing : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    out_ = new std::string(MakeTempDir() + "/site-out");
    auto result = testing::Run(
        Affiche() + " build --source '" AFFICHE_SOURCE_DIR "' --out '" + *out_ + "'");
    ASSERT_EQ(result.status, 0) << result.err;
    pages_ = new std::map<std::string, std::string>;
    for (const auto& entry : fs::recursive_directory_iterator(*out_))
      if (entry.is_regular_file() && entry.path().extension() == ".html")
        (*pages_)[fs::relative(entry.path(), *out_).string()] =
            ReadFile(entry.path().string());
  }
  static void TearDownTestSuite() {
    delete out_;
    delete pages_;
  }
  // The event pages, by slug.
  static std::map<std::string, std::string> EventPages() {
    std::map<std::string, std::string> events;
    const std::regex page("events/([^/]+)/index\\.html");
    std::smatch m;
    for (const auto& [path, html] : *pages_)
      if (std::regex_match(path, m, page)) events[m[1]] = html;
    return events;
  }
  // The JSON-LD block of a page, parsed; fails the test unless there is one.
  static nlohmann::json JsonLd(const std::string& html) {
    const std::string open = "<script type=\"application/ld+json\">";
    size_t begin = html.find(open);
    EXPECT_NE(begin, std::string::npos);
    EXPECT_EQ(html.find(open, begin + 1), std::string::npos) << "only one block";
    if (begin == std::string::npos) return nullptr;
    begin += open.size();
    size_t end = html.find("</script>", begin);
    return nlohmann::json::parse(html.substr(begin, end - begin));
  }
  // The content of <meta property|name="key" content="…">, or "(none)".
  static std::string Meta(const std::string& html, const std::string& key) {
    const std::regex meta("<meta (?:property|name)=\"" + key +
                          "\" content=\"([^\"]*)\">");
    std::smatch m;
    return std::regex_search(html, m, meta) ? m[1].str() : "(none)";
  }
  static std::string* out_;
  static std::map<std::string, std::string>* pages_;
};
std::string* SampleSharing::out_ = nullptr;
std::map<std::string, std::string>* SampleSharing::pages_ = nullptr;

TEST_F(SampleSharing, EveryEventPageCarriesAGoogleEventInJsonLd) {
  const std::regex timed("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00[+-]\\d\\d:\\d\\d");
  const std::regex day("\\d{4}-\\d\\d-\\d\\d");
  const std::set<std::string> statuses = {"https://schema.org/EventScheduled",
                                          "https://schema.org/EventCancelled",
                                          "https://schema.org/EventPostponed"};
  std::map<std::string, std::string> events = EventPages();
  ASSERT_EQ(events.size(), 40u);
  int with_geo = 0, with_offers = 0, with_organizer = 0;
  for (const auto& [slug, html] : events) {
    SCOPED_TRACE(slug);
    nlohmann::json e = JsonLd(html);
    ASSERT_TRUE(e.is_object());
    EXPECT_EQ(e["@context"], "https://schema.org");
    EXPECT_EQ(e["@type"], "Event");
    // Required by Google: name, startDate, location.
    ASSERT_TRUE(e["name"].is_string());
    EXPECT_FALSE(e["name"].get<std::string>().empty());
    std::string start = e["startDate"];
    EXPECT_TRUE(std::regex_match(start, timed) || std::regex_match(start, day)) << start;
    if (e.contains("endDate")) {
      std::string end = e["endDate"];
      // The same form as the start: both timed, or both dates.
      EXPECT_EQ(std::regex_match(end, day), std::regex_match(start, day)) << end;
      EXPECT_LE(start.substr(0, 10), end.substr(0, 10));
    }
    const nlohmann::json& place = e["location"];
    ASSERT_TRUE(place.is_object());
    EXPECT_EQ(place["@type"], "Place");
    EXPECT_TRUE(place["name"].is_string());
    EXPECT_EQ(place["address"]["@type"], "PostalAddress");
    EXPECT_TRUE(place["address"]["addressLocality"].is_string());
    if (place.contains("geo")) {
      EXPECT_EQ(place["geo"]["@type"], "GeoCoordinates");
      EXPECT_TRUE(place["geo"]["latitude"].is_number());
      ++with_geo;
    }
    // Recommended.
    EXPECT_EQ(statuses.count(e["eventStatus"].get<std::string>()), 1u);
    EXPECT_EQ(e["eventAttendanceMode"], "https://schema.org/OfflineEventAttendanceMode");
    EXPECT_EQ(e["url"], kBase + "events/" + slug + "/");
    EXPECT_EQ(e["inLanguage"], "fr");
    ASSERT_TRUE(e["image"].is_array());
    EXPECT_EQ(e["image"][0].get<std::string>().rfind(kBase, 0), 0u);
    EXPECT_TRUE(e["description"].is_string());
    // The content has organisers and prices for most events: they are there.
    bool has_organisers = html.find("id=\"organisers-heading\"") != std::string::npos;
    EXPECT_EQ(e.contains("organizer"), has_organisers);
    if (has_organisers) {
      ++with_organizer;
      for (const nlohmann::json& o : e["organizer"]) {
        EXPECT_EQ(o["@type"], "Organization");
        EXPECT_TRUE(o["name"].is_string());
      }
    }
    if (e.contains("offers")) {
      ++with_offers;
      EXPECT_EQ(e["offers"]["@type"], "Offer");
      EXPECT_EQ(e["offers"]["priceCurrency"], "EUR");
      EXPECT_TRUE(e["offers"]["price"].is_number());
    }
  }
  EXPECT_GT(with_geo, 0);
  EXPECT_GT(with_organizer, 30);
  // Every price of the sample but "Réservé à la presse" says an amount or free entry.
  EXPECT_EQ(with_offers, 39);
}

// Google's summary-page list: each department, category, venue and organiser
// page lists the addresses of the events it shows, in its order, once each.
TEST_F(SampleSharing, EveryListingPageCarriesAnItemListOfItsEvents) {
  const std::regex listing(
      "(departments|categories|venues|organisers)/[^/]+/index\\.html");
  const std::regex link("href=\"\\.\\./\\.\\./events/([^/]+)/index\\.html\"");
  std::map<std::string, std::string> events = EventPages();
  int pages = 0;
  for (const auto& [path, html] : *pages_) {
    if (!std::regex_match(path, listing)) continue;
    SCOPED_TRACE(path);
    ++pages;
    std::vector<std::string> linked;
    for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it) {
      std::string url = kBase + "events/" + (*it)[1].str() + "/";
      if (std::find(linked.begin(), linked.end(), url) == linked.end())
        linked.push_back(url);
      EXPECT_EQ(events.count((*it)[1].str()), 1u);
    }
    nlohmann::json list = JsonLd(html);
    EXPECT_EQ(list["@context"], "https://schema.org");
    EXPECT_EQ(list["@type"], "ItemList");
    EXPECT_FALSE(list["name"].get<std::string>().empty());
    std::vector<std::string> listed;
    for (const nlohmann::json& item : list["itemListElement"]) {
      EXPECT_EQ(item["@type"], "ListItem");
      EXPECT_EQ(item["position"], listed.size() + 1);
      listed.push_back(item["url"]);
    }
    EXPECT_EQ(list["numberOfItems"], listed.size());
    EXPECT_FALSE(listed.empty());
    EXPECT_EQ(listed, linked);
  }
  EXPECT_EQ(pages, 3 + 17 + 20 + 27);  // departments, categories, venues, organisers
}

TEST_F(SampleSharing, JsonLdSaysTimesWithTheirOffsetPricesAndStatus) {
  std::map<std::string, std::string> events = EventPages();
  nlohmann::json conference = JsonLd(events["conference-finance-solidaire"]);
  EXPECT_EQ(conference["startDate"], "2009-11-09T18:00:00+01:00");
  EXPECT_EQ(conference["endDate"], "2009-11-09T20:00:00+01:00");
  EXPECT_EQ(conference["eventStatus"], "https://schema.org/EventScheduled");
  EXPECT_EQ(conference["offers"]["price"], 0);  // "Entrée libre"
  EXPECT_EQ(conference["location"]["name"], "La Repasserie");
  EXPECT_EQ(conference["location"]["address"]["streetAddress"], "30 route d’Abbeville");
  EXPECT_EQ(conference["location"]["address"]["postalCode"], "80000");
  EXPECT_EQ(conference["location"]["geo"]["latitude"], 49.9003);
  EXPECT_EQ(conference["location"]["geo"]["longitude"], 2.2768);
  // All day: dates alone, the end the last day.
  nlohmann::json festival = JsonLd(events["festival-theatre-amateur"]);
  EXPECT_EQ(festival["startDate"], "2009-11-20");
  EXPECT_EQ(festival["endDate"], "2009-11-22");
  EXPECT_EQ(festival["offers"]["price"], 5);
  EXPECT_EQ(festival["offers"]["description"],
            "5 € la représentation, 12 € le pass trois jours");
  // The one cancelled event of the sample, and only it.
  int cancelled = 0;
  for (const auto& [slug, html] : events)
    if (JsonLd(html)["eventStatus"] == "https://schema.org/EventCancelled") {
      EXPECT_EQ(slug, "conference-habitat-cooperatif-saint-quentin");
      ++cancelled;
    }
  EXPECT_EQ(cancelled, 1);
}

TEST_F(SampleSharing, EveryPageHasItsOpenGraphTagsAndADescription) {
  int share_pages = 0;
  for (const auto& [path, html] : *pages_) {
    if (IsEmbed(path)) continue;
    SCOPED_TRACE(path);
    if (IsSharePage(path)) {
      EXPECT_NE(html.find("<meta name=\"robots\" content=\"noindex\">"),
                std::string::npos);
      ++share_pages;
      continue;
    }
    for (const char* key : {"og:title", "og:description", "og:url", "og:type", "og:image",
                            "og:image:width", "og:image:height", "og:image:alt",
                            "og:locale", "og:site_name", "twitter:card", "description"})
      EXPECT_NE(Meta(html, key), "(none)") << key;
    EXPECT_FALSE(Meta(html, "description").empty());
    EXPECT_EQ(Meta(html, "og:locale"), "fr_FR");
    EXPECT_EQ(Meta(html, "og:site_name"), "Mois de l’ESS en Picardie");
    EXPECT_EQ(Meta(html, "twitter:card"), "summary_large_image");
    bool event = std::regex_match(path, std::regex("events/[^/]+/index\\.html"));
    EXPECT_EQ(Meta(html, "og:type"), event ? "event" : "website");
    if (path != "404.html") {
      EXPECT_EQ(Meta(html, "og:url"),
                kBase + (path == "index.html" ? "" : path.substr(0, path.size() - 10)));
    }
    // The image exists in the output, with the size announced (its IHDR).
    std::string image = Meta(html, "og:image");
    ASSERT_EQ(image.rfind(kBase, 0), 0u) << image;
    std::string bytes = ReadFile(*out_ + "/" + image.substr(kBase.size()));
    ASSERT_GE(bytes.size(), 24u) << image;
    ASSERT_EQ(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n"), 0) << image;
    ASSERT_EQ(bytes.compare(12, 4, "IHDR"), 0) << image;
    auto number = [&](size_t at) {
      unsigned long n = 0;
      for (size_t i = at; i < at + 4; ++i)
        n = n << 8 | static_cast<unsigned char>(bytes[i]);
      return std::to_string(n);
    };
    EXPECT_EQ(Meta(html, "og:image:width"), number(16));
    EXPECT_EQ(Meta(html, "og:image:height"), number(20));
  }
  EXPECT_EQ(share_pages, 40);
  // The edition's image is 1200×630, the size the networks show large.
  const std::string& programme = pages_->at("index.html");
  EXPECT_EQ(Meta(programme, "og:image"), kBase + "share.png");
  EXPECT_EQ(Meta(programme, "og:image:width"), "1200");
  EXPECT_EQ(Meta(programme, "og:image:height"), "630");
}

TEST_F(SampleSharing, SitemapListsExactlyThePagesAVisitorLandsOn) {
  // Every page written but 404.html (served for any missing address), the
  // posters (print previews of the event pages, which link to them) and the
  // embeddable programmes and the share pages (the sources of the sharing images).
  std::set<std::string> expected;
  for (const auto& [path, html] : *pages_) {
    if (path == "404.html" || IsPoster(path) || IsEmbed(path) || IsSharePage(path))
      continue;
    expected.insert(kBase +
                    (path == "index.html" ? "" : path.substr(0, path.size() - 10)));
  }
  EXPECT_EQ(expected.count(kBase + "tally/"), 1u);
  EXPECT_EQ(expected.count(kBase + "organisers/macif/"), 1u);
  std::string sitemap = ReadFile(*out_ + "/sitemap.xml");
  const std::regex url("<url><loc>([^<]+)</loc><lastmod>([^<]+)</lastmod></url>");
  const std::regex instant("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  std::set<std::string> listed;
  for (std::sregex_iterator it(sitemap.begin(), sitemap.end(), url), end; it != end;
       ++it) {
    listed.insert((*it)[1]);
    EXPECT_TRUE(std::regex_match((*it)[2].str(), instant)) << (*it)[2];
  }
  EXPECT_EQ(listed, expected);
  EXPECT_EQ(ReadFile(*out_ + "/robots.txt"),
            "User-agent: *\nAllow: /\n\nSitemap: " + kBase + "sitemap.xml\n");
}

TEST_F(SampleSharing, EveryPageNamesTheThemesFavicon) {
  EXPECT_NE(ReadFile(*out_ + "/favicon.svg").find("<svg"), std::string::npos);
  for (const auto& [path, html] : *pages_) {
    if (IsEmbed(path)) continue;  // shown inside a partner's page, under its icon
    if (IsSharePage(path)) continue;
    EXPECT_NE(html.find("<link rel=\"icon\" href=\""), std::string::npos) << path;
  }
}

}  // namespace
}  // namespace affiche
