#pragma once
// Text into HTML: everything a user typed goes through here before it reaches a document, so a
// name like "<script>" prints as text and can never become markup.
#include <string>
#include <string_view>

namespace prevplan {

// Escapes & < > " ' (attribute-safe too); invalid UTF-8 bytes become U+FFFD.
std::string escapeHtml(std::string_view text);

// Escaped, with each '\n' as a line break: multi-line fields (decisions, action plan sections).
std::string escapeHtmlLines(std::string_view text);

// A document made inert before the app shows it: a Content-Security-Policy that lets nothing run
// or load (styles and data: images only) goes first. A page the app opens shares the app's
// origin, and so its stored data; a DGASPC package brings its plan document from outside.
std::string inertHtml(std::string_view html);

}  // namespace prevplan
