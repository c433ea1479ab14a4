#include "site/print_jobs.h"

#include <gtest/gtest.h>

#include "render/render_test_util.h"

namespace affiche {
namespace {

const std::vector<PrintJob> kJobs = {
    {"events/a/poster/index.html", "events/a/poster.pdf", "a", "somme"},
    {"events/a/communique/index.html", "events/a/communique.pdf", "a", "somme"},
    {"events/b/poster/index.html", "events/b/poster.pdf", "b", "oise"},
    {"index.html", "programme.pdf", "", ""},
    {"departments/oise/programme/index.html", "departments/oise/programme.pdf", "",
     "oise"}};

std::vector<std::string> PdfsOf(const std::vector<PrintJob>& jobs) {
  std::vector<std::string> pdfs;
  for (const PrintJob& job : jobs) pdfs.push_back(job.pdf);
  return pdfs;
}

TEST(PrintJobs, SelectsEverythingWhenNothingIsNamed) {
  std::string unknown;
  EXPECT_EQ(SelectPrintJobs(kJobs, {}, {}, &unknown).size(), kJobs.size());
  EXPECT_EQ(unknown, "");
}

TEST(PrintJobs, SelectsTheNamedEventsAndTheDepartmentsWithTheirProgramme) {
  std::string unknown;
  EXPECT_EQ(PdfsOf(SelectPrintJobs(kJobs, {"a"}, {}, &unknown)),
            (std::vector<std::string>{"events/a/poster.pdf", "events/a/communique.pdf"}));
  EXPECT_EQ(PdfsOf(SelectPrintJobs(kJobs, {}, {"oise"}, &unknown)),
            (std::vector<std::string>{"events/b/poster.pdf",
                                      "departments/oise/programme.pdf"}));
  EXPECT_EQ(unknown, "");
}

TEST(PrintJobs, NamesTheFirstNameThatMatchesNothing) {
  std::string unknown;
  SelectPrintJobs(kJobs, {"a", "nope", "other"}, {"aisne"}, &unknown);
  EXPECT_EQ(unknown, "nope");
  SelectPrintJobs(kJobs, {"a"}, {"aisne"}, &unknown);
  EXPECT_EQ(unknown, "aisne");
}

// The event's sharing image is captured from its share page and shown on its
// event page; a department's programme is printed from its print form and
// linked from its listing page.
TEST(PrintJobs, CapturesTheSharePagesAndLinksEachFileFromItsPage) {
  Content content = testing::SampleContent();  // the Programme points into it
  Programme programme(content);
  Plan plan;
  for (const char* path :
       {"events/village-ess/poster/index.html", "events/village-ess/share/index.html",
        "index.html", "departments/somme/programme/index.html"})
    plan.Add(TextJob("test", path, {}, [] { return std::string(); }));
  std::vector<PrintJob> jobs = PrintJobs(programme, plan);
  ASSERT_EQ(PdfsOf(jobs),
            (std::vector<std::string>{"events/village-ess/poster.pdf",
                                      "events/village-ess/share.png", "programme.pdf",
                                      "departments/somme/programme.pdf"}));
  EXPECT_FALSE(jobs[0].capture);
  EXPECT_EQ(jobs[0].shown_on, "");
  EXPECT_TRUE(jobs[1].capture);
  EXPECT_EQ(jobs[1].page, "events/village-ess/share/index.html");
  EXPECT_EQ(jobs[1].shown_on, "events/village-ess/index.html");
  EXPECT_EQ(jobs[1].event, "village-ess");
  EXPECT_EQ(jobs[1].department, "somme");
  EXPECT_EQ(jobs[3].shown_on, "departments/somme/index.html");
  EXPECT_EQ(jobs[3].department, "somme");
  // Selected with their event, and with their department.
  std::string unknown;
  EXPECT_EQ(SelectPrintJobs(jobs, {"village-ess"}, {}, &unknown).size(), 2u);
  EXPECT_EQ(SelectPrintJobs(jobs, {}, {"somme"}, &unknown).size(), 3u);
}

}  // namespace
}  // namespace affiche
