#pragma once
// Text folded to plain lower-case ASCII letters, for searching, for matching names and for file
// names: users type names with or without diacritics (Romanian, with the comma-below or cedilla
// ș ț, and the Latin letters of Hungarian, German and other names), in any case, and
// spreadsheets bring tabs, doubled and no-break spaces.
#include <string>

namespace prevplan {

// Lower case without diacritics ("Ștefănescu" → "stefanescu", "KOVÁCS Ödön" → "kovacs odon"),
// every run of spaces (tabs, no-break and the other Unicode spaces) as one space, none at the
// ends; other characters are kept as they are.
std::string foldForSearch(const std::string& text);
// "Comuna Ștefănești" → "comuna-stefanesti": file names without diacritics or spaces.
std::string fileSlug(const std::string& text);

}  // namespace prevplan
