#include "render/posters/qr_svg.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <utility>

namespace affiche {
namespace {

const char kUrl[] =
    "https://www.cres-picardie.org/mois-ess/events/conference-finance-solidaire/";

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

TEST(QrSvg, EncodesAnEventAddressInAValidVersion) {
  QrMatrix code;
  ASSERT_TRUE(EncodeQr(kUrl, &code));
  EXPECT_GE(code.width, 21);
  EXPECT_EQ((code.width - 17) % 4, 0) << "QR widths are 17 + 4 * version";
  // The three finder patterns: dark 7x7 squares at three corners.
  for (auto [x, y] : {std::pair{0, 0}, {code.width - 7, 0}, {0, code.width - 7}}) {
    EXPECT_TRUE(code.Dark(x, y));
    EXPECT_TRUE(code.Dark(x + 6, y + 6));
    EXPECT_FALSE(code.Dark(x + 1, y + 1));
    EXPECT_TRUE(code.Dark(x + 3, y + 3));
  }
}

// The 15 bits of format information beside the top-left finder, least
// significant first, as ISO/IEC 18004 7.9 places them.
int FormatInformation(const QrMatrix& code) {
  int format = 0;
  for (int i = 0; i < 15; ++i) {
    int x = i < 8 ? 8 : (i == 8 ? 7 : 14 - i);
    int y = i < 6 ? i : (i < 8 ? i + 1 : 8);
    if (code.Dark(x, y)) format |= 1 << i;
  }
  return format;
}

TEST(QrSvg, UsesLevelMAndMaskZero) {
  // Level M is 00, mask 0 is 000: the BCH code of 00000 is 0, and the
  // standard's XOR mask 101010000010010 leaves 0x5412.
  for (const char* url : {kUrl, "https://example.org/events/evenement-00042/"}) {
    QrMatrix code;
    ASSERT_TRUE(EncodeQr(url, &code));
    EXPECT_EQ(FormatInformation(code), 0x5412) << url;
  }
}

TEST(QrSvg, DrawsOnePathInsideAFourModuleQuietZone) {
  QrMatrix code;
  ASSERT_TRUE(EncodeQr(kUrl, &code));
  std::string svg = QrSvg(code, kUrl);
  std::string size = std::to_string(code.width + 8);
  EXPECT_EQ(svg.rfind("<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u)
      << svg;
  EXPECT_NE(svg.find("viewBox=\"0 0 " + size + " " + size + "\""), std::string::npos);
  EXPECT_EQ(Count(svg, "<path"), 1u);
  EXPECT_EQ(svg.find("width="), std::string::npos) << "CSS sizes the code";
  EXPECT_NE(svg.find("M4,4h7v1h-7z"), std::string::npos) << "the top row of a finder";
}

TEST(QrSvg, PathCoversExactlyTheDarkModules) {
  QrMatrix code;
  ASSERT_TRUE(EncodeQr(kUrl, &code));
  std::string svg = QrSvg(code, kUrl);
  std::set<std::pair<int, int>> drawn;
  std::regex run("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), run);
       it != std::sregex_iterator(); ++it) {
    int x = std::stoi((*it)[1]), y = std::stoi((*it)[2]), length = std::stoi((*it)[3]);
    EXPECT_EQ(length, std::stoi((*it)[4]));
    for (int k = 0; k < length; ++k) drawn.insert({x + k - 4, y - 4});
  }
  std::set<std::pair<int, int>> dark;
  for (int y = 0; y < code.width; ++y)
    for (int x = 0; x < code.width; ++x)
      if (code.Dark(x, y)) dark.insert({x, y});
  EXPECT_EQ(drawn, dark);
}

TEST(QrSvg, EscapesItsLabel) {
  std::string svg = QrSvgOf("https://example.org/?a=1&b=\"2\"", "a & \"b\" <c>");
  EXPECT_NE(svg.find("aria-label=\"a &amp; &quot;b&quot; &lt;c&gt;\""), std::string::npos)
      << svg;
}

TEST(QrSvg, GivesNothingForTextTooLongForAQrCode) {
  EXPECT_EQ(QrSvgOf(std::string(8000, 'x'), "too long"), "");
}

}  // namespace
}  // namespace affiche
