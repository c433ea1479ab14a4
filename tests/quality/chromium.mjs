// Debian's headless Chromium, driven by playwright-core, with the flags that
// work as root on a machine without a GPU or network. Playwright gives each
// launch a fresh profile folder of its own and removes it on close().
import { chromium } from "playwright-core";

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update",
           "--disable-sync"],
  });
}
