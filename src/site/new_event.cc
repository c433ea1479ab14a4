#include "site/new_event.h"

#include <ctime>
#include <filesystem>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "load/readers.h"
#include "load/yaml_reader.h"
#include "site/new_file.h"

namespace affiche {

namespace {

// "Une \"fête\"" as a YAML double-quoted scalar.
std::string YamlQuote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string DefaultStart(const std::string& source_dir) {
  DiskFileSystem fs({source_dir}, {});
  SiteConfig site;
  Diagnostics ignored;
  std::string text, error;
  if (fs.ReadFile(JoinPath(source_dir, "content/site.yaml"), &text, &error) &&
      ReadSiteConfig("site.yaml", text, &site, &ignored) && site.edition.start)
    return site.edition.start->Iso() + "T18:00";
  char today[32];
  std::time_t now = std::time(nullptr);
  std::strftime(today, sizeof today, "%Y-%m-%d", std::localtime(&now));
  return std::string(today) + "T18:00";
}

std::string CheckNewEvent(const std::string& slug, const std::string& start) {
  if (slug.empty() || slug.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") !=
                          std::string::npos)
    return "the slug '" + slug +
           "' may only hold lowercase letters, digits and hyphens, like "
           "conference-finance-solidaire";
  LocalTime time;
  std::string why;
  if (!ParseLocalTime(start, &time, &why))
    return "invalid --start '" + start + "': " + why;
  return "";
}

bool CreateEventFile(const std::string& source_dir, const std::string& slug,
                     const std::string& title, const std::string& start,
                     std::string* path, std::string* error) {
  *path = JoinPath(source_dir, "content/events/" + slug + ".md");
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(*path).parent_path(), ec);
  std::string text = "---\ntitle: " + YamlQuote(title) + "\nstart: " + start +
                     "\n# end: " + start.substr(0, 10) +
                     (start.size() > 10 ? "T20:00" : "") +
                     "\n# venue: the name of a file of content/venues/, without .yaml\n"
                     "categories: []\norganisers: []\nstatus: confirmed\n---\n"
                     "Présentez ici l'événement.\n";
  return WriteNewFile(*path, text, error);
}

}  // namespace affiche
