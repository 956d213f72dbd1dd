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

std::string fileSlug(const std::string& text) {
    // Romanian letters with diacritics (UTF-8) and their plain forms.
    static const std::pair<const char*, char> kFold[] = {
        {"ă", 'a'}, {"â", 'a'}, {"î", 'i'}, {"ș", 's'}, {"ş", 's'}, {"ț", 't'}, {"ţ", 't'},
        {"Ă", 'a'}, {"Â", 'a'}, {"Î", 'i'}, {"Ș", 's'}, {"Ş", 's'}, {"Ț", 't'}, {"Ţ", 't'}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        char plain = 0;
        std::size_t len = 1;
        for (const auto& [utf8, ascii] : kFold) {
            const std::size_t n = std::char_traits<char>::length(utf8);
            if (text.compare(i, n, utf8) == 0) {
                plain = ascii;
                len = n;
                break;
            }
        }
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (!plain && c < 0x80 && std::isalnum(c)) plain = static_cast<char>(std::tolower(c));
        if (plain) out += plain;
        else if (!out.empty() && out.back() != '-') out += '-';
        i += len;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "plan" : out;
}

}  // namespace prevplan::ui
