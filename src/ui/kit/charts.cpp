#include "ui/kit/charts.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/words.h"

namespace prevplan::ui {

namespace {

constexpr unsigned int kObservedColor = 0xFFB4B4B4;   // ABGR grey
constexpr unsigned int kConfirmedColor = 0xFF2D6FD8;  // ABGR orange-red

void bar(ImDrawList* draw, ImVec2 at, float width, float height, double value, double scale, unsigned int color,
         Lang lang) {
    const float length = static_cast<float>(value / scale) * width;
    draw->AddRectFilled(at, ImVec2(at.x + std::max(length, 1.0f), at.y + height), color);
    const std::string text = percentText(value, lang);
    draw->AddText(ImVec2(at.x + length + 4, at.y + (height - ImGui::GetFontSize()) / 2), ImGui::GetColorU32(ImGuiCol_Text),
                  text.c_str());
}

}  // namespace

void barChart(const char* id, const std::vector<BarPair>& bars, float labelWidth, Lang lang) {
    double scale = 1;
    for (const auto& b : bars) scale = std::max({scale, b.observed, b.confirmed});
    const float line = ImGui::GetTextLineHeight();
    const float rowHeight = line * 1.9f;
    const float width = std::max(ImGui::GetContentRegionAvail().x - labelWidth - line * 4, line * 4);
    ImGui::PushID(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const auto& b : bars) {
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(labelWidth + width, rowHeight));
        if (!ImGui::IsItemVisible()) continue;
        draw->PushClipRect(origin, ImVec2(origin.x + labelWidth - 6, origin.y + rowHeight), true);
        draw->AddText(ImVec2(origin.x, origin.y + (rowHeight - line) / 2), ImGui::GetColorU32(ImGuiCol_Text), b.label.c_str());
        draw->PopClipRect();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", b.label.c_str());
        const float barHeight = rowHeight * 0.42f;
        const ImVec2 bars(origin.x + labelWidth, origin.y + rowHeight * 0.06f);
        bar(draw, bars, width, barHeight, b.observed, scale, kObservedColor, lang);
        bar(draw, ImVec2(bars.x, bars.y + barHeight + 1), width, barHeight, b.confirmed, scale, kConfirmedColor, lang);
    }
    ImGui::PopID();
}

}  // namespace prevplan::ui
