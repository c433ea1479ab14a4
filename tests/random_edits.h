// Random edits of a site's sources, for the tests that check an incremental
// result (the preview's rebuild, the warm build) against a clean build: the
// body, title, date, venue, department, categories, status, attendance and
// language of events, new, deleted and renamed events, a broken file then its
// fix, venues' cities, events' organisers and organisers' names, site.yaml and
// templates.
#ifndef AFFICHE_TESTS_RANDOM_EDITS_H_
#define AFFICHE_TESTS_RANDOM_EDITS_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace affiche::testing {

inline void Write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

inline std::vector<std::string> Names(const std::string& dir,
                                      const std::string& extension) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.size() > extension.size() &&
        name.compare(name.size() - extension.size(), extension.size(), extension) == 0)
      names.push_back(name.substr(0, name.size() - extension.size()));
  }
  std::sort(names.begin(), names.end());
  return names;
}

// text with its front matter's `key` line (and the indented lines below it)
// set to "key: value", or removed when value is empty.
inline std::string SetKey(const std::string& text, const std::string& key,
                          const std::string& value) {
  std::istringstream in(text);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  size_t close = 1;
  while (close < lines.size() && lines[close] != "---") ++close;
  std::vector<std::string> out = {lines.empty() ? "---" : lines[0]};
  bool done = false;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (i < close && lines[i].rfind(key + ":", 0) == 0) {
      while (i + 1 < close && !lines[i + 1].empty() && lines[i + 1][0] == ' ') ++i;
      if (!value.empty()) out.push_back(key + ": " + value);
      done = true;
      continue;
    }
    if (i == close && !done && !value.empty()) out.push_back(key + ": " + value);
    out.push_back(lines[i]);
  }
  std::string joined;
  for (const std::string& line : out) joined += line + "\n";
  return joined;
}

class Editor {
 public:
  Editor(std::string dir, unsigned seed) : dir_(std::move(dir)), rng_(seed) {
    events_ = dir_ + "/content/events/";
  }

  // Makes one random edit; returns what it did, and the paths it changed in *paths.
  std::string Edit(std::vector<std::string>* paths) {
    std::vector<std::string> events = Names(events_, ".md");
    std::string slug = events[Pick(events.size())];
    std::string path = events_ + slug + ".md";
    std::string text = ReadFile(path);
    paths->push_back(path);
    int kind = static_cast<int>(Pick(18));
    const char* departments[] = {"somme", "oise", "aisne"};
    const char* categories[] = {"conference", "debat",  "atelier",
                                "forum",      "visite", "spectacle"};
    std::string day = std::to_string(1 + Pick(28));
    if (day.size() == 1) day = "0" + day;
    switch (kind) {
      case 0:
        Write(path,
              text + "\nUn paragraphe de plus, n° " + std::to_string(++count_) + ".\n");
        return "body of " + slug;
      case 1:
        Write(path, SetKey(text, "title", "\"Titre " + std::to_string(++count_) + "\""));
        return "title of " + slug;
      case 2:
        Write(path, SetKey(SetKey(text, "end", ""), "start",
                           "2009-11-" + day + "T1" + std::to_string(Pick(10)) + ":30"));
        return "date of " + slug;
      case 3: {
        std::vector<std::string> venues = Names(dir_ + "/content/venues", ".yaml");
        Write(path, SetKey(text, "venue", venues[Pick(venues.size())]));
        return "venue of " + slug;
      }
      case 4:
        Write(path, SetKey(text, "department", Pick(4) == 0 ? "" : departments[Pick(3)]));
        return "department of " + slug;
      case 5:
        Write(path, SetKey(text, "categories",
                           std::string("[") + categories[Pick(6)] + ", " +
                               categories[Pick(6)] + "]"));
        return "categories of " + slug;
      case 6:
        Write(path,
              SetKey(text, "status",
                     text.find("status: cancelled") == std::string::npos ? "cancelled"
                                                                         : "confirmed"));
        return "status of " + slug;
      case 7:
        Write(path, SetKey(text, "attendance",
                           Pick(3) == 0 ? "" : std::to_string(10 + Pick(200))));
        return "attendance of " + slug;
      case 8: {
        std::string name = events_ + "nouveau-" + std::to_string(++count_) + ".md";
        Write(name, "---\ntitle: \"Nouveau " + std::to_string(count_) +
                        "\"\nstart: 2009-11-" + day +
                        "T18:00\ncategories: [forum]\ndepartment: oise\n---\nTexte.\n");
        paths->back() = name;
        return "new event " + name;
      }
      case 9:
        if (events.size() < 5) return "nothing";
        std::filesystem::remove(path);
        return "deleted " + slug;
      case 10: {
        std::string to = events_ + slug + "-r" + std::to_string(++count_) + ".md";
        std::filesystem::rename(path, to);
        paths->push_back(to);
        return "renamed " + slug;
      }
      case 11: {
        std::string site = dir_ + "/content/site.yaml";
        std::string yaml = ReadFile(site);
        size_t at = yaml.find("title: ");
        size_t end = yaml.find('\n', at);
        Write(site, yaml.substr(0, at) + "title: \"Site " + std::to_string(++count_) +
                        "\"" + yaml.substr(end));
        paths->back() = site;
        return "site.yaml title";
      }
      case 12: {
        std::string layout = dir_ + "/themes/default/layouts/" +
                             (Pick(2) ? "event.mustache" : "index.mustache");
        Write(layout, ReadFile(layout) + "<!-- " + std::to_string(++count_) + " -->\n");
        paths->back() = layout;
        return "template " + layout;
      }
      case 13: {
        std::vector<std::string> venues = Names(dir_ + "/content/venues", ".yaml");
        std::string venue =
            dir_ + "/content/venues/" + venues[Pick(venues.size())] + ".yaml";
        std::string yaml = ReadFile(venue);
        size_t at = yaml.find("city: ");
        if (at == std::string::npos) return "nothing";
        Write(venue, yaml.substr(0, at) + "city: \"Ville " + std::to_string(++count_) +
                         "\"" + yaml.substr(yaml.find('\n', at)));
        paths->back() = venue;
        return "venue city of " + venue;
      }
      case 14: {
        // Moves the event between organisers' pages, feeds and embeds.
        std::vector<std::string> organisers =
            Names(dir_ + "/content/organisers", ".yaml");
        if (organisers.empty()) return "nothing";
        Write(path,
              SetKey(text, "organisers",
                     Pick(4) == 0 ? ""
                                  : "[" + organisers[Pick(organisers.size())] + ", " +
                                        organisers[Pick(organisers.size())] + "]"));
        return "organisers of " + slug;
      }
      case 15: {
        std::vector<std::string> organisers =
            Names(dir_ + "/content/organisers", ".yaml");
        if (organisers.empty()) return "nothing";
        std::string organiser =
            dir_ + "/content/organisers/" + organisers[Pick(organisers.size())] + ".yaml";
        std::string yaml = ReadFile(organiser);
        size_t at = yaml.find("name: ");
        if (at == std::string::npos) return "nothing";
        Write(organiser, yaml.substr(0, at) + "name: \"Partenaire " +
                             std::to_string(++count_) + "\"" +
                             yaml.substr(yaml.find('\n', at)));
        paths->back() = organiser;
        return "name of " + organiser;
      }
      case 16:
        // The language of the title and summary in the lists (hyphenation, quotes).
        Write(path, SetKey(text, "lang", Pick(3) == 0 ? "" : Pick(2) ? "en" : "fr"));
        return "lang of " + slug;
      default:
        broken_ = path;
        broken_text_ = text;
        Write(path, SetKey(text, "start", "2009-13-40T18:00"));
        return "broken " + slug;
    }
  }

  // After a broken file: its fix (the text it had), else nothing.
  bool Fix(std::vector<std::string>* paths) {
    if (broken_.empty()) return false;
    Write(broken_, broken_text_);
    paths->push_back(broken_);
    broken_.clear();
    return true;
  }

 private:
  size_t Pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }

  std::string dir_, events_;
  std::mt19937 rng_;
  int count_ = 0;
  std::string broken_, broken_text_;
};

}  // namespace affiche::testing

#endif  // AFFICHE_TESTS_RANDOM_EDITS_H_
