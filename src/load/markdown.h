// Markdown bodies through cmark, the CommonMark reference implementation.
#ifndef AFFICHE_LOAD_MARKDOWN_H_
#define AFFICHE_LOAD_MARKDOWN_H_

#include <functional>
#include <string>

namespace affiche {

// Rewrites a run of visible text (typography); never sees markup, link
// addresses or code.
using TextFilter = std::function<std::string(const std::string&)>;

// HTML for a Markdown text. Safe by default: raw HTML is omitted and
// javascript:, vbscript:, file: and data: links are emptied, unless `unsafe`.
// With a filter, every text node of the document goes through it first.
// With `lead`, also sets *lead to the HTML of the text's beginning: its first
// blocks that hold about `lead_bytes` bytes of text (each paragraph or heading
// counts a line more), then the start of the next if it is a paragraph, cut
// after a word with "…"; *lead is "" when the whole text fits.
std::string MarkdownToHtml(const std::string& markdown, bool unsafe,
                           const TextFilter& filter = {}, size_t lead_bytes = 0,
                           std::string* lead = nullptr);

// The text of a Markdown document without markup, for calendar descriptions:
// paragraphs separated by a blank line, list items by "- ", links as
// "text (url)" when the URL differs from the text.
std::string MarkdownToText(const std::string& markdown);

}  // namespace affiche

#endif  // AFFICHE_LOAD_MARKDOWN_H_
