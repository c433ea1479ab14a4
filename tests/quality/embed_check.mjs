// The embeddable programmes (embed/<kind>/<id>/index.html) in headless
// Chromium, as a partner's site shows them: a host page holds each one in an
// <iframe width="360">, the narrowest column a phone layout gives it. Each
// must fit that width without horizontal overflow (the document as wide as
// the frame, and no element reaching past its right edge), show no site
// header or script, and open its links in the parent window. Prints one line
// per failure and a summary; exits 1 on any failure.
//
//     node embed_check.mjs SITE_DIR
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "./chromium.mjs";

const WIDTH = 360;

function embedPages(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...embedPages(path));
    else if (entry.name === "index.html") files.push(path);
  }
  return files.sort();
}

const site = process.argv[2];
if (!site) {
  console.error("usage: node embed_check.mjs SITE_DIR");
  process.exit(2);
}
const pages = embedPages(join(site, "embed"));
const host = mkdtempSync(join(tmpdir(), "embed-host-"));
const browser = await launchChromium();
let failures = 0;
let widest = 0;
function fail(page, what) {
  console.log(`FAIL: ${relative(site, page)}: ${what}`);
  ++failures;
}
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  for (const file of pages) {
    const hostFile = join(host, "host.html");
    writeFileSync(hostFile, `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Partenaire</title></head><body style="margin:0">
<iframe width="${WIDTH}" height="600" style="border:0; display:block" title="Programme"
 src="${pathToFileURL(file).href}"></iframe></body></html>`);
    await page.goto(pathToFileURL(hostFile).href, { waitUntil: "load" });
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) {
      fail(file, "no frame loaded");
      continue;
    }
    await frame.waitForLoadState("load");
    const facts = await frame.evaluate(() => {
      const root = document.documentElement;
      let overflowing = null;
      for (const element of document.body.querySelectorAll("*")) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > root.clientWidth + 0.5) {
          overflowing = `${element.tagName.toLowerCase()}.${element.className} ` +
                        `(right edge at ${Math.round(box.right)} px)`;
          break;
        }
      }
      const base = document.querySelector("base");
      return {
        viewport: window.innerWidth,
        clientWidth: root.clientWidth,
        scrollWidth: root.scrollWidth,
        bodyScrollWidth: document.body.scrollWidth,
        overflowing,
        header: !!document.querySelector("header, nav, .site-header"),
        scripts: document.querySelectorAll("script").length,
        baseTarget: base ? base.target : "",
        selfLinks: [...document.querySelectorAll("a[target]")]
          .filter((a) => a.target !== "_parent" && a.target !== "_top").length,
        links: document.querySelectorAll("a[href]").length,
      };
    });
    widest = Math.max(widest, facts.scrollWidth);
    if (facts.viewport !== WIDTH) fail(file, `the frame is ${facts.viewport} px wide`);
    if (facts.scrollWidth > WIDTH || facts.bodyScrollWidth > facts.clientWidth)
      fail(file, `scrolls sideways: ${facts.scrollWidth} px of content in ${WIDTH} px`);
    if (facts.overflowing) fail(file, `overflows: ${facts.overflowing}`);
    if (facts.header) fail(file, "has a site header or menu");
    if (facts.scripts) fail(file, `has ${facts.scripts} script(s)`);
    if (facts.baseTarget !== "_parent") fail(file, "links do not open in the parent window");
    if (facts.selfLinks) fail(file, `${facts.selfLinks} link(s) open elsewhere`);
    if (!facts.links) fail(file, "has no link");
  }
  await context.close();
} finally {
  await browser.close();
  rmSync(host, { recursive: true, force: true });
}
console.log(`embed pages in a ${WIDTH}-px iframe: ${pages.length} pages, ` +
            `widest content ${widest} px, ${failures} failures`);
process.exit(failures || pages.length === 0 ? 1 : 0);
