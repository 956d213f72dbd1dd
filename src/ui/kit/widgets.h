#pragma once
// Small helpers over Dear ImGui used by several screens.
#include <string>

#include <imgui.h>

#include "core/base/text.h"
#include "platform/a11y.h"
#include "ui/kit/context.h"
#include "ui/kit/theme.h"

namespace prevplan::ui {

// An InputText bound to a std::string, its label on its left ("##id" for none); returns true
// when the user changed it this frame. `width` is the field's, 0 for the rest of the line.
bool inputText(const char* label, std::string& value, float width = 0);
// A multi-line text field ("##id": its label drawn by the caller) of `size`; Tab and Shift+Tab
// leave it (it takes no tabs); returns true when the user changed it this frame.
bool multilineText(const char* id, std::string& value, ImVec2 size);
// A field's label, on the left of the field that follows on the same line; with `labelWidth`,
// the fields of a form line up after a column of labels.
void fieldLabel(const char* label, float labelWidth = 0);
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
// A secondary button, greyed out and inert when disabled; an icon (theme::icon) goes before the
// words, and the test API knows the button by its words alone.
bool button(const char* label, bool enabled = true, const char* icon = nullptr);
// The one action a screen leads with: filled in the brand colour.
bool primaryButton(const char* label, bool enabled = true, const char* icon = nullptr);
// A button that deletes: red words in a red outline after a bin, told apart from the others by
// more than colour; `small` fits it in a table row. The test API knows it by its words.
bool deleteButton(const char* label, bool enabled = true, bool small = false);
// A radio button: one of a set of answers, read as checked or not by a screen reader.
bool radio(const char* label, bool active);
// Texts in the steps of the type scale: a screen's title, a section's, and helper text.
void title(const char* text);
void section(const char* text);
void helper(const char* text);
// A title read as a heading of `level`: a screen's title under the page's own level-one heading.
void title(const char* text, int headingLevel);
// A line in body type read as a heading of `level`: what names the page without looking like a title.
void headingText(const char* text, int level);
// Tells a screen reader that the item drawn last is a combo showing `preview`.
void describeCombo(const char* preview);
// A combo over `count` choices named by label(i); `current` is the chosen position. Labelled
// with `testLabel` for the test API (combos report no label of their own).
template <typename Label>
bool choiceCombo(const char* id, const char* testLabel, const char* preview, int count, int& current, Label label,
                 float width) {
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo(id, preview)) {
        for (int i = 0; i < count; ++i) {
            if (ImGui::Selectable(label(i).c_str(), i == current)) {
                current = i;
                changed = true;
            }
            a11y::describeLastItem({a11y::Role::Option, {}, i == current});
        }
        ImGui::EndCombo();
    }
    labelLastItem(testLabel);
    describeCombo(preview);
    return changed;
}
// Escape pressed in the dialog being drawn (not in a combo open over it, nor in one of its text
// fields): its way out, as its Cancel or Close button.
bool escapePressed();
// Texts a screen reader reads where they stand, and the browser tests find by their words: a
// bare ImGui::Text is only drawn (Dear ImGui tells the mirror nothing of it), so the screens use
// these (scripts/check-bare-text.py keeps them to it). Body text wraps to the window; the others
// keep one line, as ImGui's own.
void paragraph(const char* text);
// `label`: what a screen reader and the tests read instead (the year with a sum, say).
void textItem(const char* text, const char* label = nullptr);
void mutedText(const char* text);  // secondary, in the disabled colour
void coloredText(const char* text, unsigned int color, const char* label = nullptr);
void bullet(const char* text);  // an item of a list
// A field's label on the line above it: drawn only, since the field carries it for a screen reader.
void labelAbove(const char* label);
// Drawn only, for the eye (a step's number and icon before its labelled title): read once.
void decoration(const char* text, unsigned int color);
// A paragraph in a colour; an error's (kColorError) is announced to a screen reader.
void note(const char* text, unsigned int color);

// ABGR, from the theme's palette: AA contrast on the page and on a projector.
constexpr unsigned int kColorWarning = theme::packed(theme::kWarning);
constexpr unsigned int kColorError = theme::packed(theme::kDanger);
constexpr unsigned int kColorOk = theme::packed(theme::kOk);
constexpr unsigned int kColorMuted = theme::packed(theme::kHelperInk);

}  // namespace prevplan::ui
