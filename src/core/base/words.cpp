#include "core/base/words.h"

#include <cmath>
#include <cstdio>

namespace prevplan {

namespace {

// |n| without overflow: llabs of the smallest long long is undefined, and figures come from files.
unsigned long long magnitude(long long n) {
    return n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
}

// A run of digits with its thousands grouped: "1234567" → "1.234.567" / "1,234,567".
std::string groupDigits(const std::string& digits, Lang lang) {
    const char separator = lang == Lang::Ro ? '.' : ',';
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return out;
}

// The noun's singular for one, its plural otherwise.
std::string wordFor(long long n, const Noun& noun, Lang lang) {
    const bool one = n == 1 || n == -1;
    return (one ? noun.one : noun.many).in(lang);
}

}  // namespace

bool needsDe(long long n) {
    const unsigned long long rest = magnitude(n) % 100;
    return n != 0 && !(rest >= 1 && rest <= 19);
}

std::string groupedNumber(long long n, Lang lang) {
    return (n < 0 ? "-" : "") + groupDigits(std::to_string(magnitude(n)), lang);
}

std::string nounAfter(long long n, const Noun& noun, Lang lang) {
    const std::string word = wordFor(n, noun, lang);
    return lang == Lang::Ro && needsDe(n) ? "de " + word : word;
}

std::string countOfAdjective(long long n, const Noun& adjective, Lang lang) {
    return groupedNumber(n, lang) + " " + wordFor(n, adjective, lang);
}

std::string countOf(long long n, const Noun& noun, Lang lang) {
    return groupedNumber(n, lang) + " " + nounAfter(n, noun, lang);
}

std::string listOf(const std::vector<std::string>& items, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? (lang == Lang::Ro ? " și " : " and ") : ", ";
        out += items[i];
    }
    return out;
}

std::string decimalNumber(double v, int decimals, Lang lang) {
    if (!std::isfinite(v)) return "–";
    char digits[400];  // the largest double has 309 digits before the point
    std::snprintf(digits, sizeof digits, "%.*f", decimals, std::fabs(v));
    const std::string text = digits;
    const std::size_t point = text.find('.');
    // A value that rounds to zero is written without its sign: "0,0", never "-0,0".
    std::string out = v < 0 && text.find_first_not_of("0.") != std::string::npos ? "-" : "";
    out += groupDigits(text.substr(0, point), lang);
    if (point != std::string::npos) out += (lang == Lang::Ro ? "," : ".") + text.substr(point + 1);
    return out;
}

std::string percentText(double v, Lang lang) { return decimalNumber(v, 1, lang) + (lang == Lang::Ro ? " %" : "%"); }

std::string formatRon(long long ron, Lang lang) {
    return lang == Lang::Ro ? groupedNumber(ron, lang) + " lei" : "RON " + groupedNumber(ron, lang);
}

}  // namespace prevplan
