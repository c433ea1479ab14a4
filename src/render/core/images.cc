#include "render/core/images.h"

namespace affiche {

std::optional<std::pair<int, int>> PngSize(const std::string& bytes) {
  static const char kSignature[] = "\x89PNG\r\n\x1a\n";
  if (bytes.size() < 24 || bytes.compare(0, 8, kSignature, 8) != 0 ||
      bytes.compare(12, 4, "IHDR") != 0)
    return std::nullopt;
  auto number = [&](size_t at) {
    unsigned long n = 0;
    for (size_t i = at; i < at + 4; ++i)
      n = n << 8 | static_cast<unsigned char>(bytes[i]);
    return n;
  };
  unsigned long width = number(16), height = number(20);
  // The format allows up to 2^31 - 1; no sharing image comes near.
  if (width == 0 || height == 0 || width > 1u << 20 || height > 1u << 20)
    return std::nullopt;
  return std::make_pair(static_cast<int>(width), static_cast<int>(height));
}

const StaticFile* PublishedStaticFile(const Programme& programme,
                                      const std::vector<StaticFile>& theme_files,
                                      const std::string& path) {
  for (const std::vector<StaticFile>* files :
       {&programme.content().static_files, &theme_files})
    for (const StaticFile& file : *files)
      if (file.path == path) return &file;
  return nullptr;
}

}  // namespace affiche
