#pragma once
// PrevPlan's look as data: the palette, the type scale and the spacing, applied to Dear ImGui's
// style in one place (theme.cpp) instead of colours pushed screen by screen. The palette is a
// public-service blue on a light page; every pair of text and background it uses is listed in
// kTextPairs, and a doctest holds them to WCAG AA.
#include "core/base/contrast.h"

namespace prevplan::ui::theme {

// The palette.
inline constexpr Rgb kPage{0xF4, 0xF6, 0xF9};       // the page behind everything
inline constexpr Rgb kSurface{0xFF, 0xFF, 0xFF};    // fields, tables, popups, cards
inline constexpr Rgb kInk{0x1B, 0x26, 0x33};        // body text
inline constexpr Rgb kHelperInk{0x4F, 0x5B, 0x69};  // helper text, hints, disabled labels
inline constexpr Rgb kPrimary{0x1A, 0x4D, 0x8F};    // primary buttons, check marks, the brand
inline constexpr Rgb kPrimaryHover{0x23, 0x5F, 0xAD};
inline constexpr Rgb kPrimaryPressed{0x13, 0x3A, 0x6C};
inline constexpr Rgb kOnPrimary{0xFF, 0xFF, 0xFF};  // text on a primary button
inline constexpr Rgb kSecondary{0xE3, 0xE8, 0xEF};  // secondary buttons, tabs, table headers
inline constexpr Rgb kSecondaryHover{0xD3, 0xDC, 0xE8};
inline constexpr Rgb kSecondaryPressed{0xC2, 0xCE, 0xDE};
inline constexpr Rgb kSelected{0xCF, 0xDF, 0xF3};     // the chosen row, step or tab
inline constexpr Rgb kFieldBorder{0x76, 0x82, 0x90};  // a field's outline: 3:1 against the page
inline constexpr Rgb kRule{0xCB, 0xD2, 0xDB};         // separators and table lines
inline constexpr Rgb kFocus{0xC2, 0x41, 0x0C};        // the keyboard focus ring
inline constexpr Rgb kDanger{0xA8, 0x1F, 0x16};       // destructive actions and errors
inline constexpr Rgb kDangerSurface{0xFD, 0xEE, 0xEC};
inline constexpr Rgb kDangerHover{0xF9, 0xD7, 0xD3};
inline constexpr Rgb kWarning{0x8A, 0x4B, 0x00};  // warnings ("due soon", demo data)
inline constexpr Rgb kOk{0x1E, 0x6B, 0x34};       // done, saved

// Text and the backgrounds it is drawn on; each pair must reach kContrastText.
struct TextPair {
    const char* what;
    Rgb text, background;
};
inline constexpr TextPair kTextPairs[] = {
    {"body text on the page", kInk, kPage},
    {"body text in a field or table", kInk, kSurface},
    {"body text on a secondary button", kInk, kSecondaryPressed},
    {"body text on the selected row", kInk, kSelected},
    {"helper text on the page", kHelperInk, kPage},
    {"helper text on a secondary button", kHelperInk, kSecondary},
    {"a primary button's label", kOnPrimary, kPrimary},
    {"a primary button's label, hovered", kOnPrimary, kPrimaryHover},
    {"a link-like primary text on the page", kPrimary, kPage},
    {"a delete button's label", kDanger, kDangerHover},
    {"an error on the page", kDanger, kPage},
    {"a warning on the page", kWarning, kPage},
    {"a success on the page", kOk, kPage},
};
// Outlines a person must see to find a control (WCAG 1.4.11: 3:1).
inline constexpr TextPair kOutlinePairs[] = {
    {"a field's border on the page", kFieldBorder, kPage},
    {"a field's border in a white popup", kFieldBorder, kSurface},
    {"the focus ring on the page", kFocus, kPage},
    {"the focus ring on a secondary button", kFocus, kSecondary},
};

// Every colour the style is built from, so a second palette can stand in for the first.
struct Palette {
    Rgb page, surface, ink, helperInk, primary, primaryHover, primaryPressed, onPrimary, secondary, secondaryHover,
        secondaryPressed, selected, fieldBorder, rule, focus, danger, dangerSurface, dangerHover, warning, ok;
};
inline constexpr Palette kStandardPalette{
    kPage,           kSurface,   kInk,       kHelperInk,      kPrimary,          kPrimaryHover,
    kPrimaryPressed, kOnPrimary, kSecondary, kSecondaryHover, kSecondaryPressed, kSelected,
    kFieldBorder,    kRule,      kFocus,     kDanger,         kDangerSurface,    kDangerHover,
    kWarning,        kOk};
// High contrast (a setting, and the default when the browser asks for more contrast): black on
// white, black outlines, a yellow selection, every text at least 7:1 (WCAG AAA).
inline constexpr Palette kHighContrastPalette{
    {0xFF, 0xFF, 0xFF},  // page
    {0xFF, 0xFF, 0xFF},  // surface
    {0x00, 0x00, 0x00},  // ink
    {0x26, 0x26, 0x26},  // helperInk
    {0x00, 0x2A, 0x66},  // primary
    {0x00, 0x38, 0x85},  // primaryHover
    {0x00, 0x1C, 0x45},  // primaryPressed
    {0xFF, 0xFF, 0xFF},  // onPrimary
    {0xE6, 0xE6, 0xE6},  // secondary
    {0xD0, 0xD0, 0xD0},  // secondaryHover
    {0xBD, 0xBD, 0xBD},  // secondaryPressed
    {0xFF, 0xE3, 0x4D},  // selected
    {0x00, 0x00, 0x00},  // fieldBorder
    {0x59, 0x59, 0x59},  // rule
    {0xB3, 0x36, 0x00},  // focus
    {0x8A, 0x00, 0x00},  // danger
    {0xFF, 0xEB, 0xEB},  // dangerSurface
    {0xFF, 0xD6, 0xD6},  // dangerHover
    {0x5C, 0x33, 0x00},  // warning
    {0x0B, 0x4F, 0x1F}   // ok
};
inline constexpr double kContrastHighText = 7.0;  // WCAG AAA, what the high-contrast palette holds to

// The text pairs of kTextPairs, in a palette's colours.
struct PalettePair {
    const char* what;
    Rgb Palette::*text;
    Rgb Palette::*background;
};
inline constexpr PalettePair kPaletteTextPairs[] = {
    {"body text on the page", &Palette::ink, &Palette::page},
    {"body text in a field or table", &Palette::ink, &Palette::surface},
    {"body text on a secondary button", &Palette::ink, &Palette::secondaryPressed},
    {"body text on the selected row", &Palette::ink, &Palette::selected},
    {"helper text on the page", &Palette::helperInk, &Palette::page},
    {"helper text on a secondary button", &Palette::helperInk, &Palette::secondary},
    {"a primary button's label", &Palette::onPrimary, &Palette::primary},
    {"a primary button's label, hovered", &Palette::onPrimary, &Palette::primaryHover},
    {"a link-like primary text on the page", &Palette::primary, &Palette::page},
    {"a delete button's label", &Palette::danger, &Palette::dangerHover},
    {"an error on the page", &Palette::danger, &Palette::page},
    {"a warning on the page", &Palette::warning, &Palette::page},
    {"a success on the page", &Palette::ok, &Palette::page},
};
inline constexpr PalettePair kPaletteOutlinePairs[] = {
    {"a field's border on the page", &Palette::fieldBorder, &Palette::page},
    {"a field's border in a white popup", &Palette::fieldBorder, &Palette::surface},
    {"the focus ring on the page", &Palette::focus, &Palette::page},
    {"the focus ring on a secondary button", &Palette::focus, &Palette::secondary},
};

// A finger needs targets at least this tall (CSS pixels; WCAG 2.5.5, Apple's and Android's guides).
inline constexpr float kTouchTarget = 44;

// ABGR, as Dear ImGui packs a colour (IM_COL32).
constexpr unsigned int packed(Rgb c, unsigned alpha = 255) {
    return (alpha << 24) | (static_cast<unsigned>(c.b) << 16) | (static_cast<unsigned>(c.g) << 8) | c.r;
}

// The type scale, in CSS pixels at 100 % zoom: each is a font of its own in the atlas.
enum class Type { Body, Helper, Section, Title, Count };
struct TypeStyle {
    Type type;
    float size;
    bool strong;  // the semibold face
};
inline constexpr TypeStyle kTypeScale[] = {
    {Type::Body, 16, false},
    {Type::Helper, 14, false},
    {Type::Section, 19, true},
    {Type::Title, 26, true},
};

// Icons (Fork Awesome code points, UTF-8), merged into every font of the type scale; the
// subset in cmake/web.cmake lists the same code points.
namespace icon {
inline constexpr const char* kDemo = "\xEF\x85\x84";         // U+F144 play-circle
inline constexpr const char* kNewPlan = "\xEF\x81\xA7";      // U+F067 plus
inline constexpr const char* kOpenFile = "\xEF\x81\xBC";     // U+F07C folder-open
inline constexpr const char* kHelp = "\xEF\x81\x99";         // U+F059 question-circle
inline constexpr const char* kPrivate = "\xEF\x80\xA3";      // U+F023 lock
inline constexpr const char* kInfo = "\xEF\x81\x9A";         // U+F05A info-circle
inline constexpr const char* kDelete = "\xEF\x87\xB8";       // U+F1F8 trash
inline constexpr const char* kExport = "\xEF\x80\x99";       // U+F019 download
inline constexpr const char* kImport = "\xEF\x82\x93";       // U+F093 upload
inline constexpr const char* kCounty = "\xEF\x84\xB2";       // U+F132 shield
inline constexpr const char* kDone = "\xEF\x80\x8C";         // U+F00C check
inline constexpr const char* kCommune = "\xEF\x80\x95";      // U+F015 home
inline constexpr const char* kObservatory = "\xEF\x83\x80";  // U+F0C0 users
inline constexpr const char* kRisk = "\xEF\x81\xB1";         // U+F071 exclamation-triangle
inline constexpr const char* kRegistry = "\xEF\x8A\xB9";     // U+F2B9 address-book
inline constexpr const char* kWorkQueue = "\xEF\x82\xAE";    // U+F0AE tasks
inline constexpr const char* kReport = "\xEF\x82\x80";       // U+F080 bar-chart
inline constexpr const char* kResources = "\xEF\x86\xAD";    // U+F1AD building
inline constexpr const char* kRequired = "\xEF\x84\xAE";     // U+F12E puzzle-piece
inline constexpr const char* kPriorities = "\xEF\x83\x8B";   // U+F0CB list-ol
inline constexpr const char* kThePlan = "\xEF\x85\x9C";      // U+F15C file-text
inline constexpr const char* kMonitoring = "\xEF\x88\x81";   // U+F201 line-chart
inline constexpr const char* kShare = "\xEF\x87\xA0";        // U+F1E0 share-alt
inline constexpr const char* kPlace = "\xEF\x81\x81";        // U+F041 map-marker
}  // namespace icon

// Builds the fonts of the type scale at `scale` device pixels per CSS pixel (sharp on high-DPI
// screens) from the font files the web build preloads; falls back to Dear ImGui's own font.
void loadFonts(float scale);
// Applies a palette and the spacing, scaled like the fonts; `pixelsPerCss` is the device's pixel
// ratio alone (a touch target's size is in CSS pixels), `touch` makes every control a finger's size.
void applyStyle(float scale, const Palette& palette = kStandardPalette, bool touch = false, float pixelsPerCss = 1);
// Draws what follows in a step of the type scale, until popType (after loadFonts).
void pushType(Type type);
void popType();

}  // namespace prevplan::ui::theme
