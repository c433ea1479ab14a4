#include "render/core/images.h"

namespace affiche {

namespace {

// The text between open and close from at on; false when either is missing.
bool Between(const std::string& text, const char* open, const char* close, size_t* begin,
             size_t* inner, size_t* inner_end, size_t* end) {
  *begin = text.find(open);
  if (*begin == std::string::npos) return false;
  *inner = *begin + std::char_traits<char>::length(open);
  *inner_end = text.find(close, *inner);
  if (*inner_end == std::string::npos) return false;
  *end = *inner_end + std::char_traits<char>::length(close);
  return true;
}

// The address of the og:image tag in tags, or "".
std::string OgImageOf(const std::string& tags) {
  const std::string tag = "<meta property=\"og:image\" content=\"";
  size_t at = tags.find(tag);
  if (at == std::string::npos) return "";
  at += tag.size();
  size_t end = tags.find('"', at);
  return end == std::string::npos ? "" : tags.substr(at, end - at);
}

}  // namespace

std::string ShowShareCard(const std::string& html) {
  size_t site, site_inner, site_inner_end, site_end;
  size_t card, card_inner, card_inner_end, card_end;
  if (!Between(html, kShareSiteOpen, kShareSiteClose, &site, &site_inner, &site_inner_end,
               &site_end) ||
      !Between(html, kShareCardOpen, kShareCardClose, &card, &card_inner, &card_inner_end,
               &card_end) ||
      card < site_end)
    return html;
  std::string from = OgImageOf(html.substr(site_inner, site_inner_end - site_inner));
  std::string to = OgImageOf(html.substr(card_inner, card_inner_end - card_inner));
  std::string out = html.substr(0, site) +
                    html.substr(card_inner, card_inner_end - card_inner) +
                    html.substr(site_end, card - site_end) + html.substr(card_end);
  // The JSON-LD names the same image, as a JSON string. Both addresses are
  // made of URL characters only (EncodePath), which HTML and JSON write alike;
  // one that needed escaping is left as it was.
  const std::string script = "<script type=\"application/ld+json\">";
  size_t begin = out.find(script);
  if (from.empty() || to.empty() || begin == std::string::npos ||
      from.find_first_of("&\\") != std::string::npos)
    return out;
  size_t end = out.find("</script>", begin);
  const std::string quoted = '"' + from + '"';
  for (size_t at = out.find(quoted, begin); at != std::string::npos && at < end;
       at = out.find(quoted, at)) {
    out.replace(at, quoted.size(), '"' + to + '"');
    end += to.size() - from.size();
    at += to.size() + 2;
  }
  return out;
}

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
