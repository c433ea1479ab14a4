// Markdown bodies through cmark, the CommonMark reference implementation.
#ifndef AFFICHE_LOAD_MARKDOWN_H_
#define AFFICHE_LOAD_MARKDOWN_H_

#include <string>

namespace affiche {

// HTML for a Markdown text. Safe by default: raw HTML is omitted and
// javascript:, vbscript:, file: and data: links are emptied, unless `unsafe`.
std::string MarkdownToHtml(const std::string& markdown, bool unsafe);

// The text of a Markdown document without markup, for calendar descriptions:
// paragraphs separated by a blank line, list items by "- ", links as
// "text (url)" when the URL differs from the text.
std::string MarkdownToText(const std::string& markdown);

}  // namespace affiche

#endif  // AFFICHE_LOAD_MARKDOWN_H_
