#include "base/diagnostics.h"

#include <gtest/gtest.h>

namespace affiche {
namespace {

TEST(Printable, EscapesWhatATerminalWouldActOn) {
  EXPECT_EQ(Printable("a\x1b[2Jb\x7f\x01\tc"), "a\\x1B[2Jb\\x7F\\x01\tc");
  EXPECT_EQ(Printable("caf\xe9.md"), "caf\\xE9.md");
  EXPECT_EQ(Printable("\xc2\x9b"
                      "31m"),
            "\\u009B31m");  // the C1 CSI
  EXPECT_EQ(Printable(std::string("a\0b", 3)), "a\\x00b");
  EXPECT_EQ(Printable("Café « ça »"), "Café « ça »");
}

TEST(Diagnostics, EscapesControlCharactersInTheHeadlineLineAndHint) {
  Diagnostics diags;
  diags.AddSource("e.md", "title: A\x1b]0;pwned\x07z\n");
  diags.Error("e.md", {1, 16}, "unknown '\x1b[31m'", "not \x1b[0m");
  EXPECT_EQ(diags.Format(),
            "e.md:1:16: error: unknown '\\x1B[31m'\n"
            " 1 | title: A\\x1B]0;pwned\\x07z\n"
            "   | " +
                std::string(18, ' ') +
                "^\n"  // under the e of pwned
                "  hint: not \\x1B[0m\n");
}

TEST(Diagnostics, CutsALongLineAroundTheColumnAndKeepsTheCaretInIt) {
  std::string line = std::string(10000, '[') + std::string(10000, ']');
  Diagnostics diags;
  diags.AddSource("e.md", "x: " + line + "\n");
  diags.Error("e.md", {1, 10004}, "too deep");
  diags.Error("e.md", {1, 20004}, "past the end");
  std::vector<std::string> quoted;
  std::string text = diags.Format();
  EXPECT_EQ(text,
            "e.md:1:10004: error: too deep\n"
            " 1 | …" +
                std::string(60, '[') + std::string(60, ']') +
                "…\n"
                "   |  " +
                std::string(60, ' ') +
                "^\n"
                "e.md:1:20004: error: past the end\n"
                " 1 | …" +
                std::string(120, ']') +
                "\n"
                "   |  " +
                std::string(119, ' ') + "^\n");
}

TEST(Diagnostics, DoesNotCutALineInTheMiddleOfACharacter) {
  std::string line;
  for (int i = 0; i < 100; ++i) line += "é";  // 200 bytes
  Diagnostics diags;
  diags.AddSource("e.md", line);
  diags.Error("e.md", {1, 101}, "here");
  std::string text = diags.Format();
  std::string quoted = text.substr(text.find('\n') + 1);
  quoted = quoted.substr(0, quoted.find('\n'));
  std::string expected = " 1 | …";
  for (int i = 0; i < 60; ++i) expected += "é";
  EXPECT_EQ(quoted, expected + "…");
}

// Found by the build fuzzer: a long run of continuation bytes (not UTF-8)
// once sent the cut's end back past the start of the line.
TEST(Diagnostics, QuotesALongRunOfStrayContinuationBytesEscaped) {
  std::string line = std::string(130, '\x88') + "title: x";
  Diagnostics diags;
  diags.AddSource("e.md", line + "\n");
  diags.Error("e.md", {1, 10}, "here");
  std::string expected = " 1 | ";
  for (int i = 0; i < 117; ++i) expected += "\\x88";
  std::string text = diags.Format();
  std::string quoted = text.substr(text.find('\n') + 1);
  EXPECT_EQ(quoted.substr(0, quoted.find('\n')), expected + "…");
}

}  // namespace
}  // namespace affiche
