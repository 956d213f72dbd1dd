#include "ui/kit/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace prevplan::ui::theme {

namespace {

// Preloaded by the web build (cmake/web.cmake subsets them to these glyphs).
constexpr const char* kRegularFont = "/assets/inter-regular.otf";
constexpr const char* kStrongFont = "/assets/inter-semibold.otf";
constexpr const char* kIconFont = "/assets/icons.ttf";

// Romanian needs Latin Extended-A and ș ț with comma below; typographic quotes and dashes, the
// arrows, ✓ ✗ ▲ ▼ ≥ and ⚠ are drawn too.
constexpr ImWchar kTextGlyphs[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x0218, 0x021B, 0x2010, 0x2027, 0x2030,
                                   0x203A, 0x2190, 0x2193, 0x2265, 0x2265, 0x2713, 0x2713, 0x2717, 0x2717,
                                   0x25B2, 0x25B2, 0x25BC, 0x25BC, 0x26A0, 0x26A0, 0};
// The semibold face carries only what titles draw in Romanian and English (cmake/web.cmake
// subsets it to these, half the bytes); a rarer letter in a title, such as a commune's name
// with ő, comes from the regular face merged behind it.
constexpr ImWchar kTitleGlyphs[] = {0x0020, 0x007E, 0x00A0, 0x00A0, 0x00AB, 0x00AB, 0x00BB, 0x00BB, 0x00C2, 0x00C2,
                                    0x00CE, 0x00CE, 0x00E2, 0x00E2, 0x00EE, 0x00EE, 0x0102, 0x0103, 0x0218, 0x021B,
                                    0x2010, 0x2027, 0x2030, 0x203A, 0x2190, 0x2193, 0x2265, 0x2265, 0x2713, 0x2713,
                                    0x2717, 0x2717, 0x25B2, 0x25B2, 0x25BC, 0x25BC, 0x26A0, 0x26A0, 0};
constexpr ImWchar kIconGlyphs[] = {0xF000, 0xF2FF, 0};

ImFont* g_fonts[static_cast<int>(Type::Count)] = {};

ImVec4 color(Rgb c, float alpha = 1) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }

ImFont* addFont(const TypeStyle& t, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    const float pixels = std::round(t.size * scale);
    // Past two device pixels per CSS pixel, oversampling adds nothing visible but atlas size.
    const int oversample = scale >= 2 ? 1 : 2;
    ImFontConfig text;
    text.OversampleH = oversample;
    ImFont* font = t.strong ? io.Fonts->AddFontFromFileTTF(kStrongFont, pixels, &text, kTitleGlyphs)
                            : io.Fonts->AddFontFromFileTTF(kRegularFont, pixels, &text, kTextGlyphs);
    if (!font) return nullptr;
    if (t.strong) {
        ImFontConfig rest = text;
        rest.MergeMode = true;  // only the glyphs the semibold face lacks
        io.Fonts->AddFontFromFileTTF(kRegularFont, pixels, &rest, kTextGlyphs);
    }
    ImFontConfig icons;
    icons.MergeMode = true;
    icons.OversampleH = oversample;
    icons.GlyphMinAdvanceX = pixels;  // icons in a column line up
    icons.GlyphOffset.y = std::round(pixels * 0.05f);
    io.Fonts->AddFontFromFileTTF(kIconFont, std::round(pixels * 0.9f), &icons, kIconGlyphs);
    return font;
}

}  // namespace

void loadFonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    for (const TypeStyle& t : kTypeScale) g_fonts[static_cast<int>(t.type)] = addFont(t, scale);
    // Body comes first in kTypeScale, so it is the default font; without the files (a native
    // build), ImGui's own font stands in for every step.
    if (!g_fonts[static_cast<int>(Type::Body)]) {
        io.Fonts->Clear();
        ImFont* fallback = io.Fonts->AddFontDefault();
        for (ImFont*& f : g_fonts) f = fallback;
    }
    io.Fonts->Build();
}

void pushType(Type type) { ImGui::PushFont(g_fonts[static_cast<int>(type)]); }

void popType() { ImGui::PopFont(); }

void applyStyle(float scale, const Palette& p, bool touch, float pixelsPerCss) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = color(p.ink);
    c[ImGuiCol_TextDisabled] = color(p.helperInk);
    c[ImGuiCol_WindowBg] = color(p.page);
    c[ImGuiCol_ChildBg] = color(p.page, 0);
    c[ImGuiCol_PopupBg] = color(p.surface);
    c[ImGuiCol_MenuBarBg] = color(p.surface);
    c[ImGuiCol_Border] = color(p.fieldBorder);  // fields and buttons show their edges
    c[ImGuiCol_BorderShadow] = color(p.page, 0);
    c[ImGuiCol_FrameBg] = color(p.surface);
    c[ImGuiCol_FrameBgHovered] = color(p.selected, 0.5f);
    c[ImGuiCol_FrameBgActive] = color(p.selected);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = color(p.secondary);
    c[ImGuiCol_ScrollbarBg] = color(p.page);
    c[ImGuiCol_ScrollbarGrab] = color(p.fieldBorder, 0.6f);
    c[ImGuiCol_ScrollbarGrabHovered] = color(p.fieldBorder, 0.8f);
    c[ImGuiCol_ScrollbarGrabActive] = color(p.fieldBorder);
    c[ImGuiCol_CheckMark] = color(p.primary);
    c[ImGuiCol_SliderGrab] = color(p.primary);
    c[ImGuiCol_SliderGrabActive] = color(p.primaryPressed);
    c[ImGuiCol_Button] = color(p.secondary);
    c[ImGuiCol_ButtonHovered] = color(p.secondaryHover);
    c[ImGuiCol_ButtonActive] = color(p.secondaryPressed);
    c[ImGuiCol_Header] = color(p.selected);
    c[ImGuiCol_HeaderHovered] = color(p.selected, 0.6f);
    c[ImGuiCol_HeaderActive] = color(p.secondaryPressed);
    c[ImGuiCol_Separator] = color(p.rule);
    c[ImGuiCol_SeparatorHovered] = color(p.primaryHover);
    c[ImGuiCol_SeparatorActive] = color(p.primary);
    c[ImGuiCol_ResizeGrip] = color(p.rule, 0.5f);
    c[ImGuiCol_ResizeGripHovered] = color(p.primaryHover, 0.6f);
    c[ImGuiCol_ResizeGripActive] = color(p.primary);
    c[ImGuiCol_Tab] = color(p.secondary);
    c[ImGuiCol_TabHovered] = color(p.secondaryHover);
    c[ImGuiCol_TabActive] = color(p.selected);
    c[ImGuiCol_TabUnfocused] = color(p.secondary);
    c[ImGuiCol_TabUnfocusedActive] = color(p.selected);
    c[ImGuiCol_TableHeaderBg] = color(p.secondary);
    c[ImGuiCol_TableBorderStrong] = color(p.fieldBorder, 0.7f);
    c[ImGuiCol_TableBorderLight] = color(p.rule);
    c[ImGuiCol_TableRowBg] = color(p.surface);
    c[ImGuiCol_TableRowBgAlt] = color(p.page, 0.7f);
    c[ImGuiCol_TextSelectedBg] = color(p.selected);
    c[ImGuiCol_NavHighlight] = color(p.focus);
    c[ImGuiCol_ModalWindowDimBg] = color(p.ink, 0.35f);

    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(9, 5);
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(8, 4);
    style.IndentSpacing = 22;
    style.ScrollbarSize = 15;
    style.FrameRounding = 4;
    style.PopupRounding = 6;
    style.WindowRounding = 6;
    style.ChildRounding = 6;
    style.GrabRounding = 4;
    style.TabRounding = 4;
    style.FrameBorderSize = 1;
    style.PopupBorderSize = 1;
    style.WindowBorderSize = 1;
    style.ChildBorderSize = 1;
    style.DisabledAlpha = 0.45f;  // disabled controls look it
    style.ScaleAllSizes(scale);
    if (touch) {
        // Buttons, fields, checkboxes and rows are as tall as a fingertip; the text keeps its size.
        const float bodyPixels = kTypeScale[0].size * scale;
        const float padding = std::ceil((kTouchTarget * pixelsPerCss - bodyPixels) / 2);
        style.FramePadding.y = std::max(style.FramePadding.y, padding);
        style.CellPadding.y = std::max(style.CellPadding.y, padding);
        style.ItemSpacing.y = std::max(style.ItemSpacing.y, std::round(10 * pixelsPerCss));
        style.ScrollbarSize = std::max(style.ScrollbarSize, std::round(22 * pixelsPerCss));
        style.TouchExtraPadding = ImVec2(std::round(4 * pixelsPerCss), std::round(4 * pixelsPerCss));
    }
    ImGui::GetStyle() = style;
}

}  // namespace prevplan::ui::theme
