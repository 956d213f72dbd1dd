#include "ui/shell/help_view.h"

#include <imgui.h>

#include <algorithm>
#include <initializer_list>
#include <iterator>

#include "core/base/format.h"
#include "ui/kit/step_keys.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/observatory/strings.h"
#include "ui/shell/steps.h"
#include "ui/shell/strings.h"

namespace prevplan::ui {

namespace {

constexpr const char* kPopup = "##help";

// A topic: its title in the menu and on its tab.
struct TopicEntry {
    HelpView::Topic topic;
    const Text* title;
};
constexpr TopicEntry kTopics[] = {
    {HelpView::Topic::Steps, &str::kHelpSteps},
    {HelpView::Topic::Keyboard, &str::kHelpKeyboard},
    {HelpView::Topic::Data, &str::kHelpData},
    {HelpView::Topic::Backup, &str::kHelpBackup},
};
static_assert(std::size(kTopics) == static_cast<std::size_t>(HelpView::Topic::Count), "one line per topic");

void paragraphs(const Context& ctx, std::initializer_list<const Text*> texts) {
    for (const Text* text : texts) {
        paragraph(ctx.t(*text));
        ImGui::Spacing();
    }
}

// A table of the twelve steps, each with a text of its own: what it is for, or when it is done.
template <typename Second>
void stepTable(const Context& ctx, const char* id, Second second) {
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable(id, 2, flags)) return;
    ImGui::TableSetupColumn("##step", ImGuiTableColumnFlags_WidthFixed, em() * 15);
    ImGui::TableSetupColumn("##text", ImGuiTableColumnFlags_WidthStretch);
    std::size_t index = 0;
    for (const StepInfo& step : kStepCatalog) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        paragraph(format("%d. %s  %s", static_cast<int>(index + 1), step.icon, ctx.t(*step.title)).c_str());
        ImGui::TableNextColumn();
        const char* text = second(step, index++);
        paragraph(text);
    }
    ImGui::EndTable();
}

static_assert(std::size(str::kStepDoneWhen) == std::size(kStepCatalog), "one line per step");

// The steps, then how their states are decided and where the next step is (docs/progress.md).
void steps(const Context& ctx) {
    stepTable(ctx, "help-steps", [&](const StepInfo& step, std::size_t) { return ctx.t(step.purpose); });
    ImGui::Spacing();
    section(ctx.t(str::kHelpStepStates));
    paragraphs(ctx, {&str::kStatesThree, &str::kStatesDecided, &str::kStatesNext, &str::kStatesDoneWhen});
    stepTable(ctx, "help-step-states",
              [&](const StepInfo&, std::size_t index) { return ctx.t(str::kStepDoneWhen[index]); });
}

// The step shortcuts (kit/step_keys.h), each with its step's title.
void stepKeys(const Context& ctx) {
    paragraphs(ctx, {&str::kKeysSteps});
    for (const StepKey& key : kStepKeys) {
        const std::string line = format("%s   %s", keyName(key).c_str(), ctx.t(*stepInfo(key.step).title));
        bullet(line.c_str());
    }
    ImGui::Spacing();
}

void topic(const Context& ctx, HelpView::Topic topic) {
    switch (topic) {
        case HelpView::Topic::Steps: return steps(ctx);
        case HelpView::Topic::Keyboard:
            paragraphs(ctx, {&str::kKeysTab, &str::kKeysPress, &str::kKeysLines});
            stepKeys(ctx);
            return paragraphs(ctx, {&str::kKeysUndo, &str::kKeysEscape, &str::kKeyboardHelp});
        case HelpView::Topic::Data: return paragraphs(ctx, {&str::kDataWhere, &str::kDataLost, &str::kDataShared});
        case HelpView::Topic::Backup: return paragraphs(ctx, {&str::kBackupHow, &str::kBackupRestore});
        case HelpView::Topic::Count: return;
    }
}

}  // namespace

void HelpView::menu(const Context& ctx) {
    if (!ImGui::BeginMenu(stableId(ctx.t(str::kMenuHelp), str::kMenuHelp.en).c_str())) return;
    for (const TopicEntry& entry : kTopics)
        if (ImGui::MenuItem(ctx.t(*entry.title))) {
            topic_ = entry.topic;
            requested_ = true;
        }
    ImGui::EndMenu();
}

void HelpView::draw(const Context& ctx) {
    if (requested_) ImGui::OpenPopup(kPopup);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(display.x * 0.9f, em() * 48), std::min(display.y * 0.85f, em() * 36)),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y / 2), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar)) {
        requested_ = false;
        return;
    }
    section(ctx.t(str::kMenuHelp));
    if (ImGui::BeginTabBar("help-topics")) {
        for (const TopicEntry& entry : kTopics) {
            const ImGuiTabItemFlags flags = requested_ && entry.topic == topic_ ? ImGuiTabItemFlags_SetSelected : 0;
            const bool open =
                ImGui::BeginTabItem(stableId(ctx.t(*entry.title), entry.title->en).c_str(), nullptr, flags);
            labelLastItem(ctx.t(*entry.title));
            if (!open) continue;
            ImGui::BeginChild("topic", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - em() * 0.5f));
            topic(ctx, entry.topic);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    requested_ = false;
    ImGui::Separator();
    if (button(ctx.t(str::kClose)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace prevplan::ui
