#include "serve/inject.h"

#include <gtest/gtest.h>

#include <string>

#include "base/escape.h"

namespace affiche {
namespace {

TEST(Inject, GoesBeforeTheLastClosingBodyTagInAnyCase) {
  EXPECT_EQ(InsertionPoint("<body><p>x</p></body></html>"), 14u);
  EXPECT_EQ(InsertionPoint("<BODY>x</Body >"), 7u);
  // A "</body>" quoted earlier in the page (escaped text cannot hold one, but
  // a script could) does not count: the last one does.
  EXPECT_EQ(InsertionPoint("<script>'</body>'</script></body>"), 26u);
}

TEST(Inject, GoesAtTheEndOfAPageWithoutClosingBodyTag) {
  EXPECT_EQ(InsertionPoint("<h1>Programme</h1>"), 18u);
  EXPECT_EQ(InsertionPoint(""), 0u);
  EXPECT_EQ(InsertionPoint("</bod"), 5u);
}

TEST(Inject, ScriptListensOnTheLiveReloadPathAndReconnects) {
  std::string script = LiveReloadScript();
  EXPECT_EQ(script.rfind("<script>", 0), 0u);
  EXPECT_NE(script.find(std::string(kLiveReloadPath)), std::string::npos);
  EXPECT_NE(script.find("onclose"), std::string::npos);
  EXPECT_NE(script.find("location.reload()"), std::string::npos);
}

TEST(Inject, OverlayEscapesTheErrorsAndNeedsNoScriptToRead) {
  std::string overlay =
      ErrorOverlay("content/events/x.md:2:8: error: title \"<i>\" & 'co'\n", 1);
  EXPECT_NE(
      overlay.find("content/events/x.md:2:8: error: title &quot;&lt;i&gt;&quot; &amp; "
                   "&#39;co&#39;"),
      std::string::npos);
  EXPECT_EQ(overlay.find("<i>"), std::string::npos);
  EXPECT_NE(overlay.find("affiche: 1 error in the source"), std::string::npos);
  // Folded by a click on <summary>: no script needed.
  EXPECT_NE(overlay.find("<details open>"), std::string::npos);
  EXPECT_EQ(overlay.find("<script"), std::string::npos);
  EXPECT_NE(ErrorOverlay("", 3).find("3 errors"), std::string::npos);
}

TEST(Inject, EscapesTheFiveHtmlSpecialCharacters) {
  EXPECT_EQ(EscapeMarkup("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  EXPECT_EQ(EscapeMarkup("Fête à Noyon"), "Fête à Noyon");
}

}  // namespace
}  // namespace affiche
