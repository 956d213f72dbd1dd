#include "ui/kit/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace prevplan::ui {

bool inputText(const char* label, std::string& value, float width) {
    if (width > 0) ImGui::SetNextItemWidth(width);
    return ImGui::InputText(label, &value);
}

void labelLastItem(const char* label) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, label, 0);
}

std::string stableId(const char* label, const char* id) { return std::string(label) + "###" + id; }

bool tabItem(const char* label, const char* id) {
    const bool open = ImGui::BeginTabItem(stableId(label, id).c_str());
    labelLastItem(label);
    return open;
}

bool tabItem(const Context& ctx, const Text& title) { return tabItem(ctx.t(title), title.en); }

bool button(const char* label, bool enabled) {
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::Button(label);
    if (!enabled) ImGui::EndDisabled();
    return pressed && enabled;
}

bool deleteButton(const char* label, bool enabled, bool small) {
    ImGui::PushStyleColor(ImGuiCol_Text, kColorError);
    ImGui::PushStyleColor(ImGuiCol_Border, kColorError);
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(255, 242, 242, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(250, 212, 212, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(240, 186, 186, 255));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    if (small) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, 0));
    const bool pressed = button((std::string("× ") + label).c_str(), enabled);
    labelLastItem(label);
    ImGui::PopStyleVar(small ? 2 : 1);
    ImGui::PopStyleColor(5);
    return pressed;
}

void note(const char* text, unsigned int color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
    labelLastItem(text);
}

}  // namespace prevplan::ui
