// Which jobs of a new plan an edit touched: the set difference between two
// builds' plans, given the sources that changed between them (ninja's "an edge
// is dirty when an input changed"). Used by `affiche serve` to render only
// those; a property test checks the result equals a clean build.
#ifndef AFFICHE_SITE_DIRTY_JOBS_H_
#define AFFICHE_SITE_DIRTY_JOBS_H_

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "model/programme.h"
#include "render/core/plan.h"

namespace affiche {

// The content files that changed (were added, edited or removed) between two
// builds, by what they hold: event slugs, venue and organiser ids.
struct SourceChanges {
  std::set<std::string> events, venues, organisers;
};

// The events whose data changed: the edited ones, and those at a changed
// venue or with a changed organiser, before and after (slugs).
std::set<std::string> ChangedEvents(const Programme& old_programme,
                                    const Programme& new_programme,
                                    const SourceChanges& changes);

// The indices of the jobs of `after` to render again, when `before` is the
// plan of the build before and the site-wide facts are the same: a job is
// dirty when it is new, when its declared inputs differ from its previous
// ones (events listed, counts), or when one of its inputs changed. A venue's
// or organiser's change counts as a change of their events, before and after:
// changed_events is ChangedEvents() of the same builds and changes.
std::vector<size_t> DirtyJobs(const Plan& before, const Programme& old_programme,
                              const Plan& after, const Programme& new_programme,
                              const SourceChanges& changes,
                              const std::set<std::string>& changed_events);

// The indices of the jobs of `after` that unchanged_inputs() says are new or
// declare other inputs than they did, or that read a changed event whole, list
// an event whose list entry changed, or read a changed venue or organiser.
std::vector<size_t> TouchedJobs(const Plan& after,
                                const std::function<bool(const Job&)>& unchanged_inputs,
                                const std::set<std::string>& changed_events,
                                const std::set<std::string>& changed_entries,
                                const SourceChanges& changes);

}  // namespace affiche

#endif  // AFFICHE_SITE_DIRTY_JOBS_H_
