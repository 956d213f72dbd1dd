#include "ui/shell/start_page.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/format.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/strings.h"
#include "ui/shell/steps.h"
#include "ui/shell/strings.h"

#ifndef PREVPLAN_VERSION
#define PREVPLAN_VERSION "?"
#endif

namespace prevplan::ui {

namespace {

// The product's name in the title face, its version beside it.
void masthead(const Context& ctx) {
    title(ctx.t(str::kProductName));
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em() * 0.55f);
    helper(format(ctx.t(str::kVersion), PREVPLAN_VERSION).c_str());
    section(ctx.t(str::kTagline));
}

// A line of text after an icon in the helper colour.
void iconLine(const char* icon, const char* text, unsigned int color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    textItem(icon);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    paragraph(text);
}

void tooltip(const char* text) {
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
}

}  // namespace

StartChoice drawStartPage(const Context& ctx) {
    StartChoice choice = StartChoice::None;
    ImGui::Spacing();
    // A readable measure: long lines are hard to follow on a wide screen.
    const float measure = std::min(ImGui::GetContentRegionAvail().x, em() * 52);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
    masthead(ctx);
    ImGui::Spacing();
    paragraph(ctx.t(str::kWhatItIs));
    paragraph(ctx.t(str::kForWhom));
    ImGui::Spacing();
    iconLine(theme::icon::kPrivate, ctx.t(str::kDataStaysHere), theme::packed(theme::kOk));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::Spacing();
    if (primaryButton(ctx.t(str::kTryDemo), !ctx.readOnly, theme::icon::kDemo)) choice = StartChoice::Demo;
    tooltip(ctx.t(str::kDemoHint));
    ImGui::SameLine();
    if (button(ctx.t(str::kStartPlan), !ctx.readOnly, theme::icon::kNewPlan)) choice = StartChoice::NewPlan;
    tooltip(ctx.t(str::kStartPlanHint));
    ImGui::SameLine();
    if (button(ctx.t(str::kOpenFile), !ctx.readOnly, theme::icon::kOpenFile)) choice = StartChoice::OpenFile;
    tooltip(ctx.t(str::kOpenFileHint));
    // The county's view is for the DGASPC, not a commune's first step: beside the hint, smaller.
    ImGui::AlignTextToFramePadding();
    helper(ctx.t(str::kDropHint));
    ImGui::SameLine();
    if (ImGui::SmallButton(ctx.t(str::kCountyView))) choice = StartChoice::CountyView;
    return choice;
}

void drawMethodSteps(const Context& ctx, int columns) {
    section(ctx.t(str::kMethodSteps));
    if (columns <= 0) columns = std::clamp(static_cast<int>(ImGui::GetContentRegionAvail().x / (em() * 20)), 1, 3);
    if (!ImGui::BeginTable("method-steps", columns, ImGuiTableFlags_SizingStretchSame)) return;
    const int rows = (static_cast<int>(std::size(kStepCatalog)) + columns - 1) / columns;
    // Down the columns, so the steps read in order like a printed list.
    for (int row = 0; row < rows; ++row) {
        ImGui::TableNextRow();
        for (int column = 0; column < columns; ++column) {
            ImGui::TableNextColumn();
            const int i = column * rows + row;
            if (i >= static_cast<int>(std::size(kStepCatalog))) continue;
            const StepInfo& step = kStepCatalog[i];
            decoration(format("%2d  %s", i + 1, step.icon).c_str(), ImGui::GetColorU32(ImGuiCol_CheckMark));
            ImGui::SameLine();
            textItem(ctx.t(*step.title), format("%d. %s", i + 1, ctx.t(*step.title)).c_str());
            tooltip(ctx.t(step.purpose));
        }
    }
    ImGui::EndTable();
}

}  // namespace prevplan::ui
