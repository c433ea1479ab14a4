// No input makes affiche crash: the minimal site's files, mangled at random
// (bytes flipped, lines cut, swapped or repeated), go through the whole
// build in memory. Each run must end with either a site or errors that name
// a file. The seed is fixed, so a failure replays.
#include <gtest/gtest.h>

#include <random>

#include "base/output_set.h"
#include "render/render_test_util.h"
#include "site/build.h"
#include "test_util.h"

namespace affiche {
namespace {

const char* const kFiles[] = {
    "content/site.yaml",
    "content/events/conference.md",
    "content/events/festival.md",
    "content/events/village-crlf.md",
    "content/venues/la-repasserie.yaml",
    "content/organisers/cres-picardie.yaml",
    "content/pages/a-propos.md",
};

// One random edit of text: YAML and front matter break in the ways editors
// break them, plus raw bytes that are not UTF-8.
std::string Mangle(std::string text, std::mt19937* random) {
  static const char* const kInserts[] = {
      "---\n",
      "\n",
      ":",
      " ",
      "\t",
      "[",
      "]",
      "{",
      "}",
      "\"",
      "'",
      "- ",
      "&a ",
      "*a",
      "!!binary ",
      "\xC3",
      "\xFF",
      "\xEF\xBB\xBF",
      "\r",
      "2009-02-30",
      "99:99",
      "-5",
      "venue: nulle-part\n",
      "status: ???\n",
      "end: 1900-01-01\n",
      "uid: x\n",
      "|\n  a\n",
  };
  auto pick = [random](size_t n) { return n == 0 ? 0 : (*random)() % n; };
  switch (pick(4)) {
    case 0: {  // insert a troublesome piece
      const char* insert = kInserts[pick(std::size(kInserts))];
      return text.insert(pick(text.size() + 1), insert);
    }
    case 1:  // cut a random span
      if (!text.empty()) text.erase(pick(text.size()), 1 + pick(40));
      return text;
    case 2: {  // repeat a span
      size_t at = pick(text.size() + 1);
      return text.insert(at, text.substr(at, 1 + pick(60)));
    }
    default:  // overwrite one byte
      if (!text.empty()) text[pick(text.size())] = static_cast<char>(pick(256));
      return text;
  }
}

TEST(BuildFuzz, SurvivesMangledFilesAndNamesAFileForEveryError) {
  std::map<std::string, std::string> originals;
  for (const char* file : kFiles)
    originals[file] =
        testing::ReadFile(AFFICHE_FIXTURES_DIR "/sites/minimal/" + std::string(file));
  std::mt19937 random(20091109);
  int failed_builds = 0;
  const int kRuns = 300;
  for (int run = 0; run < kRuns; ++run) {
    MemoryFileSystem fs;
    testing::CopyDefaultTheme("themes/default", &fs);
    for (const auto& [path, text] : originals) {
      std::string mangled = text;
      for (int edits = random() % 4; edits > 0; --edits)
        mangled = Mangle(mangled, &random);
      fs.Add(path, random() % 3 == 0 ? mangled : text);
    }
    OutputSet out;
    Diagnostics diags;
    BuildOptions options;
    options.now_utc = "20091101T120000Z";
    bool ok = BuildSite(fs, options, &out, &diags);
    EXPECT_EQ(ok, !diags.has_errors()) << "run " << run;
    if (ok) {
      EXPECT_NE(out.Find("index.html"), nullptr) << "run " << run;
    }
    failed_builds += !ok;
    for (const Diagnostic& d : diags.Sorted()) {
      EXPECT_EQ(d.path.rfind("content/", 0), 0u) << "run " << run << ": " << d.Headline();
    }
    diags.Format();  // quoting lines of mangled files must not crash either
  }
  // The mangling is strong enough to break most builds, not all.
  EXPECT_GT(failed_builds, kRuns / 4);
  EXPECT_LT(failed_builds, kRuns);
}

}  // namespace
}  // namespace affiche
