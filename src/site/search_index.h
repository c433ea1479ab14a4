// The search index: `affiche build` runs Pagefind (pagefind.app) over the
// built folder before it is swapped in, which writes its index into
// pagefind/ for the search page's script. Pagefind is optional: without it the
// search page says search is not available.
#ifndef AFFICHE_SITE_SEARCH_INDEX_H_
#define AFFICHE_SITE_SEARCH_INDEX_H_

#include <string>

namespace affiche {

// The Pagefind to run: $AFFICHE_PAGEFIND (the path of its binary), else
// `pagefind` in PATH; "" when there is none. A $AFFICHE_PAGEFIND that is not
// an executable file gives "" and a one-line *warning.
std::string FindPagefind(std::string* warning);

// What Pagefind said it indexed.
struct SearchIndexStats {
  int pages = 0;
  int words = 0;
  int filters = 0;
  int files = 0;  // the files it wrote into pagefind/
};

// Runs pagefind over the built site in dir (at most 10 minutes). False with a
// one-line *error (its last line of output) when it failed.
bool IndexSite(const std::string& pagefind, const std::string& dir,
               SearchIndexStats* stats, std::string* error);

}  // namespace affiche

#endif  // AFFICHE_SITE_SEARCH_INDEX_H_
