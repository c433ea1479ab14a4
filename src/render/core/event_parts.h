// The pieces of the outputs that read one event alone (with its venue, its
// organisers and the site-wide facts): its VEVENT, its Atom entry, its
// events.json object, its entry in the programme's lists. A build makes each
// once, from any thread; the preview keeps, from one build to the next, the
// pieces of the events an edit did not touch, so that calendar.ics or the
// booklet costs a copy of 10,000 pieces, not 10,000 new ones.
#ifndef AFFICHE_RENDER_CORE_EVENT_PARTS_H_
#define AFFICHE_RENDER_CORE_EVENT_PARTS_H_

#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/content.h"

namespace affiche {

template <typename Part>
class EventParts {
 public:
  explicit EventParts(const std::vector<const Event*>& events)
      : parts_(events.size()), made_(std::make_unique<std::once_flag[]>(events.size())) {
    index_.reserve(events.size());
    by_slug_.reserve(events.size());
    for (size_t i = 0; i < events.size(); ++i) {
      index_[events[i]] = i;
      by_slug_[events[i]->slug] = i;
    }
  }
  EventParts(const EventParts&) = delete;
  EventParts& operator=(const EventParts&) = delete;

  // The part of e (one of the events given), made by make() for the first
  // caller; from any thread.
  template <typename Make>
  const Part& Get(const Event& e, Make make) {
    size_t i = index_.at(&e);
    std::call_once(made_[i], [&] { parts_[i] = std::make_shared<const Part>(make()); });
    return *parts_[i];
  }

  // The part of e if it was made (or kept), else null. Not while another
  // thread may be making it.
  const Part* Find(const Event& e) const {
    auto it = index_.find(&e);
    return it == index_.end() ? nullptr : parts_[it->second].get();
  }

  // Takes the parts `before` made of the events not in `changed` (slugs),
  // when the site-wide facts are the same: before any Get.
  void KeepFrom(const EventParts& before, const std::set<std::string>& changed) {
    for (const auto& [slug, index] : by_slug_) {
      auto was = before.by_slug_.find(slug);
      if (was == before.by_slug_.end() || changed.count(slug)) continue;
      // C++17 lambdas cannot capture a structured binding: copy it.
      size_t i = index;
      if (const auto& part = before.parts_[was->second])
        std::call_once(made_[i], [&] { parts_[i] = part; });
    }
  }

 private:
  std::unordered_map<const Event*, size_t> index_;
  std::unordered_map<std::string, size_t> by_slug_;
  std::vector<std::shared_ptr<const Part>> parts_;  // by index; null until made
  std::unique_ptr<std::once_flag[]> made_;
};

}  // namespace affiche

#endif  // AFFICHE_RENDER_CORE_EVENT_PARTS_H_
