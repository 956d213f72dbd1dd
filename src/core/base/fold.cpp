#include "core/base/fold.h"

#include <cctype>
#include <string_view>
#include <utility>

namespace prevplan {

namespace {

// Romanian letters with diacritics (both the comma-below and the cedilla forms of ș ț).
constexpr std::pair<std::string_view, char> kFold[] = {
    {"ă", 'a'}, {"â", 'a'}, {"î", 'i'}, {"ș", 's'}, {"ş", 's'}, {"ț", 't'}, {"ţ", 't'},
    {"Ă", 'a'}, {"Â", 'a'}, {"Î", 'i'}, {"Ș", 's'}, {"Ş", 's'}, {"Ț", 't'}, {"Ţ", 't'}};

// The folded letter at text[i] and its length in bytes; 0 when it is no Romanian letter.
std::pair<char, std::size_t> foldedLetter(const std::string& text, std::size_t i) {
    for (const auto& [utf8, ascii] : kFold)
        if (text.compare(i, utf8.size(), utf8) == 0) return {ascii, utf8.size()};
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && std::isalpha(c)) return {static_cast<char>(std::tolower(c)), 1};
    return {0, 1};
}

}  // namespace

std::string foldForSearch(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto [letter, length] = foldedLetter(text, i);
        out += letter ? letter : text[i];
        i += letter ? length : 1;
    }
    return out;
}

std::string fileSlug(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        auto [letter, length] = foldedLetter(text, i);
        if (!letter && std::isdigit(static_cast<unsigned char>(text[i]))) letter = text[i];
        if (letter) out += letter;
        else if (!out.empty() && out.back() != '-') out += '-';
        i += length;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "plan" : out;
}

}  // namespace prevplan
