#pragma once
// Every catalog label and message exists in Romanian (with ș ț comma-below diacritics) and
// English. Messages are printf patterns picked at run time, so the compiler cannot check their
// arguments: Text checks instead that both languages have the same conversions in the same
// order. A pair that differs fails the build where it is a constant (every Text in the project
// is), and throws on construction otherwise.
#include <stdexcept>

namespace prevplan {

enum class Lang { Ro, En };

namespace text_detail {

// The next conversion at or after `s` ("%ld", "%.1f", "%s"), skipping "%%"; nullptr when none.
// A '%' before a space or punctuation is the percent sign of a label ("% din gospodării"): the
// project never uses printf's space flag.
constexpr bool startsConversion(char c) {
    return c == '-' || c == '+' || c == '#' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}
constexpr const char* nextConversion(const char* s) {
    for (; *s; ++s) {
        if (*s != '%') continue;
        if (s[1] == '%') { ++s; continue; }
        if (startsConversion(s[1])) return s;
    }
    return nullptr;
}

// A conversion's type: its length modifier and letter, without flags, width or precision.
constexpr bool isTypeChar(char c) {
    return c == 'h' || c == 'l' || c == 'z' || c == 'j' || c == 't' || c == 'L' || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}
constexpr const char* typeStart(const char* conv) {
    const char* p = conv + 1;
    while (*p && !isTypeChar(*p)) ++p;
    return p;
}
constexpr bool isLengthChar(char c) { return c == 'h' || c == 'l' || c == 'z' || c == 'j' || c == 't' || c == 'L'; }
constexpr int typeLength(const char* p) {
    int n = 0;
    while (p[n] && isLengthChar(p[n])) ++n;
    return p[n] ? n + 1 : n;
}

constexpr bool samePlaceholders(const char* a, const char* b) {
    for (;;) {
        a = nextConversion(a);
        b = nextConversion(b);
        if (!a || !b) return a == b;
        const char* ta = typeStart(a);
        const char* tb = typeStart(b);
        const int n = typeLength(ta);
        if (n != typeLength(tb)) return false;
        for (int i = 0; i < n; ++i)
            if (ta[i] != tb[i]) return false;
        a = ta + n;
        b = tb + n;
    }
}

}  // namespace text_detail

struct Text {
    const char* ro = "";
    const char* en = "";

    constexpr Text() = default;
    constexpr Text(const char* roText, const char* enText) : ro(roText), en(enText) {
        if (!text_detail::samePlaceholders(ro, en))
            throw std::logic_error("the Romanian and English texts have different printf conversions");
    }
    const char* in(Lang lang) const { return lang == Lang::Ro ? ro : en; }
};

}  // namespace prevplan
