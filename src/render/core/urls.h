// Where each page of the site lives, and how pages link to each other. Paths
// are site-relative, without a leading '/'; links between pages are relative
// so that the site works both under base_url's path and from disk (file://).
#ifndef AFFICHE_RENDER_CORE_URLS_H_
#define AFFICHE_RENDER_CORE_URLS_H_

#include <string>

namespace affiche {

// Folders of the pages, each ending in '/': "events/<slug>/", …
std::string EventDir(const std::string& slug);
std::string DepartmentDir(const std::string& id);
std::string CategoryDir(const std::string& id);
std::string VenueDir(const std::string& id);
std::string PageDir(const std::string& slug);
inline const char* kDepartmentsDir = "departments/";
inline const char* kCategoriesDir = "categories/";
inline const char* kVenuesDir = "venues/";
inline const char* kOrganisersDir = "organisers/";
inline const char* kSubscribeDir = "subscribe/";
inline const char* kSearchDir = "search/";
inline constexpr const char kTallyDir[] = "tally/";
// The folder of an event's poster: "events/<slug>/poster/".
std::string PosterDir(const std::string& slug);
// Where `affiche posters --pdf` prints it: "events/<slug>/poster.pdf".
std::string PosterPdfPath(const std::string& slug);
// The press: an event's press release, the edition's press kit.
std::string CommuniqueDir(const std::string& slug);  // "events/<slug>/communique/"
inline const char* kPressDir = "presse/";
// A department's programme set for print: "departments/<id>/programme/",
// and where `affiche posters --pdf` prints it: "departments/<id>/programme.pdf".
std::string DepartmentProgrammeDir(const std::string& id);
std::string DepartmentProgrammePdfPath(const std::string& id);
// An event's sharing image: the page it is made from, "events/<slug>/share/",
// and the PNG `affiche posters --pdf` captures of it, "events/<slug>/share.png".
std::string SharePageDir(const std::string& slug);
std::string SharePngPath(const std::string& slug);
// A programme split into pages (render/views/paging.h): the whole one's
// pages are "programme/<key>/", a listing's are beside its first page
// ("departments/somme/2009-11/"); "programme/" itself holds the whole
// programme in print form, the booklet that programme.pdf is printed from.
inline constexpr const char kBookletDir[] = "programme/";
std::string ProgrammePageDir(const std::string& entry_dir, const std::string& key);
// Partners' pages: an organiser's own page, and the compact programme of a
// list for an <iframe> ("embed/departments/somme/", kind being the list's
// folder: departments, categories, venues or organisers).
std::string OrganiserDir(const std::string& id);  // "organisers/<id>/"
std::string EmbedDir(const std::string& kind, const std::string& id);

// The file that holds a folder's page: dir + "index.html" ("index.html" for "").
std::string IndexFile(const std::string& dir);
// The address of the page at file_path, as links show it: the folder of an
// index.html ("events/x/" for "events/x/index.html"), else file_path.
std::string PageFolder(const std::string& file_path);

// The prefix that leads from the page at file_path back to the site root:
// "" for "index.html", "../../" for "events/x/index.html".
std::string RootOf(const std::string& file_path);

// A path made safe for an href: every byte but unreserved characters and '/'
// is percent-encoded ("fête d'été/" -> "f%C3%AAte%20d%27%C3%A9t%C3%A9/").
std::string EncodePath(const std::string& path);

// text for a URL (a query value): every byte but A-Z a-z 0-9 - _ . ~ and
// those in `keep` as %XX (UTF-8 bytes one by one).
std::string PercentEncode(const std::string& text, const char* keep = "");

// url itself when it is safe to link to from a page (http:, https:, mailto:,
// tel: or no scheme), else "": a `javascript:` registration link is shown as
// text, never followed.
std::string SafeUrl(const std::string& url);

// The OpenStreetMap page centred on a point, zoomed to street level.
std::string OpenStreetMapUrl(double latitude, double longitude);
// OpenStreetMap's search for an address, for a venue without coordinates:
// "https://www.openstreetmap.org/search?query=30%20route%20d%27Abbeville%2C%20…".
std::string OpenStreetMapSearchUrl(const std::string& address);

}  // namespace affiche

#endif  // AFFICHE_RENDER_CORE_URLS_H_
