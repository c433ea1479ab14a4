#include "render/ics/calendar_links.h"

#include <gtest/gtest.h>

#include "model/programme.h"
#include "render/core/urls.h"
#include "render/render_test_util.h"

namespace affiche {
namespace {

using testing::At;
using testing::MakeEvent;
using testing::SampleContent;

const Event& Find(const Programme& programme, const std::string& slug) {
  const Event* e = programme.FindEvent(slug);
  EXPECT_NE(e, nullptr) << slug;
  return *e;
}

TEST(CalendarLinks, PercentEncodesEverythingButUnreservedCharacters) {
  EXPECT_EQ(PercentEncode("Fête & co/2009?a=b~c_d.e-f"),
            "F%C3%AAte%20%26%20co%2F2009%3Fa%3Db~c_d.e-f");
  EXPECT_EQ(PercentEncode("ligne\nsuivante 🎉"), "ligne%0Asuivante%20%F0%9F%8E%89");
}

TEST(CalendarLinks, TurnsAnHttpsFeedUrlIntoWebcal) {
  EXPECT_EQ(WebcalUrl("https://www.cres-picardie.org/mois-ess/calendar.ics"),
            "webcal://www.cres-picardie.org/mois-ess/calendar.ics");
  EXPECT_EQ(WebcalUrl("http://localhost:8080/calendar.ics"),
            "webcal://localhost:8080/calendar.ics");
}

TEST(CalendarLinks, SubscribesGoogleCalendarWithAnEncodedWebcalCid) {
  EXPECT_EQ(
      GoogleSubscribeLink("https://www.cres-picardie.org/mois-ess/departments/somme/"
                          "calendar.ics"),
      "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fwww.cres-picardie.org%2F"
      "mois-ess%2Fdepartments%2Fsomme%2Fcalendar.ics");
}

TEST(CalendarLinks, SubscribesOutlookWithTheHttpsUrlAndTheName) {
  EXPECT_EQ(
      OutlookSubscribeLink("https://www.cres-picardie.org/mois-ess/calendar.ics",
                           "Mois de l'ESS 2009 — Somme"),
      "https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2F"
      "www.cres-picardie.org%2Fmois-ess%2Fcalendar.ics&name=Mois%20de%20l%27ESS%202009%20"
      "%E2%80%94%20Somme");
}

TEST(CalendarLinks, AddsATimedEventToGoogleInItsOwnZone) {
  Content content = SampleContent();
  Programme programme(content);
  EXPECT_EQ(
      GoogleCalendarEventLink(programme, Find(programme, "conference-finance-solidaire")),
      "https://calendar.google.com/calendar/render?action=TEMPLATE"
      "&text=Conf%C3%A9rence-d%C3%A9bat%20%3A%20faire%20fructifier%20son%20argent"
      "&dates=20091109T180000%2F20091109T200000&ctz=Europe%2FParis"
      "&details=Une%20conf%C3%A9rence%20sur%20la%20finance%20solidaire.%0A%0A"
      "https%3A%2F%2Fwww.cres-picardie.org%2Fmois-ess%2Fevents%2F"
      "conference-finance-solidaire%2F"
      "&location=La%20Repasserie%2C%20Salle%20Laurent%2C%2030%20route%20d%27Abbeville"
      "%2C%2080000%20Amiens");
}

TEST(CalendarLinks, AddsAnAllDayEventToGoogleWithTheExclusiveEnd) {
  Content content = SampleContent();
  Programme programme(content);
  std::string link =
      GoogleCalendarEventLink(programme, Find(programme, "festival-theatre-amateur"));
  EXPECT_NE(link.find("&dates=20091120%2F20091123&details="), std::string::npos) << link;
  EXPECT_EQ(link.find("ctz="), std::string::npos) << link;
}

TEST(CalendarLinks, AddsAnEventToOutlookInUtc) {
  Content content = SampleContent();
  Event night = MakeEvent("nuit", "Nuit", At(2009, 10, 24, 20));
  night.end = At(2009, 10, 25, 4);
  content.events.push_back(night);
  Programme programme(content);
  EXPECT_EQ(
      OutlookEventLink(programme, Find(programme, "nuit")),
      "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2F"
      "compose&rru=addevent&subject=Nuit&startdt=2009-10-24T18%3A00%3A00Z"
      "&enddt=2009-10-25T03%3A00%3A00Z&allday=false"
      "&body=https%3A%2F%2Fwww.cres-picardie.org%2Fmois-ess%2Fevents%2Fnuit%2F");
  std::string festival =
      OutlookEventLink(programme, Find(programme, "festival-theatre-amateur"));
  EXPECT_NE(festival.find("&startdt=2009-11-20&enddt=2009-11-23&allday=true"),
            std::string::npos)
      << festival;
}

TEST(CalendarLinks, WritesTheLocationFromTheVenueAndTheRoom) {
  Content content = SampleContent();
  Programme programme(content);
  EXPECT_EQ(EventLocation(programme, Find(programme, "conference-finance-solidaire")),
            "La Repasserie, Salle Laurent, 30 route d'Abbeville, 80000 Amiens");
  EXPECT_EQ(EventLocation(programme, Find(programme, "village-ess")),
            "Espace Dewailly, Amiens");
  EXPECT_EQ(EventLocation(programme, Find(programme, "festival-theatre-amateur")), "");
}

}  // namespace
}  // namespace affiche
