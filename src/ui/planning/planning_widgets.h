#pragma once
// Pickers and labels the planning screens share: enum choices over translated names, the
// short-listed priority, the objective, the funding source, and how a baseline is named.
#include <string>

#include <imgui.h>

#include "core/model/model.h"
#include "ui/kit/context.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

// A tab whose content scrolls on its own, drawn by view.draw(ctx, plan).
template <typename View>
void scrollingTab(Context& ctx, const Plan& plan, const Text& title, View& view) {
    if (!tabItem(ctx, title)) return;
    ImGui::BeginChild(title.en);
    view.draw(ctx, plan);
    ImGui::EndChild();
    ImGui::EndTabItem();
}

// A combo over translated names, labelled for the tests; true when the choice changed.
template <typename E, std::size_t N>
bool enumCombo(const Context& ctx, const char* label, const Text (&names)[N], E& value, float width);
bool indexCombo(const Context& ctx, const char* label, const Text* names, int count, int& index, float width);

// A candidate (empty: none) from the candidates, short-listed first.
bool priorityCombo(const Context& ctx, const char* label, const Planning& p, Id& chosen, float width);
bool objectiveCombo(const Context& ctx, const char* label, const Planning& p, Id& chosen, float width);
bool fundingCombo(const Context& ctx, const char* label, std::string& code, float width);
// What to count: a Table 1 indicator, a dimension, any risk, a Registry measure, or nothing.
bool measureCombo(const Context& ctx, const char* label, std::optional<BaselineDefinition>& def, float width);

std::string objectiveTitle(const PlanObjective& o, Lang lang);  // Table 4's text or the user's
std::string measureName(const std::string& measure, Lang lang);
std::string baselineName(const BaselineDefinition& def, Lang lang);  // measure, basis and unit
std::string candidateLabel(const Planning& p, const Id& id, Lang lang);  // name, or "(none)"

template <typename E, std::size_t N>
bool enumCombo(const Context& ctx, const char* label, const Text (&names)[N], E& value, float width) {
    int index = static_cast<int>(value);
    if (!indexCombo(ctx, label, names, static_cast<int>(N), index, width)) return false;
    value = static_cast<E>(index);
    return true;
}

}  // namespace prevplan::ui
