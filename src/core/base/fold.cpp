#include "core/base/fold.h"

#include <cctype>
#include <cstdint>
#include <utility>

namespace prevplan {

namespace {

// The ASCII letter of each code point from U+00C0 to U+017F ('*': no plain letter, kept as it is).
constexpr char kLatin1[] =
    "aaaaaa*ceeeeiiii"
    "dnooooo*ouuuuy**"
    "aaaaaa*ceeeeiiii"
    "dnooooo*ouuuuy*y";
constexpr char kLatinA[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkk*llllllllllnnnnnnnnnoooooo**"
    "rrrrrrsssssssstttttt"
    "uuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(sizeof kLatin1 - 1 == 0x100 - 0xC0 && sizeof kLatinA - 1 == 0x180 - 0x100);

struct CodePoint {
    std::uint32_t value;
    std::size_t length;  // bytes; 1 for a byte that starts no valid sequence
};

constexpr std::uint32_t kInvalid = 0x110000;  // past Unicode: no letter, no space

CodePoint decode(const std::string& text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 1) return {c, 1};
    if (length == 0 || i + length > text.size()) return {kInvalid, 1};
    std::uint32_t value = c & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return {kInvalid, 1};
        value = (value << 6) | (byte(i + k) & 0x3F);
    }
    return {value, length};
}

bool isSpace(std::uint32_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// The folded letter of a code point; 0 when it is no Latin letter.
char foldedLetter(std::uint32_t c) {
    char letter = 0;
    if (c < 0x80 && std::isalpha(static_cast<int>(c))) letter = static_cast<char>(std::tolower(static_cast<int>(c)));
    else if (c >= 0xC0 && c < 0x100) letter = kLatin1[c - 0xC0];
    else if (c >= 0x100 && c < 0x180) letter = kLatinA[c - 0x100];
    else if (c == 0x218 || c == 0x219) letter = 's';  // Ș ș with the comma below
    else if (c == 0x21A || c == 0x21B) letter = 't';  // Ț ț
    return letter == '*' ? 0 : letter;
}

}  // namespace

std::string foldForSearch(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;  // a run of spaces waits for the next character
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint c = decode(text, i);
        if (isSpace(c.value)) {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            space = false;
            const char letter = foldedLetter(c.value);
            if (letter) out += letter;
            else out.append(text, i, c.length);
        }
        i += c.length;
    }
    return out;
}

std::string fileSlug(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint c = decode(text, i);
        char letter = foldedLetter(c.value);
        if (!letter && c.value < 0x80 && std::isdigit(static_cast<int>(c.value))) letter = static_cast<char>(c.value);
        if (letter) out += letter;
        else if (!out.empty() && out.back() != '-') out += '-';
        i += c.length;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "plan" : out;
}

}  // namespace prevplan
