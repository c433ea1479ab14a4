#!/usr/bin/env python3
"""Generates a large affiche site for benchmarks.

    generate_site.py OUT_DIR [--events N] [--hugo HUGO_DIR]

OUT_DIR gets content/ with the sample's site.yaml, venues and organisers and
N events (default 10000) spread over a year, cycling through the sample's
venues, organisers and categories, with bodies of a few paragraphs. With
--hugo, HUGO_DIR gets the same events as a Hugo site (one page each, a
programme page listing them all, and taxonomy pages for departments and
categories) so that both tools build comparable sites in the same run.
"""
import argparse
import datetime
import os
import random
import re
import shutil

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(REPO, "content")

BODY = """Une rencontre pour découvrir les **structures de l'économie sociale et
solidaire** du territoire : associations, coopératives, mutuelles et fondations.

- présentation des acteurs ;
- échanges avec le public ;
- verre de l'amitié.

Plus d'informations sur [le site de la CRES](https://www.cres-picardie.org/).
"""


WORDS = ("économie sociale solidaire association coopérative mutuelle fondation territoire "
         "emploi insertion circuits courts finance épargne projet habitants acteurs réseau "
         "rencontre débat atelier public jeunes entreprise commerce équitable agriculture "
         "culture quartier village bénévoles collectivité innovation formation").split()
LINKS = ("https://www.cres-picardie.org/", "https://www.ess-france.org/",
         "https://www.avise.org/")


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def body(rng):
    """A body of 150 to 400 words: headings, paragraphs, lists and links."""
    target = rng.randint(150, 400)
    parts, words = [], 0
    while words < target:
        if rng.random() < 0.3:
            parts.append("## " + sentence(rng)[:-1])
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        if rng.random() < 0.5:
            paragraph += " Voir [le site du réseau](%s)." % rng.choice(LINKS)
        parts.append(paragraph)
        if rng.random() < 0.6:
            parts.append("\n".join("- " + sentence(rng)[:-1] + " ;" for _ in range(rng.randint(2, 5))))
        words = sum(len(p.split()) for p in parts)
    return "\n\n".join(parts) + "\n"


def ids(folder):
    return sorted(f[:-5] for f in os.listdir(os.path.join(SAMPLE, folder)) if f.endswith(".yaml"))


def venue_departments():
    found = {}
    for venue in ids("venues"):
        text = open(os.path.join(SAMPLE, "venues", venue + ".yaml"), encoding="utf-8").read()
        found[venue] = re.search(r"^department:\s*(\S+)", text, re.M).group(1)
    return found


def categories():
    text = open(os.path.join(SAMPLE, "site.yaml"), encoding="utf-8").read()
    block = text.split("categories:", 1)[1]
    return re.findall(r"^\s+([a-z-]+):", block.split("\ncalendar:", 1)[0], re.M)


def events(n, long_bodies=False):
    venues = venue_departments()
    venue_ids = sorted(venues)
    organisers = ids("organisers")
    cats = categories()
    start = datetime.date(2009, 1, 1)
    rng = random.Random(2009)
    for i in range(n):
        day = start + datetime.timedelta(days=i * 365 // n)
        hour = 9 + i % 11
        yield {
            "slug": "evenement-%05d" % i,
            "title": "Rencontre de l'ESS n° %d" % i,
            "date": day,
            "start": "%sT%02d:00" % (day.isoformat(), hour),
            "end": "%sT%02d:30" % (day.isoformat(), hour + 1),
            "venue": venue_ids[i % len(venue_ids)],
            "department": venues[venue_ids[i % len(venue_ids)]],
            "categories": [cats[i % len(cats)], cats[(i * 7 + 3) % len(cats)]],
            "organisers": [organisers[i % len(organisers)]],
            "attendance": 10 + i % 90,
            "body": body(rng) if long_bodies else BODY,
        }


def write_affiche(out, n, long_bodies=False):
    content = os.path.join(out, "content")
    shutil.rmtree(content, ignore_errors=True)
    for folder in ("venues", "organisers"):
        shutil.copytree(os.path.join(SAMPLE, folder), os.path.join(content, folder))
    shutil.copy(os.path.join(SAMPLE, "site.yaml"), content)
    os.makedirs(os.path.join(content, "events"))
    for e in events(n, long_bodies):
        with open(os.path.join(content, "events", e["slug"] + ".md"), "w", encoding="utf-8") as f:
            f.write("---\ntitle: \"%s\"\nstart: %s\nend: %s\nvenue: %s\n"
                    "categories: [%s]\norganisers: [%s]\nattendance: %d\n---\n%s"
                    % (e["title"], e["start"], e["end"], e["venue"], ", ".join(e["categories"]),
                       ", ".join(e["organisers"]), e["attendance"], e["body"]))


HUGO_CONFIG = """baseURL = "https://www.cres-picardie.org/mois-ess/"
languageCode = "fr"
title = "Mois de l'ESS en Picardie"
disableKinds = ["RSS"]
[taxonomies]
  department = "departments"
  category = "categories"
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
    "<title>{{ .Title }}</title></head><body><main>{{ block \"main\" . }}{{ end }}</main>"
    "</body></html>\n",
    "_default/single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>"
    "<p><time datetime=\"{{ .Params.start }}\">{{ .Params.start }}</time></p>"
    "<p>{{ .Params.venue }}</p>{{ .Content }}{{ end }}\n",
    "_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ol>"
    "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> "
    "{{ .Params.start }}</li>{{ end }}</ol>{{ end }}\n",
    "index.html": "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1><ol>"
    "{{ range where .Site.RegularPages \"Section\" \"events\" }}"
    "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Params.start }}</li>"
    "{{ end }}</ol>{{ end }}\n",
}


def write_hugo(out, n, long_bodies=False):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "content", "events"))
    with open(os.path.join(out, "hugo.toml"), "w") as f:
        f.write(HUGO_CONFIG)
    for path, text in HUGO_LAYOUTS.items():
        os.makedirs(os.path.dirname(os.path.join(out, "layouts", path)), exist_ok=True)
        with open(os.path.join(out, "layouts", path), "w") as f:
            f.write(text)
    for e in events(n, long_bodies):
        with open(os.path.join(out, "content", "events", e["slug"] + ".md"), "w",
                  encoding="utf-8") as f:
            f.write("---\ntitle: \"%s\"\ndate: %s\nstart: \"%s\"\nvenue: %s\n"
                    "departments: [%s]\ncategories: [%s]\n---\n%s"
                    % (e["title"], e["date"].isoformat(), e["start"], e["venue"],
                       e["department"], ", ".join(e["categories"]), e["body"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--hugo")
    parser.add_argument("--long-bodies", action="store_true",
                        help="bodies of 150 to 400 words with headings, lists and links")
    args = parser.parse_args()
    write_affiche(args.out, args.events, args.long_bodies)
    if args.hugo:
        write_hugo(args.hugo, args.events, args.long_bodies)


if __name__ == "__main__":
    main()
