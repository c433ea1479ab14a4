#include "render/posters/qr_svg.h"

#include <qrencode.h>

#include <charconv>

#include "base/escape.h"

// Two functions libqrencode 4.1 exports without declaring them in qrencode.h
// (split.h and qrencode_inner.h, for its own tests): QRcode_encodeString() is
// these two with mask -1, which scores all eight masks and takes most of the
// time of a poster.
extern "C" int Split_splitStringToQRinput(const char* string, QRinput* input,
                                          QRencodeMode hint, int casesensitive);
extern "C" QRcode* QRcode_encodeMask(QRinput* input, int mask);

namespace affiche {
namespace {

// Any mask gives a valid code (ISO/IEC 18004 7.8.2); scoring all eight only
// picks the one with the fewest look-alike patterns. Mask 0 is the one it
// picks most often for event addresses.
constexpr int kQrMask = 0;

// Appends n in decimal: a path has thousands of numbers, each a few digits.
void AppendNumber(int n, std::string* out) {
  char digits[12];
  out->append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

}  // namespace

bool EncodeQr(const std::string& text, QrMatrix* out) {
  QRinput* input = QRinput_new2(/*version=*/0, QR_ECLEVEL_M);
  if (!input) return false;
  QRcode* code = nullptr;
  if (Split_splitStringToQRinput(text.c_str(), input, QR_MODE_8, /*casesensitive=*/1) ==
      0)
    code = QRcode_encodeMask(input, kQrMask);
  QRinput_free(input);
  if (!code) return false;
  out->width = code->width;
  out->dark.resize(static_cast<size_t>(code->width) * code->width);
  for (size_t i = 0; i < out->dark.size(); ++i) out->dark[i] = code->data[i] & 1;
  QRcode_free(code);
  return true;
}

std::string QrSvg(const QrMatrix& code, const std::string& label) {
  const int size = code.width + 2 * kQrQuietZone;
  std::string path;
  for (int y = 0; y < code.width; ++y) {
    for (int x = 0; x < code.width;) {
      if (!code.Dark(x, y)) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < code.width && code.Dark(x + run, y)) ++run;
      path += 'M';
      AppendNumber(x + kQrQuietZone, &path);
      path += ',';
      AppendNumber(y + kQrQuietZone, &path);
      path += 'h';
      AppendNumber(run, &path);
      path += "v1h-";
      AppendNumber(run, &path);
      path += 'z';
      x += run;
    }
  }
  std::string box = std::to_string(size);
  std::string svg =
      "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + box +
      " " + box + "\" role=\"img\" aria-label=\"" + EscapeMarkup(label) +
      "\" shape-rendering=\"crispEdges\"><path fill=\"#000\" d=\"";
  svg.reserve(svg.size() + path.size() + 9);
  return svg.append(path).append("\"/></svg>");
}

std::string QrSvgOf(const std::string& text, const std::string& label) {
  QrMatrix code;
  return EncodeQr(text, &code) ? QrSvg(code, label) : "";
}

}  // namespace affiche
