#pragma once
// Every catalog label exists in Romanian (with ș ț comma-below diacritics) and English.

namespace prevplan {

enum class Lang { Ro, En };

struct Text {
    const char* ro = "";
    const char* en = "";
    const char* in(Lang lang) const { return lang == Lang::Ro ? ro : en; }
};

}  // namespace prevplan
