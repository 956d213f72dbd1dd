#pragma once
// How the screen is drawn for the person in front of it: the text size, on top of the browser's
// zoom, and the contrast. Kept as preferences of this browser, like the language.
#include <string>

namespace prevplan::ui {

enum class Contrast { Auto, Standard, High };  // Auto: high when the browser asks for more contrast

struct Display {
    static constexpr int kTextPercents[] = {100, 125, 150, 175, 200};
    static constexpr const char* kTextPreference = "prevplan-text-size";
    static constexpr const char* kContrastPreference = "prevplan-contrast";

    int textPercent = 100;
    Contrast contrast = Contrast::Auto;

    float textScale() const { return static_cast<float>(textPercent) / 100.0f; }
    // `browserAsks`: prefers-contrast: more, or forced colours (Windows' contrast themes).
    bool highContrast(bool browserAsks) const {
        return contrast == Contrast::High || (contrast == Contrast::Auto && browserAsks);
    }

    // A stored preference, or the default when it is missing or not one of the choices.
    static int textPercentFrom(const std::string& stored) {
        for (int percent : kTextPercents)
            if (stored == std::to_string(percent)) return percent;
        return 100;
    }
    static Contrast contrastFrom(const std::string& stored) {
        if (stored == "high") return Contrast::High;
        if (stored == "standard") return Contrast::Standard;
        return Contrast::Auto;
    }
    static const char* contrastPreference(Contrast contrast) {
        switch (contrast) {
            case Contrast::High: return "high";
            case Contrast::Standard: return "standard";
            case Contrast::Auto: break;
        }
        return "auto";
    }
};

}  // namespace prevplan::ui
