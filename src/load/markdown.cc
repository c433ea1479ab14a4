#include "load/markdown.h"

#include <cmark.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>

#include "base/strings.h"

namespace affiche {

namespace {

using Document = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;

std::string Render(cmark_node* doc, int options) {
  char* html = cmark_render_html(doc, options);
  std::string out(html);
  std::free(html);
  return out;
}

// About a line of text: what a paragraph's margin and last line take up.
constexpr size_t kBlockBytes = 90;

// The bytes of text a node stands for: a hard line break, or each line of a
// code block, counts a line more.
size_t NodeBytes(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_SOFTBREAK:
      return 1;
    case CMARK_NODE_LINEBREAK:
      return kBlockBytes;
    default:
      const char* literal = cmark_node_get_literal(node);
      if (!literal) return 0;
      size_t size = std::strlen(literal);
      return size + kBlockBytes * std::count(literal, literal + size, '\n');
  }
}

// Drops what a cut text must not end with: spaces, no-break ones included,
// and the punctuation before a word.
void TrimCut(std::string* text) {
  const std::string_view drop[] = {" ",           ",", ";", ":", "\xC2\xA0" /* U+00A0 */,
                                   "\xE2\x80\xAF" /* U+202F */};
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view end : drop) {
      if (EndsWith(*text, end)) {
        text->resize(text->size() - end.size());
        trimmed = true;
      }
    }
  }
}

// The bytes of text of a block, plus kBlockBytes for each paragraph or
// heading it holds.
size_t BlockCost(cmark_node* block) {
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(block),
                                                               cmark_iter_free);
  size_t cost = 0;
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    bool block_of_text = type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING;
    cost += block_of_text ? kBlockBytes : NodeBytes(node);
  }
  return cost;
}

// Frees every node after `node` up to, and not including, `top`.
void FreeAfter(cmark_node* node, cmark_node* top) {
  for (; node != top; node = cmark_node_parent(node))
    while (cmark_node* next = cmark_node_next(node)) cmark_node_free(next);
}

// Cuts a paragraph after the last word that ends within `bytes` bytes of
// its text, and adds "…".
void CutParagraph(cmark_node* paragraph, size_t bytes) {
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(paragraph),
                                                               cmark_iter_free);
  size_t used = 0;
  cmark_node* keep = nullptr;  // the last node kept, whole or cut
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    size_t size = NodeBytes(node);
    if (event != CMARK_EVENT_ENTER || size == 0) continue;  // emphasis, links
    if (used + size <= bytes) {
      used += size;
      keep = node;
      continue;
    }
    if (cmark_node_get_type(node) == CMARK_NODE_TEXT) {
      std::string text(cmark_node_get_literal(node));
      size_t space = text.rfind(' ', bytes - used);
      if (space != std::string::npos && space > 0) {
        text.resize(space);
        TrimCut(&text);
        cmark_node_set_literal(node, text.c_str());
        keep = node;
      }
    }
    break;
  }
  iter.reset();
  if (!keep) return;  // not one word fits: the paragraph stays whole
  FreeAfter(keep, paragraph);
  cmark_node* more = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(more, "…");
  cmark_node_insert_after(keep, more);
}

// Keeps the first blocks of doc that cost at most `bytes` (BlockCost), and
// the start of the next one if it is a paragraph with room left for it, but
// never a heading last. False when the whole document fits.
bool CutToLength(cmark_node* doc, size_t bytes) {
  size_t used = 0;
  for (cmark_node* block = cmark_node_first_child(doc); block;
       block = cmark_node_next(block)) {
    size_t cost = BlockCost(block);
    if (used + cost <= bytes) {
      used += cost;
      continue;
    }
    FreeAfter(block, doc);
    if (cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH &&
        bytes - used > 2 * kBlockBytes)
      CutParagraph(block, bytes - used - kBlockBytes);
    else
      cmark_node_free(block);
    // Not a heading with nothing under it.
    cmark_node* last = cmark_node_last_child(doc);
    if (last && cmark_node_get_type(last) == CMARK_NODE_HEADING) cmark_node_free(last);
    return true;
  }
  return false;
}

}  // namespace

std::string MarkdownToHtml(const std::string& markdown, bool unsafe,
                           const TextFilter& filter, size_t lead_bytes,
                           std::string* lead) {
  int options = CMARK_OPT_DEFAULT | (unsafe ? CMARK_OPT_UNSAFE : 0);
  Document doc(cmark_parse_document(markdown.data(), markdown.size(), options),
               cmark_node_free);
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
  std::string html = Render(doc.get(), options);
  if (lead) *lead = CutToLength(doc.get(), lead_bytes) ? Render(doc.get(), options) : "";
  return html;
}

std::string MarkdownToText(const std::string& markdown) {
  Document doc(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT),
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
