#include "load/yaml_reader.h"

#include <gtest/gtest.h>

namespace affiche {
namespace {

TEST(LocalTime, ParsesDatesAndTimes) {
  LocalTime t;
  std::string why;
  ASSERT_TRUE(ParseLocalTime("2009-11-09T18:00", &t, &why));
  EXPECT_EQ(t.date, (Date{2009, 11, 9}));
  EXPECT_EQ(t.minutes, 18 * 60);
  ASSERT_TRUE(ParseLocalTime("2009-11-09 18:30:00", &t, &why));
  EXPECT_EQ(t.minutes, 18 * 60 + 30);
  ASSERT_TRUE(ParseLocalTime("2008-02-29", &t, &why));
  EXPECT_FALSE(t.has_time());
}

TEST(LocalTime, ExplainsImpossibleDates) {
  LocalTime t;
  std::string why;
  EXPECT_FALSE(ParseLocalTime("2009-02-29", &t, &why));
  EXPECT_EQ(why, "February 2009 has 28 days");
  EXPECT_FALSE(ParseLocalTime("2009-11-31", &t, &why));
  EXPECT_EQ(why, "November 2009 has 30 days");
  EXPECT_FALSE(ParseLocalTime("2009-00-10", &t, &why));
  EXPECT_EQ(why, "there is no month 0");
  EXPECT_FALSE(ParseLocalTime("2009-11-09T24:00", &t, &why));
  EXPECT_EQ(why, "there is no time 24:00 in a day");
  EXPECT_FALSE(ParseLocalTime("9 novembre", &t, &why));
  EXPECT_EQ(why, "write a date as 2009-11-09, or a date and time as 2009-11-09T18:00");
  EXPECT_FALSE(ParseLocalTime("2009-11-09T18h", &t, &why));
}

TEST(YamlDocument, ReportsSyntaxErrorsAtTheFileLine) {
  Diagnostics diags;
  YamlDocument doc("e.md", 2, &diags);
  YAML::Node root;
  EXPECT_FALSE(doc.Parse("title: A\nvenue: x\n  room: y\n", &root));
  EXPECT_EQ(diags.Sorted()[0].Headline(), "e.md:4:7: error: YAML syntax error: illegal map value");
}

TEST(YamlDocument, RequiresFieldsAtTheRoot) {
  Diagnostics diags;
  YamlDocument doc("v.yaml", 1, &diags);
  YAML::Node root;
  EXPECT_FALSE(doc.Parse("- a\n- b\n", &root));
  EXPECT_EQ(diags.Sorted()[0].Headline(),
            "v.yaml:1:1: error: expected fields as 'key: value' lines, found a list");
}

TEST(MapReader, ReportsDuplicateKeys) {
  Diagnostics diags;
  YamlDocument doc("e.md", 2, &diags);
  YAML::Node root;
  ASSERT_TRUE(doc.Parse("title: A\ntitle: B\n", &root));
  MapReader reader(&doc, root);
  std::string title;
  reader.String("title", &title);
  EXPECT_EQ(title, "A");
  EXPECT_EQ(diags.Sorted()[0].Headline(), "e.md:3:1: error: duplicate key 'title'");
}

TEST(MapReader, ReadsListsAndRecordsItemPositions) {
  Diagnostics diags;
  YamlDocument doc("e.md", 1, &diags);
  YAML::Node root;
  ASSERT_TRUE(doc.Parse("tags: [a, b]\none: c\n", &root));
  KeyPositions positions;
  MapReader reader(&doc, root, &positions);
  std::vector<std::string> tags, one;
  reader.StringList("tags", &tags);
  reader.StringList("one", &one);
  EXPECT_EQ(tags, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(one, (std::vector<std::string>{"c"}));
  EXPECT_EQ(positions["tags[1]"].column, 11);
  EXPECT_TRUE(diags.empty());
}

}  // namespace
}  // namespace affiche
