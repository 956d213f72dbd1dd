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

void note(const char* text, unsigned int color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
    labelLastItem(text);
}

}  // namespace prevplan::ui
