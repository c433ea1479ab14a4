// The tally of a small programme, counted by hand: five events in two weeks
// of November 2009 (one cancelled, one without attendance, one without
// department) and one earlier edition.
#include "model/tally.h"

#include <gtest/gtest.h>

namespace affiche {
namespace {

Event MakeEvent(const std::string& slug, const std::string& title, Date day) {
  Event e;
  e.slug = slug;
  e.source = "content/events/" + slug + ".md";
  e.title = title;
  e.start = LocalTime{day, 18 * 60};
  return e;
}

Content SmallSite() {
  Content c;
  c.site.edition = {3, 2009, Date{2009, 11, 2}, Date{2009, 11, 22}};
  c.site.departments = {{"somme", "Somme"}, {"oise", "Oise"}, {"aisne", "Aisne"}};
  c.site.categories = {
      {"conference", "Conférence"}, {"theatre", "Théâtre"}, {"marche", "Marché"}};
  c.site.history = {{2009, 3, 1, 1}, {2008, 2, 4, 100}, {2007, 1, 2, 0}};
  Venue salle;
  salle.id = "salle";
  salle.department = "somme";
  c.venues["salle"] = salle;

  Event conference = MakeEvent("conference", "Conférence", Date{2009, 11, 3});
  conference.venue = "salle";
  conference.categories = {"conference"};
  conference.attendance = 80;
  conference.registered = 90;
  c.events.push_back(conference);

  Event festival = MakeEvent("festival", "Festival", Date{2009, 11, 6});
  festival.end = LocalTime{Date{2009, 11, 8}, -1};
  festival.department = "oise";
  festival.categories = {"theatre", "conference"};
  festival.attendance = 150;
  c.events.push_back(festival);

  Event marche = MakeEvent("marche", "Marché", Date{2009, 11, 10});
  marche.department = "oise";
  marche.categories = {"marche"};
  marche.registered = 30;  // without attendance: not in registered vs present
  c.events.push_back(marche);

  Event annule = MakeEvent("annule", "Atelier annulé", Date{2009, 11, 12});
  annule.venue = "salle";
  annule.categories = {"marche"};
  annule.status = Status::kCancelled;
  annule.attendance = 5;  // never counted
  annule.registered = 10;
  c.events.push_back(annule);

  Event rencontre = MakeEvent("rencontre", "Rencontre", Date{2009, 11, 14});
  rencontre.attendance = 80;              // as many as the conference: sorted by title
  rencontre.status = Status::kPostponed;  // postponed is held (DESIGN.md)
  c.events.push_back(rencontre);
  return c;
}

class TallyTest : public ::testing::Test {
 protected:
  TallyTest()
      : content_(SmallSite()), programme_(content_), tally_(ComputeTally(programme_)) {}
  Content content_;
  Programme programme_;
  Tally tally_;
};

TEST_F(TallyTest, CountsEventsAsDesignDefinesThem) {
  const TallyCounts& t = tally_.total;
  EXPECT_EQ(t.events, 5);
  EXPECT_EQ(t.cancelled, 1);
  EXPECT_EQ(t.held, 4);
  EXPECT_EQ(t.reported, 3);
  EXPECT_EQ(t.unreported, 1);
  EXPECT_EQ(t.participants, 80 + 150 + 80);
  EXPECT_DOUBLE_EQ(t.Average(), 310.0 / 3);
}

TEST_F(TallyTest, GroupsByDepartmentInSiteOrderLeavingOutEmptyOnes) {
  ASSERT_EQ(tally_.by_department.size(), 2u);  // no event in Aisne
  const TallyGroup& somme = tally_.by_department[0];
  EXPECT_EQ(somme.id, "somme");  // from its venue
  EXPECT_EQ(somme.label, "Somme");
  EXPECT_EQ(somme.counts.events, 2);
  EXPECT_EQ(somme.counts.cancelled, 1);
  EXPECT_EQ(somme.counts.participants, 80);
  EXPECT_EQ(somme.counts.unreported, 0);
  const TallyGroup& oise = tally_.by_department[1];
  EXPECT_EQ(oise.id, "oise");
  EXPECT_EQ(oise.counts.events, 2);
  EXPECT_EQ(oise.counts.participants, 150);
  EXPECT_EQ(oise.counts.unreported, 1);
  EXPECT_EQ(tally_.without_department.events, 1);
  EXPECT_EQ(tally_.without_department.participants, 80);
}

TEST_F(TallyTest, CountsAnEventInEachOfItsCategories) {
  ASSERT_EQ(tally_.by_category.size(), 3u);
  EXPECT_EQ(tally_.by_category[0].id, "conference");
  EXPECT_EQ(tally_.by_category[0].counts.events, 2);
  EXPECT_EQ(tally_.by_category[0].counts.participants, 230);
  EXPECT_EQ(tally_.by_category[1].id, "theatre");
  EXPECT_EQ(tally_.by_category[1].counts.participants, 150);
  EXPECT_EQ(tally_.by_category[2].id, "marche");
  EXPECT_EQ(tally_.by_category[2].counts.events, 2);
  EXPECT_EQ(tally_.by_category[2].counts.participants, 0);
  EXPECT_EQ(tally_.by_category[2].counts.unreported, 1);
}

TEST_F(TallyTest, SortsLargestByAttendanceThenTitle) {
  std::vector<std::string> slugs;
  for (const Event* e : tally_.largest) slugs.push_back(e->slug);
  EXPECT_EQ(slugs, (std::vector<std::string>{"festival", "conference", "rencontre"}));
}

TEST_F(TallyTest, CountsWeeksFromMondayOverTheWholeEdition) {
  ASSERT_EQ(tally_.by_week.size(), 3u);  // 2 to 22 November 2009
  EXPECT_EQ(tally_.by_week[0].monday, (Date{2009, 11, 2}));
  EXPECT_EQ(tally_.by_week[0].iso_week, 45);
  EXPECT_EQ(tally_.by_week[0].counts.events, 2);
  EXPECT_EQ(tally_.by_week[0].counts.participants, 230);
  EXPECT_EQ(tally_.by_week[1].iso_week, 46);
  EXPECT_EQ(tally_.by_week[1].counts.events, 3);
  EXPECT_EQ(tally_.by_week[1].counts.participants, 80);
  EXPECT_EQ(tally_.by_week[2].monday, (Date{2009, 11, 16}));
  EXPECT_EQ(tally_.by_week[2].counts.events, 0);
}

TEST_F(TallyTest, ListsRegisteredVersusPresentOnlyWhenBothAreKnownForAHeldEvent) {
  ASSERT_EQ(tally_.registrations.size(), 1u);
  EXPECT_EQ(tally_.registrations[0].event->slug, "conference");
  EXPECT_EQ(tally_.registrations[0].registered, 90);
  EXPECT_EQ(tally_.registrations[0].attendance, 80);
  EXPECT_EQ(tally_.registered_sum, 90);
  EXPECT_EQ(tally_.registered_attendance_sum, 80);
}

TEST_F(TallyTest, ListsUnreportedAndCancelledEvents) {
  ASSERT_EQ(tally_.unreported.size(), 1u);
  EXPECT_EQ(tally_.unreported[0]->slug, "marche");
  ASSERT_EQ(tally_.cancelled.size(), 1u);
  EXPECT_EQ(tally_.cancelled[0]->slug, "annule");
}

TEST_F(TallyTest, ComparesWithHistoryByYearAndReplacesThisYearsEntry) {
  ASSERT_EQ(tally_.editions.size(), 3u);
  EXPECT_EQ(tally_.editions[0].year, 2007);
  EXPECT_FALSE(tally_.editions[0].events_growth);
  EXPECT_EQ(tally_.editions[1].year, 2008);
  EXPECT_EQ(tally_.editions[1].events_growth, 100);      // 2 -> 4
  EXPECT_FALSE(tally_.editions[1].participants_growth);  // from 0
  const TallyEdition& now = tally_.editions[2];
  EXPECT_TRUE(now.current);
  EXPECT_EQ(now.year, 2009);
  EXPECT_EQ(now.number, 3);
  EXPECT_EQ(now.events, 5);
  EXPECT_EQ(now.participants, 310);
  EXPECT_EQ(now.events_growth, 25);         // 4 -> 5
  EXPECT_EQ(now.participants_growth, 210);  // 100 -> 310
}

TEST(Tally, GrowsInWholePercentRoundedHalfAwayFromZero) {
  EXPECT_EQ(GrowthPercent(31, 40), 29);  // the report's "+29 %"
  EXPECT_EQ(GrowthPercent(1400, 2139), 53);
  EXPECT_EQ(GrowthPercent(8, 9), 13);  // 12.5
  EXPECT_EQ(GrowthPercent(8, 7), -13);
  EXPECT_EQ(GrowthPercent(5, 5), 0);
  EXPECT_EQ(GrowthPercent(0, 5), std::nullopt);
}

TEST(Tally, NumbersIsoWeeksAcrossTheNewYear) {
  EXPECT_EQ(IsoWeek(Date{2009, 11, 9}), 46);
  EXPECT_EQ(IsoWeek(Date{2008, 12, 29}), 1);  // the week of 1 January 2009
  EXPECT_EQ(IsoWeek(Date{2009, 12, 31}), 53);
  EXPECT_EQ(IsoWeek(Date{2010, 1, 3}), 53);
  EXPECT_EQ(IsoWeek(Date{2010, 1, 4}), 1);
}

TEST(Tally, IsEmptyButWellFormedWithoutEvents) {
  Content content;
  Programme programme(content);
  Tally tally = ComputeTally(programme);
  EXPECT_EQ(tally.total.events, 0);
  EXPECT_DOUBLE_EQ(tally.total.Average(), 0.0);
  EXPECT_TRUE(tally.by_department.empty());
  EXPECT_TRUE(tally.by_week.empty());
  EXPECT_TRUE(tally.largest.empty());
  ASSERT_EQ(tally.editions.size(), 1u);  // this edition alone
  EXPECT_TRUE(tally.editions[0].current);
}

TEST(Tally, StretchesWeeksToEventsOutsideTheEdition) {
  Content content;
  content.site.edition = {1, 2009, Date{2009, 11, 2}, Date{2009, 11, 8}};
  content.events.push_back(MakeEvent("avant", "Avant", Date{2009, 10, 30}));
  Programme programme(content);
  Tally tally = ComputeTally(programme);
  ASSERT_EQ(tally.by_week.size(), 2u);
  EXPECT_EQ(tally.by_week[0].monday, (Date{2009, 10, 26}));
  EXPECT_EQ(tally.by_week[0].counts.events, 1);
}

TEST(Tally, KeepsWeeksWithinAYearOfTheEditionWhateverTheEvents) {
  Content content;
  content.site.edition = {3, 2009, Date{2009, 11, 2}, Date{2009, 11, 22}};
  content.events.push_back(MakeEvent("typo", "Typo", Date{2999, 12, 31}));
  content.events.push_back(MakeEvent("real", "Real", Date{2009, 11, 9}));
  Programme programme(content);
  Tally tally = ComputeTally(programme);
  ASSERT_EQ(tally.by_week.size(), 56u);  // 2 November 2009 to 22 November 2010
  EXPECT_EQ(tally.by_week.front().monday, (Date{2009, 11, 2}));
  EXPECT_EQ(tally.by_week.back().monday, (Date{2010, 11, 22}));
  EXPECT_EQ(tally.by_week[1].counts.events, 1);
  EXPECT_EQ(tally.total.events, 2);  // the far one still counts in the totals
}

TEST(Tally, KeepsAtMostThreeYearsOfWeeksWithoutEditionDates) {
  Content content;
  content.events.push_back(MakeEvent("first", "First", Date{1900, 1, 1}));
  content.events.push_back(MakeEvent("last", "Last", Date{2999, 12, 31}));
  Programme programme(content);
  Tally tally = ComputeTally(programme);
  EXPECT_EQ(tally.by_week.size(), static_cast<size_t>(kMaxTallyWeeks));
  EXPECT_EQ(tally.by_week.front().counts.events, 1);
}

}  // namespace
}  // namespace affiche
