// Compiles a theme's Mustache files: each layout once, with the partials it
// includes written into it, and every problem reported at file:line:col.
//
// Why partials are written in: kainjow parses a partial again each time a
// `{{> name}}` tag renders it (once per event of a 10,000-event programme);
// compiled into the layout, it is parsed once per build.
#ifndef AFFICHE_THEME_TEMPLATES_H_
#define AFFICHE_THEME_TEMPLATES_H_

#include <kainjow/mustache.hpp>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace affiche {

// What a theme may reach: partials included in partials, sections in
// sections (the renderer recurses, and its stack is finite), a layout with its
// partials written in, and one rendered page (the booklet of a programme of
// 100,000 events, programme/index.html, is about 75 MB).
constexpr size_t kMaxPartialDepth = 16;
constexpr int kMaxSectionDepth = 100;
constexpr size_t kMaxTemplateBytes = 1 << 20;
constexpr size_t kMaxPageBytes = 256 << 20;

struct TemplateFile {
  std::string name;  // "event" for event.mustache
  std::string path;  // as errors show it
  std::string text;
};

// Compiles every layout into *out, by name. Reports syntax errors (of layouts
// and partials alike), unknown partials and partials that include themselves,
// and returns false if there was any.
bool CompileLayouts(const std::vector<TemplateFile>& layouts,
                    const std::vector<TemplateFile>& partials,
                    std::map<std::string, kainjow::mustache::mustache>* out,
                    Diagnostics* diags);

// Thrown by RenderLayout: a page past kMaxPageBytes, rendered by `layout`.
struct TemplateTooBig : std::runtime_error {
  explicit TemplateTooBig(const std::string& layout)
      : std::runtime_error("layout '" + layout + "' renders a page of more than " +
                           std::to_string(kMaxPageBytes >> 20) + " MB"),
        layout(layout) {}
  std::string layout;
};

// layout (named `name`) rendered with context; throws TemplateTooBig past
// kMaxPageBytes.
std::string RenderLayout(const std::string& name, kainjow::mustache::mustache& layout,
                         kainjow::mustache::context<std::string>& context);

// The 1-based line and column (in bytes) of a byte offset in text.
SourcePos PositionOfOffset(const std::string& text, size_t offset);

}  // namespace affiche

#endif  // AFFICHE_THEME_TEMPLATES_H_
