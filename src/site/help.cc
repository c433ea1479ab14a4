#include "site/help.h"

#include <map>

namespace affiche {

namespace {

// The options several commands share, one line each.
const char kSource[] =
    "  --source DIR      the site's folder, holding content/ (default: .)\n";
const char kOut[] =
    "  --out DIR         where to write the site (default: site-out in the source)\n";
const char kBaseUrl[] =
    "  --base-url URL    the site's address, instead of site.yaml's base_url\n";
const char kDrafts[] = "  --drafts          keep the events marked 'draft: true'\n";
const char kPrevious[] =
    "  --previous FILE   the published calendar.ics, to keep the feeds' SEQUENCE\n"
    "                    numbers (default: calendar.ics of the output folder)\n";

// One command's help: what it does, how to call it, its options, examples.
std::string Help(const std::string& what, const std::string& usage,
                 const std::string& options, const std::string& examples) {
  bool several = examples.find('\n') + 1 < examples.size();
  return what + "\nUsage:\n" + usage + (options.empty() ? "" : "\nOptions:\n" + options) +
         (several ? "\nExamples:\n" : "\nExample:\n") + examples;
}

const std::map<std::string, std::string>& Helps() {
  static const std::map<std::string, std::string> kHelps = {
      {"build",
       Help("Build the site: the HTML pages, the calendar feeds, the posters' pages "
            "and the\ntally, into a new output folder that replaces the old one "
            "only when the build\nhas no error.\n",
            "  affiche build [options]\n",
            std::string(kSource) + kOut + kBaseUrl + kDrafts + kPrevious,
            "  affiche build --out /var/www/programme --base-url "
            "https://example.org/programme/\n")},
      {"check",
       Help("Report every error and warning of the content, as a build would, and "
            "write\nnothing.\n",
            "  affiche check [options]\n", std::string(kSource) + kDrafts,
            "  affiche check --source ~/programme\n")},
      {"serve",
       Help(
           "Build the site in memory and serve it. Every save under content/ or themes/\n"
           "rebuilds it and reloads the browser; errors show in the page.\n",
           "  affiche serve [options]\n",
           std::string(kSource) +
               "  --host HOST       the address to listen on (default: 127.0.0.1)\n"
               "  --port PORT       the port to listen on, 0 for any free one (default: "
               "8080)\n" +
               kBaseUrl + kDrafts + kPrevious,
           "  affiche serve --port 8081\n")},
      {"tally",
       Help("Print the attendance tally: events held, people who came, by department,\n"
            "category and venue, and against the earlier editions.\n",
            "  affiche tally [options]\n",
            std::string(kSource) +
                "  --format FORMAT   table (default), csv or json: the files a build "
                "writes to\n                    tally/\n" +
                kDrafts,
            "  affiche tally --format csv > tally.csv\n")},
      {"new",
       Help(
           "Start a new site, or add an event to one; never overwrites a file.\n"
           "\n"
           "new site DIR writes a small site to build on into DIR, which must be empty "
           "or\n"
           "not exist: content/site.yaml, a venue, an organiser, an event and a page.\n"
           "new event SLUG writes content/events/SLUG.md; SLUG holds lowercase letters,\n"
           "digits and hyphens.\n",
           "  affiche new site DIR\n  affiche new event SLUG [options]\n",
           std::string(kSource) +
               "  --title TITLE     the event's title (default: Nouvel événement)\n"
               "  --start DATETIME  its start, like 2009-11-09T18:00 (default: 18:00 on "
               "the\n                    edition's first day, else today)\n",
           "  affiche new site programme && cd programme && affiche serve\n"
           "  affiche new event rencontre-amap --title \"Rencontre AMAP\" --start "
           "2009-11-12T18:30\n")},
      {"posters",
       Help(
           "Build the site, then print with one headless Chromium each event's poster "
           "and\npress release (events/<slug>/poster.pdf, communique.pdf), the "
           "programme\n"
           "(programme.pdf), the press kit (presse/dossier-de-presse.pdf) and each\n"
           "department's programme (departments/<id>/programme.pdf), and capture each\n"
           "event's sharing image (events/<slug>/share.png, 1200x630). A page unchanged\n"
           "since its last PDF or image is not printed again; with SLUG... or\n"
           "--department, only those events (and that department's programme) are.\n",
           "  affiche posters --pdf [SLUG...] [options]\n",
           std::string("  --pdf             print the PDFs (required)\n"
                       "  --department ID   print the events of department ID and its "
                       "programme\n"
                       "  --force           print again even the pages unchanged\n") +
               kSource + kOut + kBaseUrl + kDrafts,
           "  affiche posters --pdf --out print\n"
           "  affiche posters --pdf village-ess --department somme\n")},
      {"help", Help("Show the help of affiche, or of one of its commands.\n",
                    "  affiche help [COMMAND]\n", "", "  affiche help build\n")},
  };
  return kHelps;
}

}  // namespace

const std::string& GeneralHelp() {
  static const std::string kHelp =
      "affiche publishes the programme of a season of events: one Markdown file per\n"
      "event becomes a static website, calendar feeds, posters and an attendance tally.\n"
      "\n"
      "Usage:\n"
      "  affiche COMMAND [options]\n"
      "\n"
      "Commands:\n"
      "  build     build the site into site-out/\n"
      "  check     report every problem of the content, build nothing\n"
      "  serve     preview the site, rebuilt and reloaded on every save\n"
      "  tally     print the attendance tally\n"
      "  new       start a new site, or add an event to one\n"
      "  posters   print the posters, press releases and programmes to PDF\n"
      "  help      show the help of a command\n"
      "\n"
      "Options:\n"
      "  --help, -h        show this help (affiche COMMAND --help: that command's)\n"
      "  --version         print affiche's version\n"
      "\n"
      "Exit status: 0 success, 1 content errors, 2 usage errors.\n"
      "Use \"affiche help COMMAND\" for more about a command, \"man affiche\" for all.\n";
  return kHelp;
}

const std::string* CommandHelp(const std::string& command) {
  auto it = Helps().find(command);
  return it == Helps().end() ? nullptr : &it->second;
}

}  // namespace affiche
