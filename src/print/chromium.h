// One headless Chromium kept open to print page after page to PDF through the
// DevTools protocol (Page.navigate, the load event, Page.printToPDF), or to
// capture it as a PNG (Page.captureScreenshot), instead of a browser process
// per page.
#ifndef AFFICHE_PRINT_CHROMIUM_H_
#define AFFICHE_PRINT_CHROMIUM_H_

#include <chrono>
#include <string>
#include <vector>

#include "print/devtools.h"
#include "site/process.h"

namespace affiche {

// The path of Chromium in PATH ("chromium", else "chromium-browser"), or "".
std::string FindChromium();

// The command line of a headless Chromium with a fresh profile in
// profile_dir that opens its DevTools on a free port of 127.0.0.1 (written
// to profile_dir/DevToolsActivePort): the flags of ../shared/STACK.md, which
// work as root.
std::vector<std::string> ChromiumCommand(const std::string& chromium,
                                         const std::string& profile_dir);

class ChromiumPrinter {
 public:
  ChromiumPrinter() = default;
  ~ChromiumPrinter();
  ChromiumPrinter(const ChromiumPrinter&) = delete;
  ChromiumPrinter& operator=(const ChromiumPrinter&) = delete;

  // Starts the browser at chromium and opens a tab; false with *error
  // ("cannot run …", or what Chromium said) when it cannot.
  bool Start(const std::string& chromium, std::chrono::milliseconds timeout,
             std::string* error);

  // Loads url (file://…) in the tab and prints it at the size of its CSS
  // @page, backgrounds included, into *pdf; false with *error
  // ("net::ERR_FILE_NOT_FOUND", "no answer from Chromium in time"). After a
  // time-out the browser is started again for the next page.
  bool Print(const std::string& url, std::chrono::milliseconds timeout, std::string* pdf,
             std::string* error);

  // Loads url in the tab at a viewport of width × height CSS pixels, one
  // device pixel each, and captures it into *png (PNG bytes of that size);
  // false with *error as Print.
  bool Capture(const std::string& url, int width, int height,
               std::chrono::milliseconds timeout, std::string* png, std::string* error);

  // Closes the browser and removes its profile.
  void Stop();

 private:
  bool OpenTab(Deadline deadline, std::string* error);
  // Navigates the tab to url and waits for its load event; false with
  // *error, and *page_fault when the page is at fault, not the browser.
  bool Load(const std::string& url, Deadline deadline, bool* page_fault,
            std::string* error);

  std::string chromium_;
  std::string scratch_;  // the profile and the browser's log
  std::chrono::milliseconds start_timeout_{30000};
  ChildProcess process_;
  std::unique_ptr<DevTools> devtools_;
  std::string session_;  // the tab's
};

}  // namespace affiche

#endif  // AFFICHE_PRINT_CHROMIUM_H_
