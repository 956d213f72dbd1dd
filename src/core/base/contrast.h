#pragma once
// Text contrast as WCAG 2.1 defines it, so the theme's colours can be checked against AA:
// 4.5:1 for body text, 3:1 for large text and for the borders of controls.
#include <cstdint>

namespace prevplan {

struct Rgb {
    std::uint8_t r, g, b;
};

// The relative luminance of an sRGB colour, from 0 (black) to 1 (white).
double relativeLuminance(Rgb c);
// (lighter + 0.05) / (darker + 0.05): 1 for the same colour, 21 for black on white.
double contrastRatio(Rgb a, Rgb b);

inline constexpr double kContrastText = 4.5;       // WCAG AA, body text
inline constexpr double kContrastLargeText = 3.0;  // WCAG AA, large text and control borders

}  // namespace prevplan
