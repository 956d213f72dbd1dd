#include "ui/kit/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>

#include "platform/a11y.h"
#include "ui/kit/keyboard.h"

namespace prevplan::ui {

void fieldLabel(const char* label, float labelWidth) {
    const float start = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label, ImGui::FindRenderedTextEnd(label));
    if (labelWidth > 0) ImGui::SameLine(start + labelWidth);
    else ImGui::SameLine();
}

bool inputText(const char* label, std::string& value, float width) {
    const bool visible = ImGui::FindRenderedTextEnd(label) != label;
    if (visible) fieldLabel(label);
    ImGui::SetNextItemWidth(width > 0 ? width : -FLT_MIN);
    if (!visible) {
        const bool changed = ImGui::InputText(label, &value);
        a11y::describeLastItem({a11y::Role::TextField, value});
        return changed;
    }
    const bool changed = ImGui::InputText((std::string("##") + label).c_str(), &value);
    labelLastItem(label);
    a11y::describeLastItem({a11y::Role::TextField, value});
    return changed;
}

// Dear ImGui's multiline field does not wrap its lines: one wider than the field shows whole
// in a wrapped tooltip while the pointer rests on the field and it is not being edited.
static void wholeTextOnHover(const std::string& value) {
    if (!ImGui::IsItemHovered() || ImGui::IsItemActive() || value.empty()) return;
    const float room = ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2;
    if (ImGui::CalcTextSize(value.c_str()).x <= room) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(em() * 32);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

bool multilineText(const char* id, std::string& value, ImVec2 size) {
    const bool changed = ImGui::InputTextMultiline(id, &value, size);
    oneTabStop();
    a11y::describeLastItem({a11y::Role::TextField, value});
    wholeTextOnHover(value);
    return changed;
}

void labelLastItem(const char* label) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, label, 0);
}

void describeCombo(const char* preview) { a11y::describeLastItem({a11y::Role::Combo, preview}); }

std::string stableId(const char* label, const char* id) { return std::string(label) + "###" + id; }

bool tabItem(const char* label, const char* id) {
    const bool open = ImGui::BeginTabItem(stableId(label, id).c_str());
    labelLastItem(label);
    return open;
}

bool tabItem(const Context& ctx, const Text& title) { return tabItem(ctx.t(title), title.en); }

bool button(const char* label, bool enabled, const char* icon) {
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed =
        icon ? ImGui::Button((std::string(icon) + "  " + label + "###" + label).c_str()) : ImGui::Button(label);
    if (icon) labelLastItem(label);
    if (!enabled) ImGui::EndDisabled();
    return pressed && enabled;
}

bool primaryButton(const char* label, bool enabled, const char* icon) {
    using namespace theme;
    ImGui::PushStyleColor(ImGuiCol_Text, packed(kOnPrimary));
    ImGui::PushStyleColor(ImGuiCol_Border, packed(kPrimaryPressed));
    ImGui::PushStyleColor(ImGuiCol_Button, packed(kPrimary));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, packed(kPrimaryHover));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, packed(kPrimaryPressed));
    const bool pressed = button(label, enabled, icon);
    ImGui::PopStyleColor(5);
    return pressed;
}

bool deleteButton(const char* label, bool enabled, bool small) {
    using namespace theme;
    ImGui::PushStyleColor(ImGuiCol_Text, packed(kDanger));
    ImGui::PushStyleColor(ImGuiCol_Border, packed(kDanger));
    ImGui::PushStyleColor(ImGuiCol_Button, packed(kDangerSurface));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, packed(kDangerHover));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, packed(kDangerHover));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, ImGui::GetStyle().FrameBorderSize));
    if (small) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, 0));
    const bool pressed = button(label, enabled, icon::kDelete);
    ImGui::PopStyleVar(small ? 2 : 1);
    ImGui::PopStyleColor(5);
    return pressed;
}

bool radio(const char* label, bool active) {
    const bool pressed = ImGui::RadioButton(label, active);
    a11y::describeLastItem({a11y::Role::Radio, {}, active});
    return pressed;
}

static void typed(theme::Type type, const char* text, bool muted = false, int headingLevel = 0) {
    theme::pushType(type);
    if (muted) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text);
    if (muted) ImGui::PopStyleColor();
    theme::popType();
    labelLastItem(text);
    if (headingLevel > 0) a11y::describeLastItem({a11y::Role::Heading, {}, false, headingLevel});
}

void title(const char* text) { typed(theme::Type::Title, text, false, 1); }

void section(const char* text) { typed(theme::Type::Section, text, false, 2); }

void helper(const char* text) { typed(theme::Type::Helper, text, true); }

void title(const char* text, int headingLevel) { typed(theme::Type::Title, text, false, headingLevel); }

void headingText(const char* text, int level) {
    ImGui::TextUnformatted(text);
    labelLastItem(text);
    a11y::describeLastItem({a11y::Role::Heading, {}, false, level});
}

void paragraph(const char* text) {
    ImGui::TextWrapped("%s", text);
    labelLastItem(text);
}

void textItem(const char* text, const char* label) {
    ImGui::TextUnformatted(text);
    labelLastItem(label ? label : text);
}

void mutedText(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    textItem(text);
    ImGui::PopStyleColor();
}

void coloredText(const char* text, unsigned int color, const char* label) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    textItem(text, label);
    ImGui::PopStyleColor();
}

void labelAbove(const char* label) { ImGui::TextUnformatted(label, ImGui::FindRenderedTextEnd(label)); }

void decoration(const char* text, unsigned int color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

void bullet(const char* text) {
    ImGui::Bullet();
    textItem(text);
}

void note(const char* text, unsigned int color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    paragraph(text);
    ImGui::PopStyleColor();
    if (color == kColorError) a11y::announce(text);
}

bool escapePressed() {
    // In a text field, Escape first leaves the field (Dear ImGui undoes the edit); the next one closes.
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && !ImGui::GetIO().WantTextInput &&
           ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
}

}  // namespace prevplan::ui
