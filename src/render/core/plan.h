// The page plan: every output of the site as a job, with the inputs it reads
// declared, so that a preview can work out which jobs an edit touches (the way
// ninja's edges declare theirs). The site's build lists the producers that
// fill the plan (site/build.cc); one driver renders any subset of it
// (render/views/page_driver.h).
//
// Declared inputs are coarse where that is simpler and still sound. Every job
// reads the site-wide facts (SiteFacts): when they change, every job does. An
// event's `events` entry means the job reads all of it (and its venue and
// organisers); `entries` means it shows the event's list entry only (title,
// times, place, summary, department, categories, status: see EntryKey).
#ifndef AFFICHE_RENDER_CORE_PLAN_H_
#define AFFICHE_RENDER_CORE_PLAN_H_

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/content.h"

namespace affiche {

class PageRenderer;  // render/views/page_driver.h

struct JobInputs {
  std::vector<std::string> events;      // slugs of the events read whole
  std::vector<std::string> entries;     // slugs of the events listed, in the order shown
  std::vector<std::string> venues;      // ids of the venues read (beyond the events')
  std::vector<std::string> organisers;  // ids of the organisers read (beyond the events')
  // Anything else it shows that is neither site-wide nor an event's, venue's
  // or organiser's data: counts, the paths a sitemap lists. Compared as text.
  std::string shape;

  bool operator==(const JobInputs& o) const {
    return events == o.events && entries == o.entries && venues == o.venues &&
           organisers == o.organisers && shape == o.shape;
  }
  bool operator!=(const JobInputs& o) const { return !(*this == o); }
};

struct Job {
  std::string path;      // where the output goes, site-relative
  const char* producer;  // what makes it: "event page", "calendar feed", …
  JobInputs inputs;
  // How it renders, from any thread: a page through the theme's layouts, with
  // that thread's renderer (LayoutJob), or another output by its producer's
  // code (TextJob). One of the two is set.
  std::function<std::string(PageRenderer&)> page;
  std::function<std::string()> text;
};

// The jobs in the order they were added; a later job for a path already in
// the plan replaces the earlier one (the content's static files win over the
// theme's).
class Plan {
 public:
  void Add(Job job);
  // Adds other's jobs, in their order.
  void Add(Plan other);
  const std::vector<Job>& jobs() const { return jobs_; }
  // The index of the job for path, or -1.
  long Find(const std::string& path) const;

 private:
  std::vector<Job> jobs_;
  std::unordered_map<std::string, size_t> index_;  // path -> jobs_ index
};

// The slugs of events, in their order (for JobInputs).
std::vector<std::string> SlugsOf(const std::vector<const Event*>& events);

// A job whose output needs no page renderer: text() makes it.
Job TextJob(const char* producer, std::string path, JobInputs inputs,
            std::function<std::string()> text);

}  // namespace affiche

#endif  // AFFICHE_RENDER_CORE_PLAN_H_
