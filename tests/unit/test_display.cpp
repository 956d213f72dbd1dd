#include <doctest/doctest.h>

#include "ui/kit/display.h"

using namespace prevplan::ui;

TEST_CASE("the text size is one of the offered steps, 100 % when the stored one is not") {
    CHECK(Display::textPercentFrom("150") == 150);
    CHECK(Display::textPercentFrom("200") == 200);
    CHECK(Display::textPercentFrom("") == 100);
    CHECK(Display::textPercentFrom("130") == 100);
    CHECK(Display::textPercentFrom("abc") == 100);
    Display display;
    display.textPercent = 175;
    CHECK(display.textScale() == doctest::Approx(1.75));
}

TEST_CASE("high contrast is chosen, refused, or follows what the browser asks") {
    for (Contrast c : {Contrast::Auto, Contrast::Standard, Contrast::High})
        CHECK(Display::contrastFrom(Display::contrastPreference(c)) == c);
    CHECK(Display::contrastFrom("") == Contrast::Auto);
    CHECK(Display::contrastFrom("neon") == Contrast::Auto);
    Display display;
    CHECK(display.highContrast(true));
    CHECK_FALSE(display.highContrast(false));
    display.contrast = Contrast::Standard;
    CHECK_FALSE(display.highContrast(true));
    display.contrast = Contrast::High;
    CHECK(display.highContrast(false));
}
