// The search page in headless Chromium, over HTTP on loopback, on a site that
// `affiche build` indexed with Pagefind: the index loads only once the visitor
// starts to search, a word finds its events, a department filter gives
// exactly that department's events in date order, a category narrows them,
// a day gives the events on it. The expected events come from the site's
// events.json (the content as data), never from the index. The site is served
// under base_url's path, as it is published.
//
//     node search_check.mjs SITE_DIR
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { launchChromium } from "./chromium.mjs";

const site = process.argv[2];
if (!site) {
  console.error("usage: node search_check.mjs SITE_DIR");
  process.exit(2);
}
const canonical = readFileSync(join(site, "index.html"), "utf8")
  .match(/<link rel="canonical" href="([^"]+)"/);
const prefix = canonical ? new URL(canonical[1]).pathname : "/";
const events = JSON.parse(readFileSync(join(site, "events.json"), "utf8")).events;

// A static host for the site under prefix (the types Pagefind's files need).
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript",
                ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
  let file = path.startsWith(prefix) ? normalize(join(site, path.slice(prefix.length))) : "";
  try {
    if (file && statSync(file).isDirectory()) file = join(file, "index.html");
    const body = readFileSync(file);
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] || "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok" : "FAIL"}: ${what}`);
  if (!ok) ++failures;
}
function same(actual, expected) {
  return actual.length === expected.length && actual.every((x, i) => x === expected[i]);
}

// The days an event is on: from its start's date to its end's (inclusive).
function days(event) {
  const first = event.start.slice(0, 10);
  let last = (event.end || event.start).slice(0, 10);
  // An all-day end is the last day itself in events.json, as in the content.
  const out = [];
  for (let d = new Date(first + "T12:00:00Z"); d.toISOString().slice(0, 10) <= last;
       d.setUTCDate(d.getUTCDate() + 1))
    out.push(d.toISOString().slice(0, 10));
  return out;
}
const inOrder = (list) => list.slice()
  .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)).map((e) => e.slug);

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  await page.goto(`${origin}${prefix}search/index.html`);
  await page.waitForSelector("form.search:not([hidden])");
  check(!requests.some((u) => u.includes("/pagefind/")),
        "the index is not loaded before the visitor starts to search");

  // What the results list shows once the search in progress is done.
  async function shown() {
    await page.waitForFunction(() =>
      document.getElementById("search-results").getAttribute("aria-busy") === "false",
    null, { timeout: 15000 });
    return page.$$eval("#search-results li h2 a", (links) => links.map((a) => a.href));
  }
  const slugOf = (href) => (href.match(/\/events\/([^/]+)\/index\.html$/) || [])[1] || href;
  async function select(name, value) {
    await page.selectOption(`#search-${name}`, value);
    return (await shown()).map(slugOf);
  }

  // A word: a town of the programme that is some event's venue city.
  const towns = {};
  for (const e of events) if (e.venue && e.venue.city) (towns[e.venue.city] ||= []).push(e);
  const [town, inTown] = Object.entries(towns).sort((a, b) => b[1].length - a[1].length)[0];
  await page.fill("#search-words", town);
  const hrefs = await shown();
  check(requests.some((u) => u.endsWith("/pagefind/pagefind.js")),
        "typing loads Pagefind from the site's own pagefind/");
  check(hrefs.every((h) => h.startsWith(`${origin}${prefix}events/`)),
        `results link under base_url's path (${prefix}events/…)`);
  const found = hrefs.map(slugOf);
  const missing = inTown.map((e) => e.slug).filter((s) => !found.includes(s));
  check(missing.length === 0,
        `"${town}" finds the ${inTown.length} events held there (${found.length} results)` +
        (missing.length ? `; missing ${missing.join(", ")}` : ""));
  // Every result holds the word somewhere in its page (title, body, venue, organisers…).
  const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const without = found.filter((slug) => !fold(readFileSync(
    join(site, "events", slug, "index.html"), "utf8")).includes(fold(town)));
  check(without.length === 0, `every result for "${town}" mentions it` +
        (without.length ? `; not: ${without.join(", ")}` : ""));
  for (const h of hrefs.slice(0, 3)) {
    const response = await page.request.get(h);
    check(response.ok(), `result link ${h.slice(origin.length)} leads to a page`);
  }

  // A department alone: exactly its events, in the programme's order.
  await page.fill("#search-words", "");
  await shown();
  const byDepartment = {};
  for (const e of events) if (e.department) (byDepartment[e.department.id] ||= []).push(e);
  // The department and category that narrow the most visibly (both non-empty).
  let best = null;
  for (const [department, list] of Object.entries(byDepartment)) {
    const byCategory = {};
    for (const e of list) for (const c of e.categories || []) (byCategory[c.id] ||= []).push(e);
    for (const [category, both] of Object.entries(byCategory))
      if (both.length < list.length && (!best || both.length > best.both.length))
        best = { department, category, list, both };
  }
  check(best !== null, "the content has a department and a category that narrow it");
  const departmentOnly = await select("department", best.department);
  check(same(departmentOnly, inOrder(best.list)),
        `department ${best.department}: its ${best.list.length} events in date order` +
        (same(departmentOnly, inOrder(best.list)) ? "" : `; got ${departmentOnly.join(", ")}`));

  // Then a category: the two filters combine and narrow.
  const both = await select("category", best.category);
  check(same(both, inOrder(best.both)),
        `department ${best.department} + category ${best.category}: ` +
        `${best.both.length} events (fewer than ${best.list.length})` +
        (same(both, inOrder(best.both)) ? "" : `; got ${both.join(", ")}`));

  // A word with the filters: the intersection.
  const word = town;
  await page.fill("#search-words", word);
  const wordAndFilters = (await shown()).map(slugOf);
  check(wordAndFilters.every((s) => best.both.some((e) => e.slug === s)) &&
        wordAndFilters.every((s) => found.includes(s)),
        `"${word}" + both filters: only events that match all three (${wordAndFilters.length})`);

  // A day alone: every event on it, the month-long exhibition included.
  await page.fill("#search-words", "");
  await select("department", "");
  await select("category", "");
  const options = await page.$$eval("#search-day option", (os) => os.map((o) => o.value));
  const perDay = options.filter(Boolean).map((day) => ({
    day, on: events.filter((e) => days(e).includes(day)) }));
  const busiest = perDay.sort((a, b) => b.on.length - a.on.length)[0];
  const onDay = await select("day", busiest.day);
  check(same(onDay.slice().sort(), busiest.on.map((e) => e.slug).sort()),
        `day ${busiest.day}: the ${busiest.on.length} events on it` +
        (same(onDay.slice().sort(), busiest.on.map((e) => e.slug).sort()) ? ""
          : `; got ${onDay.join(", ")}`));
  check(errors.length === 0, `no script error on the page${errors.length ? ": " + errors.join("; ") : ""}`);
} finally {
  await browser.close();
  server.close();
}
console.log(failures ? `FAIL: ${failures} checks of the search failed` : "search: every check passed");
process.exit(failures ? 1 : 0);
