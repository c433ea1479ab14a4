#include "load/markdown.h"

#include <cmark.h>

#include <cstdlib>
#include <memory>

#include "base/strings.h"

namespace affiche {

std::string MarkdownToHtml(const std::string& markdown, bool unsafe,
                           const TextFilter& filter) {
  int options = CMARK_OPT_DEFAULT | (unsafe ? CMARK_OPT_UNSAFE : 0);
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(
      cmark_parse_document(markdown.data(), markdown.size(), options), cmark_node_free);
  if (filter) {
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(
        cmark_iter_new(doc.get()), cmark_iter_free);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      // Text nodes only: code spans and blocks, raw HTML and URLs stay.
      if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_TEXT)
        cmark_node_set_literal(node, filter(cmark_node_get_literal(node)).c_str());
    }
  }
  char* html = cmark_render_html(doc.get(), options);
  std::string out(html);
  std::free(html);
  return out;
}

std::string MarkdownToText(const std::string& markdown) {
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(
      cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT),
      cmark_node_free);
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(doc.get()),
                                                               cmark_iter_free);
  std::string out;
  auto new_block = [&out] {
    if (!out.empty() && out.back() != '\n') out += '\n';
  };
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    bool entering = event == CMARK_EVENT_ENTER;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        out += cmark_node_get_literal(node);
        break;
      case CMARK_NODE_CODE_BLOCK:
        new_block();
        out += cmark_node_get_literal(node);
        break;
      case CMARK_NODE_SOFTBREAK:
        out += ' ';
        break;
      case CMARK_NODE_LINEBREAK:
        out += '\n';
        break;
      case CMARK_NODE_ITEM:
        if (entering) {
          new_block();
          out += "- ";
        }
        break;
      case CMARK_NODE_LIST:
        if (!entering) {
          new_block();
          out += '\n';
        }
        break;
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
        if (!entering) {
          new_block();
          // A blank line between blocks, except between list items.
          cmark_node* parent = cmark_node_parent(node);
          if (!parent || cmark_node_get_type(parent) != CMARK_NODE_ITEM) out += '\n';
        }
        break;
      case CMARK_NODE_LINK:
        if (!entering) {
          std::string url = cmark_node_get_url(node);
          if (!url.empty() && out.size() >= url.size() && !EndsWith(out, url))
            out += " (" + url + ")";
        }
        break;
      default:
        break;
    }
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace affiche
