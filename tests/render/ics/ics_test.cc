// The calendar feeds, read back with libical (as subscribers' apps read them)
// and line by line after unfolding.
#include "render/ics/ics.h"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>
#include <set>

#include "base/utf8.h"
#include "model/programme.h"
#include "render/render_test_util.h"

namespace affiche {
namespace {

using testing::At;
using testing::MakeEvent;

constexpr char kFirstBuild[] = "20091101T120000Z";
constexpr char kSecondBuild[] = "20091105T083000Z";

// A site with one conference at La Repasserie (9 Nov 2009, 18 h – 20 h).
Content BaseContent() {
  Content c;
  SiteConfig& site = c.site;
  site.title = "Mois de l'ESS en Picardie";
  site.description = "Un mois de rencontres, de débats ; et de fêtes.";
  site.base_url = "https://www.cres-picardie.org/mois-ess/";
  site.email = "contact@cres-picardie.org";
  site.departments = {{"somme", "Somme"}, {"oise", "Oise"}};
  site.categories = {{"conference", "Conférence"}, {"theatre", "Théâtre"}};
  site.calendar = {"Mois de l'ESS 2009", "P1D", false};

  Venue venue;
  venue.id = "la-repasserie";
  venue.name = "La Repasserie";
  venue.address = "30 route d'Abbeville";
  venue.postcode = "80000";
  venue.city = "Amiens";
  venue.department = "somme";
  venue.geo = std::make_pair(49.9003, 2.2768);
  c.venues[venue.id] = venue;
  c.organisers["cres-picardie"] = {"cres-picardie",
                                   "",
                                   "Chambre Régionale de l'ESS",
                                   "https://www.cres-picardie.org/",
                                   "cres@example.org",
                                   ""};

  Event conference =
      MakeEvent("conference-finance-solidaire", "Conférence-débat : la finance solidaire",
                At(2009, 11, 9, 18));
  conference.end = At(2009, 11, 9, 20);
  conference.venue = "la-repasserie";
  conference.room = "Salle Laurent";
  conference.categories = {"conference"};
  conference.organisers = {"cres-picardie"};
  conference.summary = "Une conférence sur l'épargne solidaire.";
  conference.body_text = "Sept acteurs picards témoignent.";
  c.events.push_back(conference);
  return c;
}

Event& EventCalled(Content* c, const std::string& slug) {
  for (Event& e : c->events)
    if (e.slug == slug) return e;
  ADD_FAILURE() << "no event " << slug;
  return c->events.front();
}

// Every file RenderIcs writes, by path.
std::map<std::string, std::string> Render(const Content& content,
                                          const FeedHistory& previous = {},
                                          const std::string& now = kFirstBuild,
                                          const Theme& theme = testing::DefaultTheme()) {
  Programme programme(content);
  OutputSet out;
  RenderIcs(programme, theme, previous, now, &out);
  return out.files();
}

// The content lines of an .ics text, unfolded.
std::vector<std::string> Unfold(std::string text) {
  for (size_t at = text.find("\r\n "); at != std::string::npos;
       at = text.find("\r\n ", at))
    text.erase(at, 3);
  std::vector<std::string> lines;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find("\r\n", begin);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 2;
  }
  return lines;
}

// The unfolded lines of the calendar's own properties (before its components).
std::vector<std::string> CalendarLines(const std::string& ics) {
  std::vector<std::string> lines = Unfold(ics);
  for (size_t i = 1; i < lines.size(); ++i)
    if (lines[i].rfind("BEGIN:", 0) == 0) {
      lines.resize(i);
      break;
    }
  return lines;
}

// The unfolded lines of the VEVENT whose UID is uid.
std::vector<std::string> EventLines(const std::string& ics, const std::string& uid) {
  std::vector<std::string> event;
  bool inside = false;
  for (const std::string& line : Unfold(ics)) {
    if (line == "BEGIN:VEVENT") {
      event.clear();
      inside = true;
    }
    if (inside) event.push_back(line);
    if (line == "END:VEVENT") {
      inside = false;
      for (const std::string& l : event)
        if (l == "UID:" + uid) return event;
    }
  }
  ADD_FAILURE() << "no VEVENT with UID " << uid;
  return {};
}

// The lines of `lines` for property name ("SEQUENCE" matches "SEQUENCE:0").
std::vector<std::string> Property(const std::vector<std::string>& lines,
                                  const std::string& name) {
  std::vector<std::string> found;
  for (const std::string& line : lines)
    if (line.rfind(name + ":", 0) == 0 || line.rfind(name + ";", 0) == 0)
      found.push_back(line);
  return found;
}

std::string One(const std::vector<std::string>& lines, const std::string& name) {
  std::vector<std::string> found = Property(lines, name);
  EXPECT_EQ(found.size(), 1u) << name;
  return found.empty() ? "" : found.front();
}

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Parsed = std::unique_ptr<icalcomponent, ComponentFree>;

icalcomponent* FindEvent(icalcomponent* calendar, const std::string& uid) {
  for (icalcomponent* e =
           icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
       e; e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
    if (uid == icalcomponent_get_uid(e)) return e;
  return nullptr;
}

// The UTC instant libical reads for a DTSTART/DTEND of the event, its TZID
// resolved with the file's own VTIMEZONE (not libical's zone data).
std::string UtcOf(const std::string& ics, const std::string& uid,
                  icalproperty_kind kind) {
  Parsed calendar(icalparser_parse_string(ics.c_str()));
  icalcomponent* event = FindEvent(calendar.get(), uid);
  if (!event) return "no event";
  icalproperty* property = icalcomponent_get_first_property(event, kind);
  icalparameter* tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
  if (!tzid) return "no TZID";
  icalcomponent* vtimezone = nullptr;
  for (icalcomponent* z =
           icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
       z;
       z = icalcomponent_get_next_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT)) {
    icalproperty* id = icalcomponent_get_first_property(z, ICAL_TZID_PROPERTY);
    if (std::string(icalproperty_get_tzid(id)) == icalparameter_get_tzid(tzid))
      vtimezone = z;
  }
  if (!vtimezone) return "no VTIMEZONE";
  icaltimezone* zone = icaltimezone_new();
  icaltimezone_set_component(zone, icalcomponent_new_clone(vtimezone));
  icaltimetype t = icalvalue_get_datetime(icalproperty_get_value(property));
  t.zone = zone;
  std::string utc = icaltime_as_ical_string(
      icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone()));
  icaltimezone_free(zone, 1);
  return utc;
}

const char kConferenceUid[] = "conference-finance-solidaire@www.cres-picardie.org";

TEST(Ics, WritesEveryFeedOfTheProgramme) {
  Content c = BaseContent();
  std::map<std::string, std::string> files = Render(c);
  std::set<std::string> paths;
  for (const auto& [path, bytes] : files) paths.insert(path);
  EXPECT_EQ(paths,
            (std::set<std::string>{
                "calendar.ics", "departments/somme/calendar.ics",
                "departments/oise/calendar.ics", "categories/conference/calendar.ics",
                "categories/theatre/calendar.ics", "venues/la-repasserie/calendar.ics",
                "organisers/cres-picardie/calendar.ics",
                "events/conference-finance-solidaire/event.ics"}));
  // A feed without events yet still holds a component: the site's VTIMEZONE.
  std::vector<std::string> oise = Unfold(files["departments/oise/calendar.ics"]);
  std::vector<std::string> components;
  for (const std::string& line : Property(oise, "BEGIN"))
    if (line != "BEGIN:STANDARD" && line != "BEGIN:DAYLIGHT") components.push_back(line);
  EXPECT_EQ(components, (std::vector<std::string>{"BEGIN:VCALENDAR", "BEGIN:VTIMEZONE"}));
}

TEST(Ics, ResolvesTheNightOfTheDstChangeWithTheFilesVtimezone) {
  Content c = BaseContent();
  Event night = MakeEvent("nuit-des-etoiles", "Nuit des étoiles", At(2009, 10, 24, 20));
  night.end = At(2009, 10, 25, 4);
  c.events.push_back(night);
  std::string ics = Render(c)["calendar.ics"];
  std::string uid = "nuit-des-etoiles@www.cres-picardie.org";
  std::vector<std::string> lines = EventLines(ics, uid);
  EXPECT_EQ(One(lines, "DTSTART"), "DTSTART;TZID=Europe/Paris:20091024T200000");
  EXPECT_EQ(One(lines, "DTEND"), "DTEND;TZID=Europe/Paris:20091025T040000");
  EXPECT_EQ(UtcOf(ics, uid, ICAL_DTSTART_PROPERTY), "20091024T180000Z");
  EXPECT_EQ(UtcOf(ics, uid, ICAL_DTEND_PROPERTY), "20091025T030000Z");
  // And a winter evening, for good measure.
  EXPECT_EQ(UtcOf(ics, kConferenceUid, ICAL_DTSTART_PROPERTY), "20091109T170000Z");
}

TEST(Ics, WritesAllDayEventsAsDatesWithTheExclusiveEnd) {
  Content c = BaseContent();
  Event festival = MakeEvent("festival", "Festival de théâtre", At(2009, 11, 20));
  festival.end = At(2009, 11, 22);
  c.events.push_back(festival);
  c.events.push_back(MakeEvent("marche", "Marché de Noël", At(2009, 11, 30)));
  std::string ics = Render(c)["calendar.ics"];
  std::vector<std::string> lines = EventLines(ics, "festival@www.cres-picardie.org");
  EXPECT_EQ(One(lines, "DTSTART"), "DTSTART;VALUE=DATE:20091120");
  EXPECT_EQ(One(lines, "DTEND"), "DTEND;VALUE=DATE:20091123");
  lines = EventLines(ics, "marche@www.cres-picardie.org");
  EXPECT_EQ(One(lines, "DTSTART"), "DTSTART;VALUE=DATE:20091130");
  EXPECT_EQ(One(lines, "DTEND"), "DTEND;VALUE=DATE:20091201");
}

TEST(Ics, EscapesCommasSemicolonsBackslashesAndNewlines) {
  Content c = BaseContent();
  Event& e = EventCalled(&c, "conference-finance-solidaire");
  e.title = "Débat, échanges; C:\\ESS";
  e.summary = "";
  e.body_text = "Première ligne\nseconde ligne";
  std::map<std::string, std::string> files = Render(c);
  std::vector<std::string> lines = EventLines(files["calendar.ics"], kConferenceUid);
  EXPECT_EQ(One(lines, "SUMMARY"), "SUMMARY:Débat\\, échanges\\; C:\\\\ESS");
  EXPECT_EQ(
      One(lines, "DESCRIPTION"),
      "DESCRIPTION:Première ligne\\nseconde ligne\\n\\n"
      "https://www.cres-picardie.org/mois-ess/events/conference-finance-solidaire/");
  EXPECT_EQ(
      One(lines, "LOCATION"),
      "LOCATION:La Repasserie\\, Salle Laurent\\, 30 route d'Abbeville\\, 80000 Amiens");
  // The calendar's own texts too, X-WR ones included.
  std::vector<std::string> calendar = CalendarLines(files["calendar.ics"]);
  EXPECT_EQ(One(calendar, "X-WR-CALDESC"),
            "X-WR-CALDESC:Un mois de rencontres\\, de débats \\; et de fêtes.");
  EXPECT_EQ(One(calendar, "DESCRIPTION"),
            "DESCRIPTION:Un mois de rencontres\\, de débats \\; et de fêtes.");

  Parsed parsed(icalparser_parse_string(files["calendar.ics"].c_str()));
  icalcomponent* event = FindEvent(parsed.get(), kConferenceUid);
  ASSERT_NE(event, nullptr);
  EXPECT_EQ(std::string(icalcomponent_get_summary(event)), e.title);
}

TEST(Ics, FoldsLongFrenchTextAt75OctetsWithoutSplittingACharacter) {
  Content c = BaseContent();
  Event& e = EventCalled(&c, "conference-finance-solidaire");
  std::string body;
  for (int i = 0; i < 12; ++i)
    body +=
        "L’économie sociale et solidaire — coopératives, mutuelles, associations « "
        "engagées » — démontre qu’on peut entreprendre autrement. ";
  e.body_text = body;
  std::string ics = Render(c)["calendar.ics"];

  ASSERT_GE(ics.size(), 2u);
  EXPECT_EQ(ics.substr(ics.size() - 2), "\r\n");
  size_t lines = 0;
  for (size_t begin = 0; begin < ics.size(); ++lines) {
    size_t end = ics.find("\r\n", begin);
    ASSERT_NE(end, std::string::npos);
    std::string line = ics.substr(begin, end - begin);
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_EQ(line.find_first_of("\r\n"), std::string::npos) << line;
    // Each physical line, without its folding space, is whole UTF-8.
    std::string piece = line[0] == ' ' ? line.substr(1) : line;
    EXPECT_EQ(FindInvalidUtf8(piece), std::string::npos) << line;
    begin = end + 2;
  }
  EXPECT_GT(lines, 60u);

  Parsed parsed(icalparser_parse_string(ics.c_str()));
  icalcomponent* event = FindEvent(parsed.get(), kConferenceUid);
  ASSERT_NE(event, nullptr);
  std::string description = icalcomponent_get_description(event);
  EXPECT_NE(description.find(body.substr(0, body.size() - 1)), std::string::npos);
}

TEST(Ics, NeverFoldsIntoTheLineEnd) {
  // libical 3.0.16 folds between CR and LF, or just before CRLF, when a line's
  // last piece is 73 or 74 octets: every length of title comes out clean.
  Content c = BaseContent();
  std::string title;
  for (int length = 50; length < 230; ++length) {
    title += static_cast<char>('a' + length % 26);
    EventCalled(&c, "conference-finance-solidaire").title = title;
    std::string ics = Render(c)["events/conference-finance-solidaire/event.ics"];
    ASSERT_EQ(ics.find("\r\r"), std::string::npos) << length;
    ASSERT_EQ(ics.find("\r\n \r\n"), std::string::npos) << length;
    ASSERT_EQ(ics.find("\n\n"), std::string::npos) << length;
    EXPECT_EQ(One(EventLines(ics, kConferenceUid), "SUMMARY"), "SUMMARY:" + title);
  }
}

TEST(Ics, KeepsAFourByteEmoji) {
  Content c = BaseContent();
  EventCalled(&c, "conference-finance-solidaire").title = "Fête de l'ESS 🎉 ensemble";
  std::string ics = Render(c)["calendar.ics"];
  EXPECT_EQ(One(EventLines(ics, kConferenceUid), "SUMMARY"),
            "SUMMARY:Fête de l'ESS \xF0\x9F\x8E\x89 ensemble");
  Parsed parsed(icalparser_parse_string(ics.c_str()));
  icalcomponent* event = FindEvent(parsed.get(), kConferenceUid);
  ASSERT_NE(event, nullptr);
  EXPECT_EQ(std::string(icalcomponent_get_summary(event)), "Fête de l'ESS 🎉 ensemble");
}

TEST(Ics, KeepsACancelledEventWithStatusCancelledAndSequenceOne) {
  Content c = BaseContent();
  EventCalled(&c, "conference-finance-solidaire").status = Status::kCancelled;
  std::map<std::string, std::string> files = Render(c);
  for (const char* feed : {"calendar.ics", "departments/somme/calendar.ics",
                           "events/conference-finance-solidaire/event.ics"}) {
    std::vector<std::string> lines = EventLines(files[feed], kConferenceUid);
    EXPECT_EQ(One(lines, "STATUS"), "STATUS:CANCELLED") << feed;
    EXPECT_EQ(One(lines, "SEQUENCE"), "SEQUENCE:1") << feed;
    EXPECT_EQ(One(lines, "SUMMARY"), "SUMMARY:Conférence-débat : la finance solidaire");
  }
}

TEST(Ics, PrefixesCancelledSummariesWhenTheSiteAsks) {
  Content c = BaseContent();
  c.site.calendar.cancelled_prefix = true;
  EventCalled(&c, "conference-finance-solidaire").status = Status::kCancelled;
  std::string ics = Render(c)["calendar.ics"];
  EXPECT_EQ(One(EventLines(ics, kConferenceUid), "SUMMARY"),
            "SUMMARY:ANNULÉ\u00A0: Conférence-débat : la finance solidaire");
  // The prefix is the theme's label.
  Theme theme;
  theme.language = "en";
  theme.i18n.labels["ics_cancelled_prefix"] = "CANCELLED – ";
  ics = Render(c, {}, kFirstBuild, theme)["calendar.ics"];
  EXPECT_EQ(One(EventLines(ics, kConferenceUid), "SUMMARY"),
            "SUMMARY:CANCELLED – Conférence-débat : la finance solidaire");
}

TEST(Ics, MarksPostponedEventsTentativeWithTheWordInTheSummary) {
  Content c = BaseContent();
  EventCalled(&c, "conference-finance-solidaire").status = Status::kPostponed;
  std::vector<std::string> lines = EventLines(Render(c)["calendar.ics"], kConferenceUid);
  EXPECT_EQ(One(lines, "STATUS"), "STATUS:TENTATIVE");
  EXPECT_EQ(One(lines, "SUMMARY"),
            "SUMMARY:REPORTÉ\u00A0: Conférence-débat : la finance solidaire");
  EXPECT_EQ(One(lines, "SEQUENCE"), "SEQUENCE:0");
}

TEST(Ics, WritesPlaceLinksLabelsAndOrganizer) {
  Content c = BaseContent();
  std::vector<std::string> lines = EventLines(Render(c)["calendar.ics"], kConferenceUid);
  EXPECT_EQ(One(lines, "GEO"), "GEO:49.900300;2.276800");
  EXPECT_EQ(
      One(lines, "URL"),
      "URL:https://www.cres-picardie.org/mois-ess/events/conference-finance-solidaire/");
  EXPECT_EQ(Property(lines, "CATEGORIES"),
            std::vector<std::string>{"CATEGORIES:Conférence"});
  EXPECT_EQ(One(lines, "ORGANIZER"),
            "ORGANIZER;CN=Chambre Régionale de l'ESS:mailto:cres@example.org");
  EXPECT_EQ(
      One(lines, "DESCRIPTION"),
      "DESCRIPTION:Une conférence sur l'épargne solidaire.\\n\\nSept acteurs picards "
      "témoignent.\\n\\nhttps://www.cres-picardie.org/mois-ess/events/"
      "conference-finance-solidaire/");
  EXPECT_EQ(One(lines, "DTSTAMP"), "DTSTAMP:20091101T120000Z");
  EXPECT_EQ(One(lines, "LAST-MODIFIED"), "LAST-MODIFIED:20091101T120000Z");
}

TEST(Ics, TakesTheOrganizerFromTheEventThenItsOrganisersThenTheSite) {
  Content c = BaseContent();
  Event& e = EventCalled(&c, "conference-finance-solidaire");
  e.email = "inscriptions@example.org";
  EXPECT_EQ(One(EventLines(Render(c)["calendar.ics"], kConferenceUid), "ORGANIZER"),
            "ORGANIZER;CN=Chambre Régionale de l'ESS:mailto:inscriptions@example.org");
  e.email = "";
  e.organisers = {};
  EXPECT_EQ(One(EventLines(Render(c)["calendar.ics"], kConferenceUid), "ORGANIZER"),
            "ORGANIZER;CN=Mois de l'ESS en Picardie:mailto:contact@cres-picardie.org");
}

TEST(Ics, PublishesWithMethodOnlyWhenEveryEventHasAnOrganizer) {
  Content c = BaseContent();
  EXPECT_EQ(One(Unfold(Render(c)["calendar.ics"]), "METHOD"), "METHOD:PUBLISH");
  c.site.email = "";
  c.events.push_back(MakeEvent("sans-contact", "Sans contact", At(2009, 11, 10, 18)));
  std::map<std::string, std::string> files = Render(c);
  // METHOD:PUBLISH would oblige every VEVENT to have an ORGANIZER (RFC 5546).
  EXPECT_TRUE(Property(Unfold(files["calendar.ics"]), "METHOD").empty());
  EXPECT_EQ(One(Unfold(files["events/conference-finance-solidaire/event.ics"]), "METHOD"),
            "METHOD:PUBLISH");
  EXPECT_TRUE(
      Property(EventLines(files["calendar.ics"], "sans-contact@www.cres-picardie.org"),
               "ORGANIZER")
          .empty());
}

TEST(Ics, NamesEachFeedAndAsksForADailyRefresh) {
  Content c = BaseContent();
  std::map<std::string, std::string> files = Render(c);
  std::vector<std::string> somme = CalendarLines(files["departments/somme/calendar.ics"]);
  EXPECT_EQ(One(somme, "NAME"), "NAME:Mois de l'ESS 2009 — Somme");
  EXPECT_EQ(One(somme, "X-WR-CALNAME"), "X-WR-CALNAME:Mois de l'ESS 2009 — Somme");
  EXPECT_EQ(One(somme, "REFRESH-INTERVAL"), "REFRESH-INTERVAL;VALUE=DURATION:P1D");
  EXPECT_EQ(One(somme, "X-PUBLISHED-TTL"), "X-PUBLISHED-TTL:P1D");
  EXPECT_EQ(One(somme, "X-WR-TIMEZONE"), "X-WR-TIMEZONE:Europe/Paris");
  EXPECT_EQ(One(somme, "VERSION"), "VERSION:2.0");
  EXPECT_EQ(One(somme, "CALSCALE"), "CALSCALE:GREGORIAN");
  EXPECT_EQ(One(somme, "PRODID"), "PRODID:-//affiche//affiche//FR");
  EXPECT_EQ(One(Unfold(files["calendar.ics"]), "X-WR-CALNAME"),
            "X-WR-CALNAME:Mois de l'ESS 2009");
  EXPECT_EQ(One(CalendarLines(files["venues/la-repasserie/calendar.ics"]), "NAME"),
            "NAME:Mois de l'ESS 2009 — La Repasserie");
  EXPECT_EQ(One(CalendarLines(files["categories/theatre/calendar.ics"]), "NAME"),
            "NAME:Mois de l'ESS 2009 — Théâtre");
}

TEST(Ics, HasAVtimezoneForEveryTzidUsedAndNoOther) {
  Content c = BaseContent();
  Event toronto =
      MakeEvent("rencontre-toronto", "Rencontre à Toronto", At(2009, 11, 10, 9));
  toronto.timezone = "America/Toronto";
  toronto.department = "oise";
  c.events.push_back(toronto);
  Event fair = MakeEvent("foire", "Foire", At(2009, 11, 14));
  fair.categories = {"theatre"};
  c.events.push_back(fair);
  std::map<std::string, std::string> files = Render(c);

  auto zones = [](const std::string& ics) {
    std::set<std::string> defined, used;
    bool in_vtimezone = false;
    for (const std::string& line : Unfold(ics)) {
      if (line == "BEGIN:VTIMEZONE") in_vtimezone = true;
      if (line == "END:VTIMEZONE") in_vtimezone = false;
      if (in_vtimezone && line.rfind("TZID:", 0) == 0) defined.insert(line.substr(5));
      size_t at = line.find(";TZID=");
      if (at != std::string::npos && line.find(':') > at)
        used.insert(line.substr(at + 6, line.find_first_of(":;", at + 1) - at - 6));
    }
    EXPECT_EQ(defined, used) << ics;
    return defined;
  };
  EXPECT_EQ(zones(files["calendar.ics"]),
            (std::set<std::string>{"America/Toronto", "Europe/Paris"}));
  EXPECT_EQ(zones(files["departments/somme/calendar.ics"]),
            std::set<std::string>{"Europe/Paris"});
  EXPECT_EQ(zones(files["departments/oise/calendar.ics"]),
            std::set<std::string>{"America/Toronto"});
  EXPECT_EQ(zones(files["categories/theatre/calendar.ics"]), std::set<std::string>{});
  std::string uid = "rencontre-toronto@www.cres-picardie.org";
  EXPECT_EQ(UtcOf(files["calendar.ics"], uid, ICAL_DTSTART_PROPERTY), "20091110T140000Z");
}

TEST(Ics, KeepsTheUidAcrossARenameWithUid) {
  Content c = BaseContent();
  EventCalled(&c, "conference-finance-solidaire").uid = "finance-solidaire-2009";
  std::map<std::string, std::string> first = Render(c);
  EventCalled(&c, "conference-finance-solidaire").slug = "conference-epargne";
  std::map<std::string, std::string> second =
      Render(c, ReadFeedHistory(first["calendar.ics"]), kSecondBuild);
  ASSERT_EQ(second.count("events/conference-epargne/event.ics"), 1u);
  std::vector<std::string> before =
      EventLines(first["calendar.ics"], "finance-solidaire-2009");
  std::vector<std::string> after =
      EventLines(second["calendar.ics"], "finance-solidaire-2009");
  EXPECT_EQ(One(after, "URL"),
            "URL:https://www.cres-picardie.org/mois-ess/events/conference-epargne/");
  // The page moved: subscribers get the new URL as a revision of the same event.
  EXPECT_EQ(One(before, "SEQUENCE"), "SEQUENCE:0");
  EXPECT_EQ(One(after, "SEQUENCE"), "SEQUENCE:1");
}

TEST(Ics, RebuildsByteIdenticalFeedsFromThePreviousFeed) {
  Content c = BaseContent();
  Event cancelled = MakeEvent("annule", "Rallye annulé", At(2009, 11, 12, 14));
  cancelled.status = Status::kCancelled;
  c.events.push_back(cancelled);
  std::map<std::string, std::string> first = Render(c);
  std::map<std::string, std::string> second =
      Render(c, ReadFeedHistory(first["calendar.ics"]), kSecondBuild);
  EXPECT_EQ(first, second);
  // Without the memory, a rebuild stamps the events anew.
  EXPECT_NE(Render(c, {}, kSecondBuild), first);
}

TEST(Ics, RaisesSequenceAndLastModifiedWhenTheTimeChanges) {
  Content c = BaseContent();
  c.events.push_back(MakeEvent("autre", "Autre rencontre", At(2009, 11, 10, 18)));
  std::map<std::string, std::string> first = Render(c);
  EventCalled(&c, "conference-finance-solidaire").start = At(2009, 11, 9, 18, 30);
  std::string ics =
      Render(c, ReadFeedHistory(first["calendar.ics"]), kSecondBuild)["calendar.ics"];

  std::vector<std::string> moved = EventLines(ics, kConferenceUid);
  EXPECT_EQ(One(moved, "DTSTART"), "DTSTART;TZID=Europe/Paris:20091109T183000");
  EXPECT_EQ(One(moved, "SEQUENCE"), "SEQUENCE:1");
  EXPECT_EQ(One(moved, "LAST-MODIFIED"), "LAST-MODIFIED:20091105T083000Z");
  EXPECT_EQ(One(moved, "DTSTAMP"), "DTSTAMP:20091105T083000Z");
  std::vector<std::string> other = EventLines(ics, "autre@www.cres-picardie.org");
  EXPECT_EQ(One(other, "SEQUENCE"), "SEQUENCE:0");
  EXPECT_EQ(One(other, "LAST-MODIFIED"), "LAST-MODIFIED:20091101T120000Z");

  // A third build without change keeps SEQUENCE 1; cancelling then raises it to 2.
  std::string third = Render(c, ReadFeedHistory(ics), "20091106T000000Z")["calendar.ics"];
  EXPECT_EQ(third, ics);
  EventCalled(&c, "conference-finance-solidaire").status = Status::kCancelled;
  std::string fourth =
      Render(c, ReadFeedHistory(third), "20091107T000000Z")["calendar.ics"];
  EXPECT_EQ(One(EventLines(fourth, kConferenceUid), "SEQUENCE"), "SEQUENCE:2");
}

TEST(Ics, KeepsSequenceWhenOnlyWhatFeedsDoNotShowChanges) {
  Content c = BaseContent();
  std::map<std::string, std::string> first = Render(c);
  Event& e = EventCalled(&c, "conference-finance-solidaire");
  e.attendance = 40;
  e.poster.tagline = "L'Homme au cœur de l'économie";
  e.body_html = "<p>Autre mise en forme</p>";
  EXPECT_EQ(Render(c, ReadFeedHistory(first["calendar.ics"]), kSecondBuild), first);
}

TEST(Ics, RaisesSequenceWhenTheDescriptionChanges) {
  // Whatever subscribers see changes with a new SEQUENCE, so that every app
  // (and ics-check --previous) takes the new text.
  Content c = BaseContent();
  std::map<std::string, std::string> first = Render(c);
  EventCalled(&c, "conference-finance-solidaire").body_text = "Huit acteurs témoignent.";
  std::string ics =
      Render(c, ReadFeedHistory(first["calendar.ics"]), kSecondBuild)["calendar.ics"];
  EXPECT_EQ(One(EventLines(ics, kConferenceUid), "SEQUENCE"), "SEQUENCE:1");
}

TEST(Ics, ReadsNoHistoryFromTextThatIsNotICalendar) {
  EXPECT_TRUE(ReadFeedHistory("").empty());
  EXPECT_TRUE(ReadFeedHistory("<html>404</html>").empty());
  FeedHistory history = ReadFeedHistory(Render(BaseContent())["calendar.ics"]);
  ASSERT_EQ(history.count(kConferenceUid), 1u);
  EXPECT_EQ(history[kConferenceUid].sequence, 0);
  EXPECT_EQ(history[kConferenceUid].last_modified, "20091101T120000Z");
}

TEST(Ics, ConvertsLocalTimesToUtc) {
  EXPECT_EQ(UtcTimeOf("Europe/Paris", At(2009, 10, 24, 20)), "20091024T180000Z");
  EXPECT_EQ(UtcTimeOf("Europe/Paris", At(2009, 10, 25, 4)), "20091025T030000Z");
  EXPECT_EQ(UtcTimeOf("Europe/Paris", At(2009, 11, 9)), "");
  EXPECT_EQ(UtcTimeOf("Nowhere/Atlantis", At(2009, 11, 9, 18)), "");
  EXPECT_EQ(IcsTimestamp(1257076800), "20091101T120000Z");
}

TEST(Ics, ReadsATimeInTheSpringGapWithTheOffsetBeforeIt) {
  std::optional<ZonedTime> read = ReadInZone("Europe/Paris", At(2009, 3, 29, 2, 30));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->kind, ZonedTime::kInGap);
  EXPECT_EQ(read->offset, 3600);
  EXPECT_EQ(read->other_offset, 7200);
  EXPECT_EQ(read->reading, At(2009, 3, 29, 3, 30));
  EXPECT_EQ(read->change_from, At(2009, 3, 29, 2));
  EXPECT_EQ(read->change_to, At(2009, 3, 29, 3));
  EXPECT_EQ(UtcTimeOf("Europe/Paris", At(2009, 3, 29, 2, 30)), "20090329T013000Z");
}

TEST(Ics, ReadsATimeThatHappensTwiceAsTheFirst) {
  std::optional<ZonedTime> read = ReadInZone("Europe/Paris", At(2009, 10, 25, 2, 30));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->kind, ZonedTime::kRepeated);
  EXPECT_EQ(read->offset, 7200);
  EXPECT_EQ(read->other_offset, 3600);
  EXPECT_EQ(read->reading, At(2009, 10, 25, 2, 30));
  EXPECT_EQ(read->change_from, At(2009, 10, 25, 3));
  EXPECT_EQ(read->change_to, At(2009, 10, 25, 2));
  EXPECT_EQ(UtcTimeOf("Europe/Paris", At(2009, 10, 25, 2, 30)), "20091025T003000Z");
  // Behind UTC, in the other hemisphere: São Paulo went back on 2009-02-15.
  read = ReadInZone("America/Sao_Paulo", At(2009, 2, 14, 23, 30));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->kind, ZonedTime::kRepeated);
  EXPECT_EQ(read->offset, -7200);
  EXPECT_EQ(ReadInZone("Europe/Paris", At(2009, 11, 9, 18))->kind, ZonedTime::kNormal);
}

TEST(Ics, WarnsAboutTimesInAGapOrTwiceAndMovesTheOnesInAGap) {
  Content content = BaseContent();
  content.events[0].start = At(2009, 3, 29, 2, 30);
  content.events[0].end = At(2009, 3, 29, 4);
  content.events[0].positions["start"] = {3, 8};
  Event twice = content.events[0];
  twice.source = "content/events/twice.md";
  twice.start = At(2009, 10, 25, 2, 30);
  twice.end.reset();
  content.events.push_back(twice);
  Diagnostics diags;
  ResolveLocalTimes(&content, &diags);
  std::vector<Diagnostic> all = diags.Sorted();
  ASSERT_EQ(all.size(), 2u) << diags.Format();
  EXPECT_EQ(all[0].Headline(),
            content.events[0].source +
                ":3:8: warning: start 02:30 does not exist on 2009-03-29 in Europe/Paris "
                "(clocks go from 02:00 to 03:00); it is read as 03:30 (UTC+02:00)");
  EXPECT_EQ(all[0].hint, "write 03:30, or a time before 02:00, to say which is meant");
  EXPECT_EQ(
      all[1].Headline(),
      "content/events/twice.md:3:8: warning: start 02:30 happens twice on 2009-10-25 in "
      "Europe/Paris (clocks go back from 03:00 to 02:00); it is read as the first, 02:30 "
      "(UTC+02:00), not the second (UTC+01:00)");
  EXPECT_EQ(content.events[0].start, At(2009, 3, 29, 3, 30));
  EXPECT_EQ(content.events[1].start, At(2009, 10, 25, 2, 30));
}

TEST(Ics, ReadsTheBuildsDayInTheSitesZone) {
  // 23:00 UTC on 10 November is midnight in Paris (UTC+1 in winter).
  EXPECT_EQ(LocalDateOf("Europe/Paris", "20091110T225959Z"), (Date{2009, 11, 10}));
  EXPECT_EQ(LocalDateOf("Europe/Paris", "20091110T230000Z"), (Date{2009, 11, 11}));
  // and 22:00 UTC in summer (UTC+2).
  EXPECT_EQ(LocalDateOf("Europe/Paris", "20090620T220000Z"), (Date{2009, 6, 21}));
  EXPECT_EQ(LocalDateOf("America/New_York", "20091111T030000Z"), (Date{2009, 11, 10}));
  EXPECT_FALSE(LocalDateOf("Europe/Paris", "2009-11-10").has_value());
}

}  // namespace
}  // namespace affiche
