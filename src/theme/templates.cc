#include "theme/templates.h"

#include <cctype>
#include <new>
#include <set>

#include "base/allocation_limit.h"
#include "base/spelling.h"

namespace affiche {

SourcePos PositionOfOffset(const std::string& text, size_t offset) {
  SourcePos pos{1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

namespace {

using kainjow::mustache::mustache;

// Reports kainjow's error ("Unclosed section \"events\" at 120") at the file
// position of its byte offset, with a hint on how to fix it.
void ReportSyntaxError(const TemplateFile& file, const std::string& error,
                       Diagnostics* diags) {
  std::string message = error;
  SourcePos pos;
  size_t at = error.rfind(" at ");
  if (at != std::string::npos && at + 4 < error.size() &&
      std::isdigit(static_cast<unsigned char>(error[at + 4]))) {
    pos = PositionOfOffset(file.text, std::stoul(error.substr(at + 4)));
    message = error.substr(0, at);
  }
  if (!message.empty()) message[0] = std::tolower(static_cast<unsigned char>(message[0]));
  std::string hint;
  size_t quote = message.find('"');
  std::string name = quote == std::string::npos
                         ? ""
                         : message.substr(quote + 1, message.rfind('"') - quote - 1);
  if (message.rfind("unclosed section", 0) == 0) {
    hint = "close it with {{/" + name + "}}";
  } else if (message.rfind("unopened section", 0) == 0) {
    hint = "no {{#" + name + "}} or {{^" + name + "}} opens it";
  } else if (message.rfind("unclosed tag", 0) == 0) {
    hint = "a tag ends with }}";
  }
  diags->Error(file.path, pos, message, hint);
}

// The deepest {{#section}} / {{^section}} nesting of text (set-delimiter tags
// followed), and in *at the offset of the tag that first passed kMaxSectionDepth.
int SectionDepth(const std::string& text, size_t* at) {
  std::string open = "{{", close = "}}";
  int depth = 0, deepest = 0;
  for (size_t tag = text.find(open); tag != std::string::npos;
       tag = text.find(open, tag)) {
    size_t end = text.find(close, tag + open.size());
    if (end == std::string::npos) break;  // the syntax check reports it
    std::string inside = text.substr(tag + open.size(), end - tag - open.size());
    char kind = inside.empty() ? ' ' : inside[0];
    if (kind == '#' || kind == '^') {
      if (++depth > deepest) deepest = depth;
      if (depth == kMaxSectionDepth + 1) *at = tag;
    } else if (kind == '/') {
      --depth;
    } else if (kind == '=' && inside.size() > 1 && inside.back() == '=') {
      std::string pair = kainjow::mustache::trim(inside.substr(1, inside.size() - 2));
      size_t space = pair.find(' ');
      if (space != std::string::npos) {
        open = pair.substr(0, space);
        close = kainjow::mustache::trim(pair.substr(space + 1));
      }
    }
    tag = end + close.size();
    if (open.empty() || close.empty()) break;
  }
  return deepest;
}

// False, with an error at the tag, when sections nest too deep for the
// renderer's stack.
bool CheckSectionDepth(const TemplateFile& file, Diagnostics* diags) {
  size_t at = 0;
  if (SectionDepth(file.text, &at) <= kMaxSectionDepth) return true;
  diags->Error(file.path, PositionOfOffset(file.text, at),
               "sections nest more than " + std::to_string(kMaxSectionDepth) + " deep",
               "close a {{#section}} before opening the next one");
  return false;
}

// Writes partials into templates: every `{{> name}}` tag becomes the text of
// partials/name.mustache, itself with its partials written in. Each partial is
// expanded once; a problem is reported once, in the file that has it.
class PartialExpander {
 public:
  PartialExpander(const std::vector<TemplateFile>& partials, Diagnostics* diags)
      : diags_(diags) {
    for (const TemplateFile& p : partials) by_name_[p.name] = &p;
  }

  bool Expand(const TemplateFile& file, std::string* out) {
    const std::string& text = file.text;
    bool ok = true;
    out->clear();
    size_t done = 0;
    for (size_t open = text.find("{{>"); open != std::string::npos;
         open = text.find("{{>", done)) {
      size_t close = text.find("}}", open + 3);
      if (close == std::string::npos) break;  // the syntax check reports it
      std::string name = kainjow::mustache::trim(text.substr(open + 3, close - open - 3));
      out->append(text, done, open - done);
      done = close + 2;
      const std::string* partial = Partial(name, file, open);
      if (!partial) {
        ok = false;
        continue;
      }
      out->append(*partial);
      if (out->size() > kMaxTemplateBytes) {
        diags_->Error(file.path, PositionOfOffset(file.text, open),
                      "with its partials included, this template would hold more than " +
                          std::to_string(kMaxTemplateBytes >> 20) + " MB",
                      "include '" + name + "' fewer times");
        return false;
      }
    }
    out->append(text, done, std::string::npos);
    return ok;
  }

 private:
  // The expanded text of partial name, included by file at offset; nullptr
  // (after reporting why) when it cannot be had.
  const std::string* Partial(const std::string& name, const TemplateFile& file,
                             size_t offset) {
    auto file_it = by_name_.find(name);
    if (file_it == by_name_.end()) {
      std::vector<std::string> names;
      for (const auto& [known, unused] : by_name_) names.push_back(known);
      std::string hint = DidYouMean(name, names);
      if (hint.empty())
        hint = "partials are the .mustache files of the theme's partials/";
      diags_->Error(file.path, PositionOfOffset(file.text, offset),
                    "unknown partial '" + name + "'", hint);
      return nullptr;
    }
    if (in_progress_.count(name)) {
      diags_->Error(file.path, PositionOfOffset(file.text, offset),
                    "partial '" + name + "' includes itself");
      return nullptr;
    }
    if (failed_.count(name)) return nullptr;
    if (in_progress_.size() >= kMaxPartialDepth) {
      diags_->Error(
          file.path, PositionOfOffset(file.text, offset),
          "partials nest more than " + std::to_string(kMaxPartialDepth) + " deep",
          "include '" + name + "' from a template nearer the layout");
      failed_.insert(name);
      return nullptr;
    }
    auto done = expanded_.find(name);
    if (done != expanded_.end()) return &done->second;

    in_progress_.insert(name);
    std::string text;
    bool ok = Expand(*file_it->second, &text);
    in_progress_.erase(name);
    if (!ok) {
      failed_.insert(name);
      return nullptr;
    }
    return &(expanded_[name] = std::move(text));
  }

  Diagnostics* diags_;
  std::map<std::string, const TemplateFile*> by_name_;
  std::map<std::string, std::string> expanded_;
  std::set<std::string> in_progress_, failed_;
};

// The entity kainjow's html_escape writes for c, or null.
const char* EntityOf(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    default:
      return nullptr;
  }
}

// kainjow's html_escape, the same bytes, but copying the runs between the
// characters it escapes instead of appending one character at a time: the
// pages spent about a tenth of their rendering escaping the events' text.
std::string EscapeHtml(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  size_t copied = 0;  // text before it is in out
  for (size_t i = 0; i < text.size(); ++i) {
    const char* entity = EntityOf(text[i]);
    if (!entity) continue;
    out.append(text, copied, i - copied);
    out += entity;
    copied = i + 1;
  }
  out.append(text, copied, std::string::npos);
  return out;
}

}  // namespace

bool CompileLayouts(const std::vector<TemplateFile>& layouts,
                    const std::vector<TemplateFile>& partials,
                    std::map<std::string, mustache>* out, Diagnostics* diags) {
  // Each file alone first, so that a syntax error is placed in its own file.
  bool ok = true;
  for (const auto* files : {&layouts, &partials}) {
    for (const TemplateFile& file : *files) {
      diags->AddSource(file.path, file.text);
      if (!CheckSectionDepth(file, diags)) {
        ok = false;
        continue;
      }
      mustache alone(file.text);
      if (!alone.is_valid()) {
        ReportSyntaxError(file, alone.error_message(), diags);
        ok = false;
      }
    }
  }
  if (!ok) return false;

  PartialExpander expander(partials, diags);
  for (const TemplateFile& layout : layouts) {
    std::string text;
    if (!expander.Expand(layout, &text)) {
      ok = false;
      continue;
    }
    size_t at = 0;
    if (SectionDepth(text, &at) > kMaxSectionDepth) {
      diags->Error(layout.path, {},
                   "sections nest more than " + std::to_string(kMaxSectionDepth) +
                       " deep once partials are included",
                   "close a {{#section}} before including a partial that opens more");
      ok = false;
      continue;
    }
    mustache compiled(text);
    if (!compiled.is_valid()) {  // e.g. a partial that changes the delimiters
      diags->Error(
          layout.path, {},
          "template error once partials are included: " + compiled.error_message());
      ok = false;
      continue;
    }
    compiled.set_custom_escape(EscapeHtml);
    out->emplace(layout.name, std::move(compiled));
  }
  return ok;
}

namespace {

// Collects a rendering, and throws once it passes the limit.
struct BoundedText {
  const std::string& layout;
  std::string text;
  BoundedText& operator<<(const std::string& part) {
    if (text.size() + part.size() > kMaxPageBytes) throw TemplateTooBig(layout);
    text += part;
    return *this;
  }
};

}  // namespace

std::string RenderLayout(const std::string& name, kainjow::mustache::mustache& layout,
                         kainjow::mustache::context<std::string>& context) {
  BoundedText out{name, {}};
  // The renderer builds each line in a string of its own before out sees it.
  // That string grows by doubling: refusing allocations of twice the page's
  // bound stops a line once it is longer than a whole page may be.
  AllocationLimit limit(2 * kMaxPageBytes);
  try {
    layout.render(context, out);
  } catch (const std::bad_alloc&) {
    if (limit.refused()) throw TemplateTooBig(name);
    throw;
  }
  return std::move(out.text);
}

}  // namespace affiche
