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
  EXPECT_EQ(diags.Sorted()[0].Headline(),
            "e.md:4:7: error: YAML syntax error: illegal map value");
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

TEST(YamlDocument, RefusesAliasesThatExpandPastTheLimitAtTheAlias) {
  std::string text = "title: &s " + std::string(100000, 'x') + "\nexhibitors: [";
  for (int i = 0; i < 20000; ++i) text += "*s, ";
  text += "]\n";
  Diagnostics diags;
  YamlDocument doc("e.md", 2, &diags);
  YAML::Node root;
  EXPECT_FALSE(doc.Parse(text, &root));
  ASSERT_EQ(diags.Sorted().size(), 1u);
  const Diagnostic d = diags.Sorted()[0];
  // The 41st alias passes 4 MB: 13 columns of "exhibitors: [", 4 per alias.
  EXPECT_EQ(d.Headline(),
            "e.md:3:174: error: with its aliases replaced, this YAML would hold more "
            "than 4 MB");
  EXPECT_EQ(d.hint,
            "each alias (*name) repeats all that its anchor (&name) holds; write the "
            "repeated text out where it is needed");
}

TEST(YamlDocument, CountsNestedAliasesOncePerUse) {
  // Each level doubles the one before: 2^30 copies of "x" without a big text.
  std::string text = "a0: &a0 [x, x]\n";
  for (int i = 1; i <= 30; ++i)
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" +
            std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + "]\n";
  Diagnostics diags;
  YamlDocument doc("e.md", 1, &diags);
  YAML::Node root;
  EXPECT_FALSE(doc.Parse(text, &root));
  ASSERT_EQ(diags.Sorted().size(), 1u);
  EXPECT_EQ(diags.Sorted()[0].pos.line, 20);
}

TEST(YamlDocument, AcceptsAliasesWithinTheLimit) {
  Diagnostics diags;
  YamlDocument doc("e.md", 1, &diags);
  YAML::Node root;
  EXPECT_TRUE(doc.Parse("a: &a [x, y]\nb: *a\n", &root)) << diags.Format();
  EXPECT_EQ(root["b"].size(), 2u);
}

}  // namespace
}  // namespace affiche
