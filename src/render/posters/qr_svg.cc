#include "render/posters/qr_svg.h"

#include <qrencode.h>

#include "base/escape.h"

namespace affiche {

bool EncodeQr(const std::string& text, QrMatrix* out) {
  QRcode* code = QRcode_encodeString(text.c_str(), /*version=*/0, QR_ECLEVEL_M, QR_MODE_8,
                                     /*casesensitive=*/1);
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
      path += "M" + std::to_string(x + kQrQuietZone) + "," +
              std::to_string(y + kQrQuietZone) + "h" + std::to_string(run) + "v1h-" +
              std::to_string(run) + "z";
      x += run;
    }
  }
  std::string box = std::to_string(size);
  return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + box +
         " " + box + "\" role=\"img\" aria-label=\"" + EscapeMarkup(label) +
         "\" shape-rendering=\"crispEdges\"><path fill=\"#000\" d=\"" + path +
         "\"/></svg>";
}

std::string QrSvgOf(const std::string& text, const std::string& label) {
  QrMatrix code;
  return EncodeQr(text, &code) ? QrSvg(code, label) : "";
}

}  // namespace affiche
