#include "render/views/paging.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "render/render_test_util.h"

namespace affiche {
namespace {

using testing::At;
using testing::MakeEvent;

// Events that outlive the vectors of pointers made of them.
class Events {
 public:
  const Event* Add(int month, int day, int last_month = 0, int last_day = 0) {
    Event& e = store_.emplace_back(
        MakeEvent("e" + std::to_string(store_.size()), "E", At(2009, month, day, 18)));
    if (last_month) e.end = At(2009, last_month, last_day);
    pointers_.push_back(&e);
    return &e;
  }
  const std::vector<const Event*>& all() const { return pointers_; }

 private:
  std::deque<Event> store_;
  std::vector<const Event*> pointers_;
};

std::vector<std::string> Keys(const Paging& paging) {
  std::vector<std::string> keys;
  for (const ProgrammePageRange& page : paging.pages)
    keys.push_back(page.key + ":" + std::to_string(page.end - page.begin));
  return keys;
}

TEST(Paging, AProgrammeThatFitsIsOnePage) {
  Events events;
  for (int day = 1; day <= 3; ++day) events.Add(11, day);
  Paging paging = MakePaging(events.all(), 3);
  EXPECT_FALSE(paging.split());
  ASSERT_EQ(paging.days.size(), 3u);
  EXPECT_EQ(paging.days[2].first, (Date{2009, 11, 3}));
  EXPECT_EQ(paging.days[2].second, 0u);
}

TEST(Paging, SplitsByMonthThenWeekThenDayThenParts) {
  Events events;
  events.Add(10, 30);  // October: 2, fits
  events.Add(10, 31);
  for (int i = 0; i < 3; ++i) events.Add(11, 2);  // week 45: 3 + 1
  events.Add(11, 4);
  for (int i = 0; i < 2; ++i) events.Add(11, 10);  // week 46: 2, fits
  for (int i = 0; i < 7; ++i) events.Add(11, 16);  // week 47, one day: 7
  events.Add(12, 1);                               // December: 1
  Paging paging = MakePaging(events.all(), 3);
  EXPECT_EQ(Keys(paging),
            (std::vector<std::string>{"2009-10:2", "2009-11-02:3", "2009-11-04:1",
                                      "2009-11-w46:2", "2009-11-16:3", "2009-11-16-2:3",
                                      "2009-11-16-3:1", "2009-12:1"}));
  // A day's link leads to the page of its first entry.
  std::vector<size_t> pages;
  for (const auto& [date, page] : paging.days) pages.push_back(page);
  EXPECT_EQ(pages, (std::vector<size_t>{0, 0, 1, 2, 3, 4, 7}));
}

TEST(Paging, AWeekAcrossTwoMonthsIsCutAtTheMonth) {
  Events events;
  for (int i = 0; i < 2; ++i) events.Add(11, 30);  // Monday of ISO week 49
  events.Add(12, 1);                               // its Tuesday
  for (int i = 0; i < 3; ++i) events.Add(12, 7);   // week 50
  Paging paging = MakePaging(events.all(), 3);
  EXPECT_EQ(Keys(paging),
            (std::vector<std::string>{"2009-11:2", "2009-12-w49:1", "2009-12-w50:3"}));
}

TEST(Paging, AnEventOfSeveralDaysIsAnEntryOfEachAndOngoingOnesOfTheirFirstDay) {
  Events events;
  events.Add(11, 9, 11, 11);                       // three days: three entries
  const Event* show = events.Add(11, 10, 11, 30);  // ongoing: one, first
  Paging paging = MakePaging(events.all(), 10);
  ASSERT_EQ(paging.entries.size(), 4u);
  EXPECT_EQ(paging.entries[1].event, show);
  EXPECT_TRUE(paging.entries[1].ongoing);
  EXPECT_EQ(paging.days.size(), 3u);  // the ongoing one makes no day of its own
}

TEST(Paging, ShapeIsTheSameForTheSameDaysAndChangesWithThem) {
  Events a, b;
  for (int day = 1; day <= 4; ++day) {
    a.Add(day <= 2 ? 10 : 11, day);
    b.Add(day <= 2 ? 10 : 11, day);
  }
  EXPECT_EQ(MakePaging(a.all(), 2).Shape(), MakePaging(b.all(), 2).Shape());
  b.Add(11, 20);
  EXPECT_NE(MakePaging(a.all(), 2).Shape(), MakePaging(b.all(), 2).Shape());
}

}  // namespace
}  // namespace affiche
