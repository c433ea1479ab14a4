#include "site/dirty_jobs.h"

#include "render/views/view_model.h"

namespace affiche {
namespace {

bool Meets(const std::vector<std::string>& ids, const std::set<std::string>& changed) {
  if (changed.empty()) return false;
  for (const std::string& id : ids)
    if (changed.count(id)) return true;
  return false;
}

// The events at a changed venue or with a changed organiser, in programme.
void AddEventsOfChanged(const Programme& programme, const SourceChanges& changes,
                        std::set<std::string>* events) {
  if (changes.venues.empty() && changes.organisers.empty()) return;
  for (const Event* e : programme.events()) {
    bool touched = changes.venues.count(e->venue) > 0;
    for (const std::string& o : e->organisers) touched |= changes.organisers.count(o) > 0;
    if (touched) events->insert(e->slug);
  }
}

}  // namespace

std::set<std::string> ChangedEvents(const Programme& old_programme,
                                    const Programme& new_programme,
                                    const SourceChanges& changes) {
  std::set<std::string> whole = changes.events;
  AddEventsOfChanged(old_programme, changes, &whole);
  AddEventsOfChanged(new_programme, changes, &whole);
  return whole;
}

std::vector<size_t> DirtyJobs(const Plan& before, const Programme& old_programme,
                              const Plan& after, const Programme& new_programme,
                              const SourceChanges& changes,
                              const std::set<std::string>& changed_events) {
  // Events read whole that changed, and those whose list entry did.
  std::set<std::string> entries;
  for (const std::string& slug : changed_events) {
    const Event* old_event = old_programme.FindEvent(slug);
    const Event* new_event = new_programme.FindEvent(slug);
    // A venue's name and city are in its events' entries.
    bool at_changed_venue = (old_event && changes.venues.count(old_event->venue)) ||
                            (new_event && changes.venues.count(new_event->venue));
    if (!old_event || !new_event || at_changed_venue ||
        EntryKey(*old_event) != EntryKey(*new_event))
      entries.insert(slug);
  }

  return TouchedJobs(
      after,
      [&before](const Job& job) {
        long was = before.Find(job.path);
        return was >= 0 && before.jobs()[was].inputs == job.inputs;
      },
      changed_events, entries, changes);
}

std::vector<size_t> TouchedJobs(const Plan& after,
                                const std::function<bool(const Job&)>& unchanged_inputs,
                                const std::set<std::string>& changed_events,
                                const std::set<std::string>& changed_entries,
                                const SourceChanges& changes) {
  std::vector<size_t> dirty;
  for (size_t i = 0; i < after.jobs().size(); ++i) {
    const Job& job = after.jobs()[i];
    if (!unchanged_inputs(job) || Meets(job.inputs.events, changed_events) ||
        Meets(job.inputs.entries, changed_entries) ||
        Meets(job.inputs.venues, changes.venues) ||
        Meets(job.inputs.organisers, changes.organisers))
      dirty.push_back(i);
  }
  return dirty;
}

}  // namespace affiche
