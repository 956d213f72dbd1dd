#pragma once
// Romanian text folded to plain lower-case ASCII letters, for searching and for file names:
// users type names with or without diacritics, and with the comma-below or cedilla ș ț.
#include <string>

namespace prevplan {

// Lower case without Romanian diacritics ("Ștefănescu" → "stefanescu"), for searching; other
// characters are kept as they are.
std::string foldForSearch(const std::string& text);
// "Comuna Ștefănești" → "comuna-stefanesti": file names without diacritics or spaces.
std::string fileSlug(const std::string& text);

}  // namespace prevplan
