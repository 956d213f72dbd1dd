#include "ui/observatory/sheet_editor.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <initializer_list>

#include "core/base/format.h"
#include "core/model/rules.h"
#include "core/observatory/validation.h"
#include "platform/a11y.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/kit/table.h"
#include "ui/kit/widgets.h"
#include "ui/observatory/strings.h"

namespace prevplan::ui {

namespace {

constexpr int kHeaderStops = 5;      // sheet id, filled by, position, date, received on
constexpr int kConclusionStops = 3;  // visit by, position, planned date
int indicatorStop(std::size_t i) { return kHeaderStops + static_cast<int>(i); }
int conclusionStop(int k) { return kHeaderStops + static_cast<int>(indicatorCount()) + k; }
int stopCount() { return conclusionStop(kConclusionStops); }
bool isIndicatorStop(int stop) { return stop >= kHeaderStops && stop < conclusionStop(0); }

constexpr unsigned int kCursorRow = 0x4030A0F0;  // ABGR, translucent amber

// Space cycles yes → no → not recorded.
Answer nextAnswer(Answer a) {
    switch (a) {
        case Answer::NotRecorded: return Answer::Yes;
        case Answer::Yes: return Answer::No;
        case Answer::No: return Answer::NotRecorded;
    }
    return Answer::NotRecorded;
}

// Before a field of `width` and its label: on the same line while there is room for both, else on
// the next (a portrait tablet takes two lines for the sheet's header).
void nextField(const char* label, float width) {
    toolbarNext(ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().ItemSpacing.x + width);
}

bool keyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

// Suspected abuse or neglect: a filled red band above the sheet, visible wherever it is scrolled,
// from the moment the answer is given until the home visit.
void abuseBand(Context& ctx, const FamilyNucleus& f) {
    const auto by = suggestedVisitDate(*f.sheet);
    const std::string text = format(ctx.t(str::kAbuseBand), by ? by->shown().c_str() : "?");
    ImGui::PushStyleColor(ImGuiCol_ChildBg, kColorError);
    ImGui::BeginChild("abuse-band", ImVec2(0, ImGui::GetFontSize() * 3.4f), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushStyleColor(ImGuiCol_Text, 0xFFFFFFFF);
    paragraph(text.c_str());
    a11y::announce(text, a11y::Urgency::Assertive);
    ImGui::PopStyleColor();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace

void SheetEditor::moveCursor(int delta) {
    cursor_ = std::clamp(cursor_ + delta, 0, stopCount() - 1);
    if (isIndicatorStop(cursor_)) {
        ImGui::ClearActiveID();  // leave the text field
        scrollToCursor_ = true;
    } else {
        focusRequest_ = cursor_;
    }
}

// Typed characters choose the answer when no text field has the keyboard: D/Y yes, N no, ? or 0 not recorded.
void SheetEditor::keyboard(Context& ctx, const Plan& plan, const FamilyNucleus& f, PlanFocus& focus) {
    ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup)) return;
    if (keyPressed(ImGuiKey_Tab)) moveCursor(io.KeyShift ? -1 : +1);
    if (io.WantTextInput || !isIndicatorStop(cursor_) || ctx.readOnly) {
        if (!io.WantTextInput && keyPressed(ImGuiKey_Enter)) nextFamily(ctx, plan, focus);
        return;
    }
    const std::size_t i = static_cast<std::size_t>(cursor_ - kHeaderStops);
    if (keyPressed(ImGuiKey_Space)) setAnswer(ctx, plan, i, nextAnswer(f.sheet->answers[i]));
    for (ImWchar c : io.InputQueueCharacters) {
        if (c == 'd' || c == 'D' || c == 'y' || c == 'Y') setAnswer(ctx, plan, i, Answer::Yes);
        if (c == 'n' || c == 'N') setAnswer(ctx, plan, i, Answer::No);
        if (c == '?' || c == '0') setAnswer(ctx, plan, i, Answer::NotRecorded);
    }
    if (keyPressed(ImGuiKey_Enter)) nextFamily(ctx, plan, focus);
}

void SheetEditor::setAnswer(Context& ctx, const Plan& plan, std::size_t i, Answer answer) {
    editFamilyWith(ctx, plan, shown_, "observation sheet answer", {}, [&](FamilyNucleus& fam, Plan&) {
        ObservationSheet& s = *fam.sheet;
        s.answers[i] = answer;
        // The conclusion follows the rules: a first suspicion schedules the visit within 72 hours.
        if (answer == Answer::Yes && !s.visitPlannedOn) s.visitPlannedOn = suggestedVisitDate(s);
        if (answer != Answer::Yes)
            for (Child& c : fam.children) c.exposedObserved.reset(i);
    });
}

// Enter: this sheet is saved already (every change is); go on to the household's next nucleus.
void SheetEditor::nextFamily(Context& ctx, const Plan& plan, PlanFocus& focus) {
    const Household* h = findHousehold(plan, shown_.household);
    auto it = std::find_if(h->families.begin(), h->families.end(), [&](const FamilyNucleus& f) { return f.id == shown_.family; });
    if (it == h->families.end() || ++it == h->families.end()) {
        focus.open(Editor::Household, {shown_.household, {}});
        return;
    }
    const FamilyRef next{h->id, it->id};
    if (!it->sheet && !ctx.readOnly)
        editFamilyWith(ctx, plan, next, "new observation sheet", {},
                       [&](FamilyNucleus& fam, Plan& p) { fam.sheet = newSheet(p, today()); });
    focus.open(Editor::Sheet, next);
}

bool SheetEditor::textStop(int stop, const char* label, std::string& value, float width) {
    if (focusRequest_ == stop) {
        ImGui::SetKeyboardFocusHere();
        focusRequest_ = -1;
    }
    const bool changed = inputText(label, value, width);
    if (ImGui::IsItemActivated()) cursor_ = stop;
    return changed;
}

bool SheetEditor::dateStop(int stop, const char* label, std::optional<Date>& value, float width, Lang lang) {
    if (focusRequest_ == stop) {
        ImGui::SetKeyboardFocusHere();
        focusRequest_ = -1;
    }
    const bool changed = dateField(label, value, width, lang);
    if (ImGui::IsItemActivated()) cursor_ = stop;
    return changed;
}

void SheetEditor::header(Context& ctx, const Plan& plan, const FamilyNucleus& f) {
    const float em = ImGui::GetFontSize();
    ObservationSheet s = *f.sheet;
    auto commit = [&](const char* field) {
        editFamilyWith(ctx, plan, shown_, "observation sheet", fieldKey(plan, f.id, field),
                       [&](FamilyNucleus& fam, Plan&) { fam.sheet = s; });
    };
    if (textStop(0, ctx.t(str::kSheetId), s.sheetId, em * 5)) commit("sheet-id");
    nextField(ctx.t(str::kFilledBy), em * 12);
    if (textStop(1, ctx.t(str::kFilledBy), s.filledBy, em * 12)) commit("filled-by");
    nextField(ctx.t(str::kPosition), em * 10);
    if (textStop(2, ctx.t(str::kPosition), s.position, em * 10)) commit("position");
    nextField(ctx.t(str::kFilledOn), em * 7);
    if (dateStop(3, ctx.t(str::kFilledOn), s.filledOn, em * 7, ctx.lang)) commit("filled-on");
    // Shows the day the sheet was filled in until another is typed: that is the default.
    std::optional<Date> received = sheetReceivedOn(s);
    nextField(ctx.t(str::kReceivedOn), em * 7);
    if (dateStop(4, ctx.t(str::kReceivedOn), received, em * 7, ctx.lang)) {
        s.receivedOn = received;
        commit("received-on");
    }
    Issues issues;
    checkSheet(s, plan.county, today(), issues);
    for (const Issue& issue : issues)
        if (issue.severity == Severity::Error) note(issue.message(ctx.lang).c_str(), kColorError);
}

void SheetEditor::indicatorRow(Context& ctx, const Plan& plan, const FamilyNucleus& f, std::size_t i) {
    const Indicator& ind = indicator(i);
    const Answer answer = f.sheet->answers[i];
    ImGui::TableNextRow();
    if (cursor_ == indicatorStop(i)) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, kCursorRow);
        if (scrollToCursor_) {
            ImGui::SetScrollHereY(0.5f);
            scrollToCursor_ = false;
        }
    }
    ImGui::TableNextColumn();
    textItem(ind.code);
    ImGui::TableNextColumn();
    if (!ind.isRiskSituation()) ImGui::Indent();
    paragraph(ctx.t(ind.label));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t(ind.definition));
    if (!ind.isRiskSituation()) ImGui::Unindent();
    if (ind.childLevel && answer == Answer::Yes && !f.children.empty())
        exposureCheckboxes(ctx, plan, shown_, f, i, &Child::exposedObserved);
    static const std::pair<Answer, const Text*> kChoices[] = {
        {Answer::Yes, &str::kYes}, {Answer::No, &str::kNo}, {Answer::NotRecorded, &str::kUnknown}};
    for (const auto& [value, name] : kChoices) {
        ImGui::TableNextColumn();
        const std::string id = std::string(ctx.t(*name)) + "##" + ind.code;
        if (radio(id.c_str(), answer == value)) {
            cursor_ = indicatorStop(i);
            if (answer != value && !ctx.readOnly) setAnswer(ctx, plan, i, value);
        }
        labelLastItem((std::string(ind.code) + " " + ctx.t(*name)).c_str());
    }
}

void SheetEditor::dimensionSection(Context& ctx, const Plan& plan, const FamilyNucleus& f, int d) {
    const int first = static_cast<int>(std::find_if(indicatorsBegin(), indicatorsBegin() + indicatorCount(),
                                                     [&](const Indicator& ind) { return ind.dimension == d; }) -
                                       indicatorsBegin());
    const bool cursorHere = isIndicatorStop(cursor_) && indicator(cursor_ - kHeaderStops).dimension == d;
    if (cursorHere && scrollToCursor_) ImGui::SetNextItemOpen(true);
    const std::string title = std::to_string(d) + ". " + ctx.t(dimension(d).name);
    const std::string id = "dimension-" + std::to_string(d);
    if (!ImGui::CollapsingHeader(stableId(title.c_str(), id.c_str()).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    if (!ImGui::BeginTable(id.c_str(), 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("code", ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch);
    // A radio button and its word: as wide as the widest word needs, with the round button at the
    // size of a frame (a fingertip's in touch mode).
    float word = 0;
    for (const Text* name : {&str::kYes, &str::kNo, &str::kUnknown})
        word = std::max(word, ImGui::CalcTextSize(ctx.t(*name)).x);
    const float answerWidth = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + word;
    for (int k = 0; k < 3; ++k) ImGui::TableSetupColumn("answer", ImGuiTableColumnFlags_WidthFixed, answerWidth);
    for (std::size_t i = static_cast<std::size_t>(first); i < indicatorCount() && indicator(i).dimension == d; ++i)
        indicatorRow(ctx, plan, f, i);
    ImGui::EndTable();
}

void SheetEditor::conclusion(Context& ctx, const Plan& plan, const FamilyNucleus& f) {
    const float em = ImGui::GetFontSize();
    ImGui::Spacing();
    section(ctx.t(str::kConclusion));
    ImGui::Separator();
    const bool needed = needsRiskIdentification(f);
    note(ctx.t(needed ? str::kRiskIdNeeded : str::kRiskIdNotNeeded), needed ? kColorWarning : kColorOk);
    ObservationSheet s = *f.sheet;
    auto commit = [&](const char* field) {
        editFamilyWith(ctx, plan, shown_, "observation sheet conclusion", fieldKey(plan, f.id, field),
                       [&](FamilyNucleus& fam, Plan&) { fam.sheet = s; });
    };
    if (textStop(conclusionStop(0), ctx.t(str::kVisitBy), s.visitBy, em * 12)) commit("visit-by");
    nextField(ctx.t(str::kVisitByPosition), em * 10);
    if (textStop(conclusionStop(1), ctx.t(str::kVisitByPosition), s.visitByPosition, em * 10)) commit("visit-position");
    if (dateStop(conclusionStop(2), ctx.t(str::kVisitPlannedOn), s.visitPlannedOn, em * 7, ctx.lang))
        commit("visit-on");
    toolbarNext(buttonWidth(ctx.t(str::kSuggest)));
    if (button(ctx.t(str::kSuggest), !ctx.readOnly && s.filledOn.has_value())) {
        s.visitPlannedOn = suggestedVisitDate(s);
        commit("visit-on-suggested");
    }
}

void SheetEditor::draw(Context& ctx, const Plan& plan, PlanFocus& focus) {
    const FamilyNucleus* f = findFamily(plan, focus.family);
    if (button(ctx.t(str::kBackToObservatory)) || !f || !f->sheet) {
        focus.close();
        return;
    }
    if (focus.family.family != shown_.family) {
        shown_ = focus.family;
        cursor_ = indicatorStop(0);  // start on the first indicator: the header is usually prefilled
        ImGui::SetNextWindowFocus();
    }
    toolbarNext(buttonWidth(ctx.t(str::kHousehold)));
    if (button(ctx.t(str::kHousehold))) focus.open(Editor::Household, {shown_.household, {}});
    const std::string sheetTitle =
        format(ctx.t(str::kSheetTitle), f->head.empty() ? ctx.t(str::kUnnamed) : f->head.c_str());
    toolbarNext(ImGui::CalcTextSize(sheetTitle.c_str()).x);
    ImGui::AlignTextToFramePadding();
    textItem(sheetTitle.c_str());
    toolbarNext(buttonWidth(ctx.t(str::kNextFamily)));
    if (primaryButton(ctx.t(str::kNextFamily))) nextFamily(ctx, plan, focus);
    helper(ctx.t(str::kKeyboardHelp));
    if (abuseVisitPending(*f)) abuseBand(ctx, *f);
    // Keyboard moves are this editor's own: ImGui's navigation would fight over Tab and Space.
    ImGui::BeginChild("sheet", ImVec2(0, 0), false, ImGuiWindowFlags_NoNavInputs);
    keyboard(ctx, plan, *f, focus);
    if (focus.editor != Editor::Sheet || focus.family.family != shown_.family) {
        ImGui::EndChild();
        return;
    }
    header(ctx, plan, *f);
    for (int d = 1; d <= kDimensionCount; ++d) dimensionSection(ctx, plan, *f, d);
    conclusion(ctx, plan, *f);
    ImGui::EndChild();
}

}  // namespace prevplan::ui
