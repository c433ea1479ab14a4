#include "print/chromium.h"

#include <stdlib.h>

#include <boost/beast/core/detail/base64.hpp>
#include <filesystem>
#include <fstream>
#include <thread>

namespace affiche {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// What Chromium said on its way out ("Failed to launch …"), without its
// usual noise about D-Bus.
std::string ChromiumComplaint(const std::string& log_path) {
  std::ifstream in(log_path);
  std::string line, last;
  while (std::getline(in, line)) {
    if (line.find("dbus") != std::string::npos ||
        line.find("bus.cc") != std::string::npos)
      continue;
    for (const char* word : {"ERROR", "FATAL", "ailed", "rror"})
      if (line.find(word) != std::string::npos) last = line;
  }
  size_t message = last.find("] ");  // after Chromium's [pid:tid:time:ERROR:file] prefix
  if (message != std::string::npos) last = last.substr(message + 2);
  if (last.size() > 200) last = last.substr(0, 200) + "…";
  return last;
}

// The port and path of DevToolsActivePort ("41235\n/devtools/browser/<id>\n"),
// once the browser has written both lines.
bool ReadActivePort(const std::string& path, unsigned short* port, std::string* target) {
  std::ifstream in(path);
  std::string number;
  if (!std::getline(in, number) || !std::getline(in, *target) || target->empty())
    return false;
  if (number.empty() || number.size() > 5 ||
      number.find_first_not_of("0123456789") != std::string::npos)
    return false;
  unsigned long value = std::stoul(number);
  if (value == 0 || value > 65535) return false;
  *port = static_cast<unsigned short>(value);
  return true;
}

std::string DecodeBase64(const std::string& text) {
  namespace base64 = boost::beast::detail::base64;
  std::string bytes(base64::decoded_size(text.size()), '\0');
  bytes.resize(base64::decode(bytes.data(), text.data(), text.size()).first);
  return bytes;
}

}  // namespace

std::string FindChromium() {
  for (const char* name : {"chromium", "chromium-browser"}) {
    std::string path = FindInPath(name);
    if (!path.empty()) return path;
  }
  return "";
}

std::vector<std::string> ChromiumCommand(const std::string& chromium,
                                         const std::string& profile_dir) {
  return {chromium,
          "--headless",
          "--no-sandbox",  // needed as root; the pages are our own site
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--remote-debugging-address=127.0.0.1",
          "--remote-debugging-port=0",
          "--user-data-dir=" + profile_dir,
          "about:blank"};
}

ChromiumPrinter::~ChromiumPrinter() { Stop(); }

bool ChromiumPrinter::Start(const std::string& chromium,
                            std::chrono::milliseconds timeout, std::string* error) {
  Stop();
  chromium_ = chromium;
  start_timeout_ = timeout;
  std::error_code ec;
  std::string pattern = (fs::temp_directory_path(ec) / "affiche-pdf-XXXXXX").string();
  if (!mkdtemp(pattern.data())) {
    *error = "cannot make a temporary folder for Chromium";
    return false;
  }
  scratch_ = pattern;
  std::string profile = scratch_ + "/profile", log = scratch_ + "/chromium.log";
  if (!process_.Start(ChromiumCommand(chromium, profile), log, error)) return false;

  // The browser writes its port once it listens.
  Deadline deadline = Clock::now() + timeout;
  unsigned short port = 0;
  std::string target;
  while (!ReadActivePort(profile + "/DevToolsActivePort", &port, &target)) {
    if (process_.WaitForExit(std::chrono::milliseconds(0)) || Clock::now() >= deadline) {
      std::string complaint = ChromiumComplaint(log);
      *error = "Chromium did not open its DevTools" +
               (complaint.empty() ? std::string() : ": " + complaint);
      Stop();
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  devtools_ = std::make_unique<DevTools>();
  if (!devtools_->Connect(port, target, deadline, error) || !OpenTab(deadline, error)) {
    Stop();
    return false;
  }
  return true;
}

// A new tab, attached in flat mode: its commands and events carry its session.
bool ChromiumPrinter::OpenTab(Deadline deadline, std::string* error) {
  Json tab, attached, ignored;
  if (!devtools_->Call("Target.createTarget", {{"url", "about:blank"}}, "", deadline,
                       &tab, error) ||
      !devtools_->Call("Target.attachToTarget",
                       {{"targetId", tab.value("targetId", "")}, {"flatten", true}}, "",
                       deadline, &attached, error))
    return false;
  session_ = attached.value("sessionId", "");
  return devtools_->Call("Page.enable", Json::object(), session_, deadline, &ignored,
                         error);
}

bool ChromiumPrinter::Load(const std::string& url, Deadline deadline, bool* page_fault,
                           std::string* error) {
  Json navigated;
  devtools_->DropEvents();
  if (!devtools_->Call("Page.navigate", {{"url", url}}, session_, deadline, &navigated,
                       error))
    return false;
  if (navigated.contains("errorText")) {
    *error = "Chromium cannot load the page: " + navigated.value("errorText", "");
    *page_fault = true;
    return false;
  }
  return devtools_->WaitForEvent("Page.loadEventFired", session_, deadline, error);
}

bool ChromiumPrinter::Print(const std::string& url, std::chrono::milliseconds timeout,
                            std::string* pdf, std::string* error) {
  if (!devtools_ && !Start(chromium_, start_timeout_, error)) return false;
  Deadline deadline = Clock::now() + timeout;
  Json printed;
  bool page_fault = false;
  bool ok = Load(url, deadline, &page_fault, error);
  if (page_fault) return false;  // the page's fault: the browser goes on
  ok = ok && devtools_->Call("Page.printToPDF",
                             {{"printBackground", true},
                              {"preferCSSPageSize", true},
                              {"displayHeaderFooter", false},
                              {"transferMode", "ReturnAsBase64"}},
                             session_, deadline, &printed, error);
  if (!ok) {
    Stop();  // a browser that did not answer in time is started again for the next page
    return false;
  }
  *pdf = DecodeBase64(printed.value("data", ""));
  if (pdf->compare(0, 4, "%PDF") != 0) {
    *error = "Chromium's answer to Page.printToPDF is not a PDF";
    return false;
  }
  return true;
}

bool ChromiumPrinter::Capture(const std::string& url, int width, int height,
                              std::chrono::milliseconds timeout, std::string* png,
                              std::string* error) {
  if (!devtools_ && !Start(chromium_, start_timeout_, error)) return false;
  Deadline deadline = Clock::now() + timeout;
  Json ignored, captured;
  bool page_fault = false;
  // The viewport at the image's size before the page loads, put back
  // afterwards so that the next PDF prints at its @page size.
  bool ok =
      devtools_->Call("Emulation.setDeviceMetricsOverride",
                      {{"width", width},
                       {"height", height},
                       {"deviceScaleFactor", 1},
                       {"mobile", false}},
                      session_, deadline, &ignored, error) &&
      Load(url, deadline, &page_fault, error) &&
      devtools_->Call(
          "Page.captureScreenshot",
          {{"format", "png"},
           {"clip",
            {{"x", 0}, {"y", 0}, {"width", width}, {"height", height}, {"scale", 1}}}},
          session_, deadline, &captured, error);
  if (ok || page_fault) {
    std::string reset_error;
    if (!devtools_->Call("Emulation.clearDeviceMetricsOverride", Json::object(), session_,
                         deadline, &ignored, &reset_error)) {
      if (ok) *error = reset_error;
      ok = page_fault = false;
    }
  }
  if (!ok) {
    if (!page_fault) Stop();  // a browser that did not answer is started again
    return false;
  }
  *png = DecodeBase64(captured.value("data", ""));
  if (png->compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) {
    *error = "Chromium's answer to Page.captureScreenshot is not a PNG";
    return false;
  }
  return true;
}

void ChromiumPrinter::Stop() {
  if (devtools_) {
    Json ignored;
    std::string error;
    devtools_->Call("Browser.close", Json::object(), "",
                    Clock::now() + std::chrono::milliseconds(2000), &ignored, &error);
    devtools_.reset();
  }
  process_.Stop(std::chrono::milliseconds(3000));
  session_.clear();
  if (!scratch_.empty()) {
    std::error_code ec;
    fs::remove_all(scratch_, ec);
    scratch_.clear();
  }
}

}  // namespace affiche
