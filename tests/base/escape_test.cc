#include "base/escape.h"

#include <gtest/gtest.h>

namespace affiche {
namespace {

TEST(Escape, WritesMarkupCharactersAsEntities) {
  EXPECT_EQ(EscapeMarkup("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  EXPECT_EQ(EscapeMarkup("Fête à Noyon"), "Fête à Noyon");
}

TEST(Escape, DropsControlCharactersXmlForbidsButKeepsLineEnds) {
  EXPECT_EQ(EscapeMarkup(std::string("a\x01"
                                     "b\tc\r\nd\x1F",
                                     9)),
            "ab\tc\r\nd");
}

}  // namespace
}  // namespace affiche
