#include "render/views/page_driver.h"

#include <utility>

#include "base/parallel.h"
#include "theme/templates.h"

namespace affiche {

std::string PageRenderer::Render(const std::string& layout, const ViewModel::Data& page) {
  auto it = layouts_.find(layout);
  if (it == layouts_.end()) {
    const kainjow::mustache::mustache* compiled = vm_.theme().Layout(layout);
    if (!compiled) return "";
    it = layouts_.emplace(layout, *compiled).first;
  }
  kainjow::mustache::context<std::string> context(&vm_.shared());
  context.push(&page);  // the page's data hides the shared data
  return RenderLayout(layout, it->second, context);
}

Job LayoutJob(const char* producer, const char* layout, std::string path,
              JobInputs inputs, std::function<ViewModel::Data(const ViewModel&)> data) {
  return {std::move(path), producer, std::move(inputs),
          [layout, data = std::move(data)](PageRenderer& r) {
            return r.Render(layout, data(r.vm()));
          },
          nullptr};
}

void RenderJobs(const Plan& plan, const std::vector<size_t>& which, const ViewModel& vm,
                const std::function<void(size_t i, std::string output)>& done) {
  ParallelFor(which.size(), [&](size_t begin, size_t end) {
    PageRenderer renderer(vm);
    for (size_t i = begin; i < end; ++i) {
      const Job& job = plan.jobs()[which[i]];
      done(i, job.page ? job.page(renderer) : job.text());
    }
  });
}

std::vector<std::string> RenderJobs(const Plan& plan, const std::vector<size_t>& which,
                                    const ViewModel& vm) {
  std::vector<std::string> outputs(which.size());
  RenderJobs(plan, which, vm, [&outputs](size_t i, std::string output) {
    outputs[i] = std::move(output);
  });
  return outputs;
}

std::vector<size_t> AllJobs(const Plan& plan) {
  std::vector<size_t> all(plan.jobs().size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

void RenderAll(const Plan& plan, const ViewModel& vm, OutputSet* out) {
  std::vector<size_t> all = AllJobs(plan);
  std::vector<std::string> outputs = RenderJobs(plan, all, vm);
  for (size_t i = 0; i < all.size(); ++i)
    out->Add(plan.jobs()[all[i]].path, std::move(outputs[i]));
}

}  // namespace affiche
