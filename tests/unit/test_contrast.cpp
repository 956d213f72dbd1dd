#include <doctest/doctest.h>

#include "core/base/contrast.h"
#include "ui/kit/theme.h"

using namespace prevplan;

TEST_CASE("contrast follows WCAG 2.1: black on white is 21:1, a colour on itself 1:1") {
    CHECK(contrastRatio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(contrastRatio({255, 255, 255}, {0, 0, 0}) == doctest::Approx(21.0));
    CHECK(contrastRatio({0x76, 0x76, 0x76}, {0x76, 0x76, 0x76}) == doctest::Approx(1.0));
    // The reference grey that just passes AA on white (#767676, 4.54:1) and one that fails (#777777).
    CHECK(contrastRatio({0x76, 0x76, 0x76}, {255, 255, 255}) == doctest::Approx(4.54).epsilon(0.005));
    CHECK(contrastRatio({0x77, 0x77, 0x77}, {255, 255, 255}) < kContrastText);
    CHECK(relativeLuminance({255, 255, 255}) == doctest::Approx(1.0));
    CHECK(relativeLuminance({0, 0, 0}) == doctest::Approx(0.0));
}

TEST_CASE("every text of the theme reaches WCAG AA on its background, every control outline 3:1") {
    for (const auto& pair : ui::theme::kTextPairs) {
        INFO(pair.what);
        CHECK(contrastRatio(pair.text, pair.background) >= kContrastText);
    }
    for (const auto& pair : ui::theme::kOutlinePairs) {
        INFO(pair.what);
        CHECK(contrastRatio(pair.text, pair.background) >= kContrastLargeText);
    }
}

TEST_CASE("the theme packs its colours the way Dear ImGui reads them (ABGR)") {
    CHECK(ui::theme::packed({0x12, 0x34, 0x56}) == 0xFF563412u);
    CHECK(ui::theme::packed({0x12, 0x34, 0x56}, 0x80) == 0x80563412u);
}

TEST_CASE("the high-contrast palette holds every text to 7:1 and every outline to 4.5:1") {
    const ui::theme::Palette& hc = ui::theme::kHighContrastPalette;
    for (const auto& pair : ui::theme::kPaletteTextPairs) {
        INFO(pair.what);
        CHECK(contrastRatio(hc.*pair.text, hc.*pair.background) >= ui::theme::kContrastHighText);
    }
    for (const auto& pair : ui::theme::kPaletteOutlinePairs) {
        INFO(pair.what);
        CHECK(contrastRatio(hc.*pair.text, hc.*pair.background) >= kContrastText);
    }
}

TEST_CASE("the standard palette is the theme's colours, held to AA like kTextPairs") {
    const ui::theme::Palette& standard = ui::theme::kStandardPalette;
    CHECK(standard.ink.r == ui::theme::kInk.r);
    CHECK(standard.ok.g == ui::theme::kOk.g);
    for (const auto& pair : ui::theme::kPaletteTextPairs) {
        INFO(pair.what);
        CHECK(contrastRatio(standard.*pair.text, standard.*pair.background) >= kContrastText);
    }
}
