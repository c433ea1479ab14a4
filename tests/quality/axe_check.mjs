// Runs axe-core (WCAG 2.2 A and AA rules) in headless Chromium on every HTML
// page of a built site, at a desktop and a phone size, and prints each
// violation as `page (size): rule: help; target`. Exits 1 if any is found.
//
//     node axe_check.mjs SITE_DIR
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "./chromium.mjs";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const SIZES = [
  { name: "1280x900", width: 1280, height: 900 },
  { name: "390x844", width: 390, height: 844 },
];

function htmlFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...htmlFiles(path));
    else if (entry.name.endsWith(".html")) files.push(path);
  }
  return files.sort();
}

const site = process.argv[2];
if (!site) {
  console.error("usage: node axe_check.mjs SITE_DIR");
  process.exit(2);
}
const pages = htmlFiles(site);
// 404.html links to the published address (servers send it at any depth):
// requests for base_url are answered from the site's folder, as its host would.
const canonical = readFileSync(join(site, "index.html"), "utf8")
  .match(/<link rel="canonical" href="([^"]+)"/);
const baseUrl = canonical ? canonical[1] : null;
const browser = await launchChromium();
let violations = 0;
let checked = 0;
try {
  for (const size of SIZES) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
    });
    if (baseUrl) {
      await context.route(baseUrl + "**", (route) => {
        const path = decodeURIComponent(new URL(route.request().url()).pathname
          .slice(new URL(baseUrl).pathname.length));
        route.fulfill({ path: join(site, path || "index.html") });
      });
    }
    const page = await context.newPage();
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href);
      await page.evaluate(axeSource);
      const result = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }),
        TAGS);
      for (const v of result.violations) {
        for (const node of v.nodes) {
          console.log(`${relative(site, file)} (${size.name}): ${v.id}: ${v.help}; ` +
                      `${node.target.join(" ")}: ${node.failureSummary.replace(/\n\s*/g, " ")}`);
          ++violations;
        }
      }
      ++checked;
    }
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`axe-core ${JSON.parse(readFileSync(require.resolve("axe-core/package.json"))).version}: ` +
            `${checked} page views (${pages.length} pages at ${SIZES.length} sizes), ` +
            `${violations} violations`);
process.exit(violations ? 1 : 0);
