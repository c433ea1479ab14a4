#include "load/markdown.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "base/strings.h"

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

// Each paragraph or heading counts a line (90 bytes) more than its text.
TEST(Markdown, LeadIsEmptyWhenTheWholeTextFits) {
  std::string lead = "not set";
  EXPECT_EQ(MarkdownToHtml("Court.\n\n## Titre", false, {}, 400, &lead),
            "<p>Court.</p>\n<h2>Titre</h2>\n");
  EXPECT_EQ(lead, "");
}

TEST(Markdown, LeadEndsAfterTheLastBlockThatFitsButNeverOnAHeading) {
  const std::string text = "Court.\n\n## Un titre\n\n- un\n- deux\n\nFin.";
  std::string lead;
  // "Court." (6 + 90 bytes) and the heading (8 + 90) fit in 200, but not the
  // list (two paragraphs): a list is never cut, and a heading never ends a lead.
  MarkdownToHtml(text, false, {}, 200, &lead);
  EXPECT_EQ(lead, "<p>Court.</p>\n");
  // The list fits in 400 (380 bytes so far), not "Fin." (94 more).
  MarkdownToHtml(text, false, {}, 400, &lead);
  EXPECT_EQ(
      lead,
      "<p>Court.</p>\n<h2>Un titre</h2>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n");
}

TEST(Markdown, LeadCutsAParagraphAfterAWordWithAnEllipsis) {
  std::string text = "Un **début en gras** puis";
  for (int i = 0; i < 30; ++i) text += " la suite,";
  std::string lead;
  // 202 - 90 bytes for the paragraph's text: "Un " and "début en gras" (17
  // bytes), then the text node is cut at its last space within 95 bytes, after
  // the ninth comma, which goes.
  MarkdownToHtml(text + " fin.", false, {}, 202, &lead);
  std::string kept = " puis";
  for (int i = 0; i < 9; ++i) kept += " la suite,";
  kept.pop_back();
  EXPECT_EQ(lead, "<p>Un <strong>début en gras</strong>" + kept + "…</p>\n");
  // Nothing after the cut: a later emphasis goes with the rest.
  MarkdownToHtml(text + " *fin*.", false, {}, 202, &lead);
  EXPECT_EQ(lead, "<p>Un <strong>début en gras</strong>" + kept + "…</p>\n");
}

TEST(Markdown, LeadDropsNoBreakSpacesAndColonsBeforeTheEllipsis) {
  std::string text = "Une phrase";
  for (int i = 0; i < 40; ++i) text += " mot\u202F:";
  std::string lead;
  MarkdownToHtml(text, false, {}, 280, &lead);
  EXPECT_TRUE(EndsWith(lead, " mot\u202F: mot…</p>\n")) << lead;
}

}  // namespace
}  // namespace affiche
