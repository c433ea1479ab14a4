#include "site/print_jobs.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace affiche
