// QR codes (libqrencode) drawn as inline SVG, for posters: a phone scans the
// printed page to open the event's web page.
#ifndef AFFICHE_RENDER_POSTERS_QR_SVG_H_
#define AFFICHE_RENDER_POSTERS_QR_SVG_H_

#include <string>
#include <vector>

namespace affiche {

// The modules of a QR code, row by row, without the quiet zone.
struct QrMatrix {
  int width = 0;
  std::vector<bool> dark;  // width * width entries

  bool Dark(int x, int y) const { return dark[static_cast<size_t>(y) * width + x]; }
};

// Encodes text (a URL) as 8-bit data at error correction level M, in the
// smallest version that holds it. False when it cannot (text too long).
bool EncodeQr(const std::string& text, QrMatrix* out);

// The quiet zone around the code, in modules, as the QR standard asks.
inline constexpr int kQrQuietZone = 4;

// An <svg> element of the code: one path of the dark modules (each row's runs
// merged) on a viewBox that keeps a 4-module quiet zone, with no size of its
// own (CSS gives it one) and `label` (escaped here) as its accessible name.
// The light modules are the page's background: the poster gives the code a
// white one.
std::string QrSvg(const QrMatrix& code, const std::string& label);

// EncodeQr() then QrSvg(); "" when text cannot be encoded.
std::string QrSvgOf(const std::string& text, const std::string& label);

}  // namespace affiche

#endif  // AFFICHE_RENDER_POSTERS_QR_SVG_H_
