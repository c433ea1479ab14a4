// The page driver: renders any subset of a plan's jobs on several threads,
// each thread with its own PageRenderer (kainjow's render() is not const, so
// each thread renders with its own copies of the layouts it uses).
#ifndef AFFICHE_RENDER_VIEWS_PAGE_DRIVER_H_
#define AFFICHE_RENDER_VIEWS_PAGE_DRIVER_H_

#include <functional>
#include <kainjow/mustache.hpp>
#include <map>
#include <string>
#include <vector>

#include "base/output_set.h"
#include "render/core/plan.h"
#include "render/views/view_model.h"

namespace affiche {

class PageRenderer {
 public:
  explicit PageRenderer(const ViewModel& vm) : vm_(vm) {}

  const ViewModel& vm() const { return vm_; }
  // The theme's layout `name` with page over the shared data; "" when the
  // theme has no such layout (LoadTheme reported a missing required one).
  std::string Render(const std::string& layout, const ViewModel::Data& page);

 private:
  const ViewModel& vm_;
  std::map<std::string, kainjow::mustache::mustache> layouts_;
};

// A job that renders the theme's `layout` with the page data data() makes.
Job LayoutJob(const char* producer, const char* layout, std::string path,
              JobInputs inputs, std::function<ViewModel::Data(const ViewModel&)> data);

// Renders plan.jobs()[which[i]] for every i, on several threads, and hands
// each output to done(i, output) on the thread that made it, as soon as it is
// made (so that a build need not hold them all).
void RenderJobs(const Plan& plan, const std::vector<size_t>& which, const ViewModel& vm,
                const std::function<void(size_t i, std::string output)>& done);

// Renders plan.jobs()[i] for every i of which; returns the outputs in the
// order of which.
std::vector<std::string> RenderJobs(const Plan& plan, const std::vector<size_t>& which,
                                    const ViewModel& vm);

// Every job of the plan, in the plan's order.
std::vector<size_t> AllJobs(const Plan& plan);

// Renders every job of the plan into out.
void RenderAll(const Plan& plan, const ViewModel& vm, OutputSet* out);

}  // namespace affiche

#endif  // AFFICHE_RENDER_VIEWS_PAGE_DRIVER_H_
