#include "render/core/plan.h"

#include <utility>

namespace affiche {

void Plan::Add(Job job) {
  auto [it, added] = index_.emplace(job.path, jobs_.size());
  if (added)
    jobs_.push_back(std::move(job));
  else
    jobs_[it->second] = std::move(job);
}

void Plan::Add(Plan other) {
  for (Job& job : other.jobs_) Add(std::move(job));
}

long Plan::Find(const std::string& path) const {
  auto it = index_.find(path);
  return it == index_.end() ? -1 : static_cast<long>(it->second);
}

std::vector<std::string> SlugsOf(const std::vector<const Event*>& events) {
  std::vector<std::string> slugs;
  slugs.reserve(events.size());
  for (const Event* e : events) slugs.push_back(e->slug);
  return slugs;
}

Job TextJob(const char* producer, std::string path, JobInputs inputs,
            std::function<std::string()> text) {
  return {std::move(path), producer, std::move(inputs), nullptr, std::move(text)};
}

}  // namespace affiche
