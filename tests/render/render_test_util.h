// Helpers for the render tests (header-only): the real default theme, and a
// small programme built in memory (a few events of the Mois de l'ESS 2009).
#ifndef AFFICHE_TESTS_RENDER_RENDER_TEST_UTIL_H_
#define AFFICHE_TESTS_RENDER_RENDER_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>

#include "base/file_system.h"
#include "load/theme_loader.h"
#include "model/content.h"

namespace affiche::testing {

// "\u00A0": the no-break space of French dates ("18 h", "9 novembre").
inline const std::string kNbsp = "\u00A0";

// French text as the tests write it: '~' stands for the no-break space
// (U+00A0), '^' for the narrow no-break space (U+202F).
inline std::string Fr(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '~' ? kNbsp : c == '^' ? "\u202F" : std::string(1, c);
  return out;
}

// themes/default of this repository, in `language`; fails the test on errors.
inline Theme DefaultTheme(const std::string& language = "fr") {
  DiskFileSystem fs;
  SiteConfig site;
  site.language = language;
  Diagnostics diags;
  Theme theme;
  EXPECT_TRUE(LoadTheme(fs, AFFICHE_SOURCE_DIR, site, &theme, &diags)) << diags.Format();
  return theme;
}

// LocalTime of "2009-11-09" (all day) or of "2009-11-09", "18:00".
inline LocalTime At(int year, int month, int day, int hour = -1, int minute = 0) {
  return LocalTime{Date{year, month, day}, hour < 0 ? -1 : hour * 60 + minute};
}

// An event with what every event has; tests add the rest.
inline Event MakeEvent(const std::string& slug, const std::string& title,
                       LocalTime start) {
  Event e;
  e.slug = slug;
  e.source = "content/events/" + slug + ".md";
  e.title = title;
  e.start = start;
  return e;
}

// A site of six events in Somme and Oise: a conference (9 Nov, 18 h–20 h, La
// Repasserie), a cancelled rally (12 Nov), a festival (20–22 Nov, all day), a
// village (3 Dec, all day, with exhibitors), a colloquium (3 Dec, 9 h–17 h, with
// sessions), a tentative workshop in Oise; one free page and a static file.
inline Content SampleContent() {
  Content c;
  SiteConfig& site = c.site;
  site.source = "content/site.yaml";
  site.title = "Mois de l'ESS en Picardie";
  site.description = "Un mois de rencontres.";
  site.base_url = "https://www.cres-picardie.org/mois-ess/";
  site.edition = {3, 2009, Date{2009, 11, 1}, Date{2009, 12, 5}};
  site.departments = {{"somme", "Somme"}, {"oise", "Oise"}, {"aisne", "Aisne"}};
  site.categories = {{"conference", "Conférence"},
                     {"village", "Village"},
                     {"colloque", "Colloque"},
                     {"theatre", "Théâtre"}};

  Venue repasserie;
  repasserie.id = "la-repasserie";
  repasserie.name = "La Repasserie";
  repasserie.address = "30 route d'Abbeville";
  repasserie.postcode = "80000";
  repasserie.city = "Amiens";
  repasserie.department = "somme";
  repasserie.geo = std::make_pair(49.9003, 2.2768);
  c.venues[repasserie.id] = repasserie;
  Venue dewailly;
  dewailly.id = "espace-dewailly";
  dewailly.name = "Espace Dewailly";
  dewailly.city = "Amiens";
  dewailly.department = "somme";
  c.venues[dewailly.id] = dewailly;

  c.organisers["cres-picardie"] = {
      "cres-picardie", "", "CRES Picardie", "https://www.cres-picardie.org/", "", ""};
  c.organisers["picardie-active"] = {
      "picardie-active", "", "Picardie Active", "", "", ""};

  Event conference =
      MakeEvent("conference-finance-solidaire",
                "Conférence-débat : faire fructifier son argent", At(2009, 11, 9, 18));
  conference.end = At(2009, 11, 9, 20);
  conference.venue = "la-repasserie";
  conference.room = "Salle Laurent";
  conference.categories = {"conference"};
  conference.organisers = {"cres-picardie", "picardie-active"};
  conference.price = "Entrée libre";
  conference.registration = "https://example.org/inscription?event=1&lang=fr";
  conference.contact = "03 22 66 07 65";
  conference.summary = "Une conférence sur la finance solidaire.";
  conference.body_html = "<p>Sept acteurs <strong>picards</strong> témoignent.</p>\n";
  c.events.push_back(conference);

  Event rally =
      MakeEvent("rallye-journalistique", "Rallye journalistique", At(2009, 11, 12, 14));
  rally.venue = "espace-dewailly";
  rally.status = Status::kCancelled;
  c.events.push_back(rally);

  Event festival = MakeEvent("festival-theatre-amateur", "Festival de théâtre amateur",
                             At(2009, 11, 20));
  festival.end = At(2009, 11, 22);
  festival.department = "oise";
  festival.categories = {"theatre"};
  c.events.push_back(festival);

  Event village = MakeEvent("village-ess", "Village de l'ESS", At(2009, 12, 3));
  village.venue = "espace-dewailly";
  village.categories = {"village"};
  village.exhibitors = {"Macif", "Artisans du monde"};
  c.events.push_back(village);

  Event colloque = MakeEvent("colloque-ess-innovation", "Colloque ESS et Innovation",
                             At(2009, 12, 3, 9));
  colloque.end = At(2009, 12, 3, 17);
  colloque.venue = "espace-dewailly";
  colloque.categories = {"colloque"};
  colloque.sessions = {
      {"09:00", "10:30", "Qu'est-ce qu'innover ?", "conversations croisées"},
      {"14:00", "", "Table ronde", ""}};
  c.events.push_back(colloque);

  Event workshop = MakeEvent("atelier-creer-une-scop", "Atelier : créer une Scop",
                             At(2009, 11, 17, 9, 30));
  workshop.end = At(2009, 11, 17, 12);
  workshop.department = "oise";
  workshop.status = Status::kTentative;
  c.events.push_back(workshop);

  c.pages.push_back({"a-propos", "content/pages/a-propos.md", "À propos",
                     "<p>Le Mois de l'ESS.</p>\n"});
  c.static_files.push_back({"robots.txt", "User-agent: *\n"});
  return c;
}

// Adds the files of this repository's themes/default under dir in fs (for
// tests that then break one of them).
inline void CopyDefaultTheme(const std::string& dir, MemoryFileSystem* fs) {
  DiskFileSystem disk;
  std::string from = std::string(AFFICHE_SOURCE_DIR) + "/themes/default";
  for (const char* folder : {"layouts", "partials", "i18n", "static"}) {
    for (const std::string& name : disk.ListFiles(from + "/" + folder)) {
      std::string text, error;
      ASSERT_TRUE(disk.ReadFile(from + "/" + folder + "/" + name, &text, &error))
          << error;
      fs->Add(dir + "/" + folder + "/" + name, text);
    }
  }
}

}  // namespace affiche::testing

#endif  // AFFICHE_TESTS_RENDER_RENDER_TEST_UTIL_H_
