#include "load/markdown.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

namespace affiche {
namespace {

TEST(Markdown, DropsRawHtmlAndJavascriptLinksByDefault) {
  std::string html = MarkdownToHtml(
      "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"y\">z</b>",
      false);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  EXPECT_EQ(html.find("onclick"), std::string::npos);
  EXPECT_NE(html.find("raw HTML omitted"), std::string::npos);
}

TEST(Markdown, KeepsRawHtmlWhenUnsafeIsAsked) {
  EXPECT_NE(MarkdownToHtml("<b>gras</b>", true).find("<b>gras</b>"), std::string::npos);
}

TEST(Markdown, FiltersTextNodesOnlyNeverMarkupLinksOrCode) {
  TextFilter upper = [](const std::string& text) {
    std::string out = text;
    for (char& c : out) c = c == '\'' ? '!' : std::toupper(static_cast<unsigned char>(c));
    return out;
  };
  EXPECT_EQ(MarkdownToHtml("l'*ESS* [site](https://x.org/a'b) `code'x`\n\n"
                           "```\nbloc'\n```\n",
                           false, upper),
            "<p>L!<em>ESS</em> <a href=\"https://x.org/a&#x27;b\">SITE</a> "
            "<code>code'x</code></p>\n"
            "<pre><code>bloc'\n</code></pre>\n");
  EXPECT_EQ(MarkdownToHtml("l'ESS", false), "<p>l'ESS</p>\n");
}

TEST(Markdown, TurnsBodiesIntoPlainText) {
  EXPECT_EQ(MarkdownToText("Une **conférence**\nsur deux lignes.\n\n- un\n- deux\n\n"
                           "Voir [Finansol](https://www.finansol.org/)."),
            "Une conférence sur deux lignes.\n\n- un\n- deux\n\n"
            "Voir Finansol (https://www.finansol.org/).");
}

}  // namespace
}  // namespace affiche
