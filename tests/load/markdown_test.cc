#include "load/markdown.h"

#include <gtest/gtest.h>

namespace affiche {
namespace {

TEST(Markdown, DropsRawHtmlAndJavascriptLinksByDefault) {
  std::string html = MarkdownToHtml(
      "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"y\">z</b>", false);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  EXPECT_EQ(html.find("onclick"), std::string::npos);
  EXPECT_NE(html.find("raw HTML omitted"), std::string::npos);
}

TEST(Markdown, KeepsRawHtmlWhenUnsafeIsAsked) {
  EXPECT_NE(MarkdownToHtml("<b>gras</b>", true).find("<b>gras</b>"), std::string::npos);
}

TEST(Markdown, TurnsBodiesIntoPlainText) {
  EXPECT_EQ(MarkdownToText("Une **conférence**\nsur deux lignes.\n\n- un\n- deux\n\n"
                           "Voir [Finansol](https://www.finansol.org/)."),
            "Une conférence sur deux lignes.\n\n- un\n- deux\n\n"
            "Voir Finansol (https://www.finansol.org/).");
}

}  // namespace
}  // namespace affiche
