// The search page's script, the only script of the site (search/index.html).
// It shows the search form, and loads Pagefind's index (pagefind/, written
// by `affiche build`) only once the visitor starts to search. Without it, or
// where it cannot load, the page keeps its links to the listings and the days.
const form = document.querySelector("form.search");
const status = document.getElementById("search-status");
const results = document.getElementById("search-results");
const words = document.getElementById("search-words");
const selects = [...form.querySelectorAll("select[data-filter]")];

// The site's root, where pagefind/ is: this script lies in it.
const root = new URL("./", import.meta.url);
let pagefind = null;

function load() {
  if (!pagefind) {
    pagefind = import(new URL("pagefind/pagefind.js", root).href).then(async (pf) => {
      // Result URLs are paths from the site's root: under base_url's path,
      // or wherever the site is served, this page's own root comes first.
      await pf.options({ baseUrl: root.pathname });
      await pf.init();
      return pf;
    });
  }
  return pagefind;
}

function count(n) {
  const text = n === 1 ? form.dataset.countOne : form.dataset.countOther;
  return text.replace("{n}", n.toLocaleString(document.documentElement.lang));
}

function show(found) {
  results.replaceChildren(
    ...found.map((result) => {
      const item = document.createElement("li");
      const title = document.createElement("a");
      title.href = result.url;
      title.textContent = result.meta.title;
      const heading = document.createElement("h2");
      heading.append(title);
      item.append(heading);
      const when = [result.meta.date, result.meta.place].filter(Boolean).join(" · ");
      if (when) {
        const line = document.createElement("p");
        line.className = "search__when";
        line.textContent = when;
        item.append(line);
      }
      if (result.excerpt) {
        const excerpt = document.createElement("p");
        excerpt.innerHTML = result.excerpt; // Pagefind escapes it, then adds <mark>
        item.append(excerpt);
      }
      return item;
    }),
  );
}

let latest = 0; // the run whose results are shown; older ones give way

async function run() {
  const mine = ++latest;
  const term = words.value.trim();
  const filters = {};
  for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value;
  results.setAttribute("aria-busy", "true");
  if (!term && Object.keys(filters).length === 0) {
    status.textContent = "";
    results.replaceChildren();
    results.setAttribute("aria-busy", "false");
    return;
  }
  let pf;
  try {
    pf = await load();
  } catch {
    if (mine !== latest) return;
    status.textContent = form.dataset.failed;
    results.setAttribute("aria-busy", "false");
    return;
  }
  // Filters alone list their events in the programme's order.
  const options = term ? { filters } : { filters, sort: { date: "asc" } };
  const search = await pf.debouncedSearch(term || null, options, 150);
  if (search === null) return; // a later keystroke runs its own search
  const found = await Promise.all(search.results.map((r) => r.data()));
  if (mine !== latest) return;
  status.textContent = found.length ? count(found.length) : form.dataset.none;
  show(found);
  results.setAttribute("aria-busy", "false");
}

if (location.protocol === "file:") {
  // Browsers refuse to load the index from file:// (no fetch, no module).
  status.textContent = form.dataset.fromDisk;
} else {
  form.hidden = false;
  status.textContent = "";
  form.addEventListener("submit", (event) => event.preventDefault());
  words.addEventListener("focus", () => load().catch(() => {}), { once: true });
  words.addEventListener("input", run);
  for (const select of selects) select.addEventListener("change", run);
}
