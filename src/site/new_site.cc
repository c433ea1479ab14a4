#include "site/new_site.h"

#include <filesystem>

#include "base/strings.h"
#include "site/new_file.h"

namespace affiche {

namespace {

namespace fs = std::filesystem;

const char kSiteYaml[] =
    R"(# The settings of the site. Only title and base_url are required; affiche
# check says what is wrong, with the line.

# The programme's name: at the top of every page, and the calendar's name.
title: "Mon programme"
# One or two sentences, under the title of the home page and for search engines.
description: "Le programme de la saison : conférences, ateliers et rencontres."
# The address the site is published at, ending with /: the calendar feeds and
# the posters' QR codes link to it (affiche build --base-url overrides it).
base_url: "https://www.example.org/programme/"
# The language of the pages: fr or en.
language: fr
# The time zone the events' times are written in (an IANA name).
timezone: Europe/Paris
# The look of the site: themes/<name> of this folder if there is one, else the
# theme installed with affiche.
theme: default
# The coordinators' address: the organiser in the calendars of the events that
# name no organiser with an email of their own.
email: "contact@example.org"
# The edition: its number, its year and its first and last days.
edition: { number: 1, year: {year}, start: {start}, end: {end} }
# The departments the venues are in: the key a venue's department names, and
# the name shown.
departments: { somme: Somme }
# The categories of the events: the key an event's categories name, and the
# name shown (each category gets its page).
categories: { conference: "Conférence", atelier: "Atelier" }
# The calendar feeds: their name, and how often calendar apps fetch them again
# (an ISO 8601 duration: P1D is once a day).
calendar: { name: "Mon programme {year}", refresh: P1D }
)";

const char kVenue[] = R"(name: Salle des fêtes
address: 1 place de la Mairie
postcode: "80000"
city: Amiens
department: somme
geo: [49.8941, 2.2958]
capacity: 120
)";

const char kOrganiser[] = R"(name: Mon association
url: https://www.example.org/
email: contact@example.org
)";

const char kEvent[] = R"(---
title: "Première rencontre : présentation du programme"
start: {day}T18:30
end: {day}T20:30
venue: salle-des-fetes
categories: [conference]
organisers: [mon-association]
status: confirmed
---
Présentez ici l'événement : ce qui s'y passe, pour qui, qui intervient.

Le texte est en **Markdown**. Une fois l'événement passé, ajoutez en tête
`attendance: N`, le nombre de personnes venues.
)";

const char kAbout[] = R"(---
title: À propos
---
Présentez ici la saison et ceux qui l'organisent.

Chaque fichier de `content/pages/` devient une page du site.
)";

}  // namespace

std::vector<std::pair<std::string, std::string>> NewSiteFiles(const Date& today) {
  Date start = today.AddDays(28);
  std::string site = FillIn(kSiteYaml, {{"year", std::to_string(start.year)},
                                        {"start", start.Iso()},
                                        {"end", start.AddDays(27).Iso()}});
  return {{"content/site.yaml", site},
          {"content/venues/salle-des-fetes.yaml", kVenue},
          {"content/organisers/mon-association.yaml", kOrganiser},
          {"content/events/premiere-rencontre.md",
           FillIn(kEvent, {{"day", start.AddDays(2).Iso()}})},
          {"content/pages/a-propos.md", kAbout}};
}

bool CreateSite(const std::string& dir,
                const std::vector<std::pair<std::string, std::string>>& files,
                std::string* error) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
    *error = dir + " exists and is not a folder";
    return false;
  }
  if (fs::is_directory(dir, ec) && !fs::is_empty(dir, ec)) {
    *error =
        dir + " is not empty; affiche new site only writes into a new or empty folder";
    return false;
  }
  // On failure, what this call made goes: the outermost folder it creates, or
  // else what it put in the folder, which was empty.
  fs::path first_new = dir;
  while (first_new.has_parent_path() && !fs::exists(first_new.parent_path(), ec))
    first_new = first_new.parent_path();
  bool created_dir = fs::create_directories(dir, ec);
  if (ec) {
    *error = "cannot create " + dir + ": " + ec.message();
    return false;
  }
  std::vector<fs::path> created;
  for (const auto& [name, text] : files) {
    fs::path path = fs::path(dir) / name;
    created.push_back(fs::path(dir) / *fs::path(name).begin());
    fs::create_directories(path.parent_path(), ec);
    if (ec) *error = "cannot create " + path.parent_path().string() + ": " + ec.message();
    if (!ec && WriteNewFile(path.string(), text, error)) continue;
    if (created_dir) fs::remove_all(first_new, ec);
    for (const fs::path& top : created) fs::remove_all(top, ec);
    return false;
  }
  return true;
}

}  // namespace affiche
