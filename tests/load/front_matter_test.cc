#include "load/front_matter.h"

#include <gtest/gtest.h>

namespace affiche {
namespace {

TEST(FrontMatter, SplitsYamlAndBodyKeepingFileLines) {
  Diagnostics diags;
  FrontMatter fm;
  ASSERT_TRUE(SplitFrontMatter("e.md", "---\ntitle: A\nstart: 2009-11-09\n---\nBody\n",
                               &fm, &diags));
  EXPECT_EQ(fm.yaml, "title: A\nstart: 2009-11-09\n");
  EXPECT_EQ(fm.yaml_line, 2);
  EXPECT_EQ(fm.body, "Body\n");
  EXPECT_EQ(fm.body_line, 5);
}

TEST(FrontMatter, AcceptsDotsAsClosingFenceAndTrailingBlanks) {
  Diagnostics diags;
  FrontMatter fm;
  ASSERT_TRUE(SplitFrontMatter("e.md", "---  \ntitle: A\n...\n", &fm, &diags));
  EXPECT_EQ(fm.yaml, "title: A\n");
  EXPECT_EQ(fm.body, "");
}

TEST(FrontMatter, NormalizesByteOrderMarkAndCrlf) {
  EXPECT_EQ(NormalizeText("\xEF\xBB\xBF---\r\na: b\r\n---\r\n"), "---\na: b\n---\n");
  EXPECT_EQ(NormalizeText("a\rb"), "a\rb");  // a lone CR is kept
}

TEST(FrontMatter, ReportsMissingOpeningFence) {
  Diagnostics diags;
  FrontMatter fm;
  EXPECT_FALSE(SplitFrontMatter("e.md", "title: A\n", &fm, &diags));
  ASSERT_EQ(diags.Sorted().size(), 1u);
  EXPECT_EQ(
      diags.Sorted()[0].Headline(),
      "e.md:1:1: error: missing front matter: the file must start with a line '---'");
}

TEST(FrontMatter, ReportsMissingClosingFence) {
  Diagnostics diags;
  FrontMatter fm;
  EXPECT_FALSE(SplitFrontMatter("e.md", "---\ntitle: A\n", &fm, &diags));
  EXPECT_EQ(diags.Sorted()[0].Headline(),
            "e.md:1:1: error: front matter is not closed: no line '---' after this one");
}

TEST(FrontMatter, ReportsEmptyAndBlankFiles) {
  for (const char* text : {"", "\n  \n"}) {
    Diagnostics diags;
    FrontMatter fm;
    EXPECT_FALSE(SplitFrontMatter("e.md", text, &fm, &diags));
    EXPECT_EQ(diags.Sorted()[0].Headline(), "e.md:1:1: error: empty file");
  }
}

}  // namespace
}  // namespace affiche
