#pragma once
// Small helpers over Dear ImGui used by several screens.
#include <string>

#include <imgui.h>

#include "core/base/text.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

// An InputText bound to a std::string; returns true when the user changed it this frame.
bool inputText(const char* label, std::string& value, float width = 0);
// Marks the last item with a label for the test API: widgets that don't report one (combos)
// and texts a test must find (status, warnings).
void labelLastItem(const char* label);
// "label###id": the label shown (translated, or with a count in it) and an id that stays, so a
// tab keeps its selection and a tree node stays open when the language or a count changes.
std::string stableId(const char* label, const char* id);
// A tab with a stable id (see stableId), labelled for the test API.
bool tabItem(const char* label, const char* id);
// A tab titled in the user's language, its id the English title.
bool tabItem(const Context& ctx, const Text& title);
// The font size: the unit of every width, so layouts follow the text scale.
inline float em() { return ImGui::GetFontSize(); }
// A button that is greyed out and inert when disabled.
bool button(const char* label, bool enabled = true);
// A button that deletes: red words in a red outline after a cross, told apart from the others by
// more than colour; `small` fits it in a table row. The test API knows it by its words.
bool deleteButton(const char* label, bool enabled = true, bool small = false);
// A combo over `count` choices named by label(i); `current` is the chosen position. Labelled
// with `testLabel` for the test API (combos report no label of their own).
template <typename Label>
bool choiceCombo(const char* id, const char* testLabel, const char* preview, int count, int& current, Label label,
                 float width) {
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo(id, preview)) {
        for (int i = 0; i < count; ++i)
            if (ImGui::Selectable(label(i).c_str(), i == current)) {
                current = i;
                changed = true;
            }
        ImGui::EndCombo();
    }
    labelLastItem(testLabel);
    return changed;
}
// Text wrapped to the window, in a colour.
void note(const char* text, unsigned int color);

// ABGR; dark enough to read on the light theme and on a projector.
constexpr unsigned int kColorWarning = 0xFF0062B0;
constexpr unsigned int kColorError = 0xFF2828C0;
constexpr unsigned int kColorOk = 0xFF327D2E;
constexpr unsigned int kColorMuted = 0xFF707070;

}  // namespace prevplan::ui
