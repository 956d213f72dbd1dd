#include "core/base/words.h"

namespace prevplan {

namespace {

// |n| without overflow: llabs of the smallest long long is undefined, and figures come from files.
unsigned long long magnitude(long long n) {
    return n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
}

}  // namespace

bool needsDe(long long n) {
    const unsigned long long rest = magnitude(n) % 100;
    return n != 0 && !(rest >= 1 && rest <= 19);
}

std::string groupedNumber(long long n, Lang lang) {
    const std::string digits = std::to_string(magnitude(n));
    const char separator = lang == Lang::Ro ? '.' : ',';
    std::string out = n < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return out;
}

std::string nounAfter(long long n, const Noun& noun, Lang lang) {
    const bool one = n == 1 || n == -1;
    const std::string word = (one ? noun.one : noun.many).in(lang);
    return lang == Lang::Ro && needsDe(n) ? "de " + word : word;
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

}  // namespace prevplan
