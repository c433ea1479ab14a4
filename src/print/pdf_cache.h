// The PDFs printed before, kept in a folder beside the site's output (which
// every build replaces whole) with the key of the page each was printed from,
// so that `affiche posters --pdf` prints again only the pages that changed.
#ifndef AFFICHE_PRINT_PDF_CACHE_H_
#define AFFICHE_PRINT_PDF_CACHE_H_

#include <string>

namespace affiche {

// The cache of the output folder out_dir: ".<name>.pdf-cache" beside it
// ("site-out" -> ".site-out.pdf-cache").
std::string PdfCacheDirOf(const std::string& out_dir);

// The SHA-1, in hex, of the page at out_dir/page and of every file of out_dir
// it links to by a relative href or src (its style sheets, images), since a
// PDF changes with them too. "" when the page cannot be read.
std::string PageKey(const std::string& out_dir, const std::string& page);

class PdfCache {
 public:
  explicit PdfCache(std::string dir) : dir_(std::move(dir)) {}

  // Puts the PDF printed from a page of that key at out_dir/pdf, if one was
  // kept; false when there is none or the page changed since.
  bool Reuse(const std::string& pdf, const std::string& key,
             const std::string& out_dir) const;
  // Keeps the PDF now at out_dir/pdf, printed from a page of that key.
  // Failing to keep it only means printing it again next time.
  void Keep(const std::string& pdf, const std::string& key,
            const std::string& out_dir) const;

 private:
  std::string dir_;
};

}  // namespace affiche

#endif  // AFFICHE_PRINT_PDF_CACHE_H_
