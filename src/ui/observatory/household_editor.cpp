#include "ui/observatory/household_editor.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/model/rules.h"
#include "core/observatory/cnp.h"
#include "core/observatory/validation.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/observatory/strings.h"

namespace prevplan::ui {

namespace {

// "Numele copilului 2": fields of the n-th child are told apart by their number.
std::string numbered(const Text& text, const Context& ctx, int n) { return std::string(ctx.t(text)) + " " + std::to_string(n); }

void sexCombo(Context& ctx, const Plan& plan, const FamilyRef& ref, const Child& c, const std::string& label) {
    static const Text* kNames[] = {&str::kSexUnknown, &str::kSexMale, &str::kSexFemale};
    int current = static_cast<int>(c.sex);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.5f);
    if (ImGui::BeginCombo("##sex", ctx.t(*kNames[current]))) {
        for (int i = 0; i < 3; ++i)
            if (ImGui::Selectable(ctx.t(*kNames[i]), i == current) && i != current)
                editFamilyWith(ctx, plan, ref, "child sex", {}, [&](FamilyNucleus& f, Plan&) {
                    editChild(f, c.id).sex = static_cast<Sex>(i);
                });
        ImGui::EndCombo();
    }
    labelLastItem(label.c_str());
    describeCombo(ctx.t(*kNames[static_cast<int>(c.sex)]));
}

}  // namespace

void HouseholdEditor::householdFields(Context& ctx, const Plan& plan, const Household& h) {
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(em * 12);
    if (ImGui::BeginCombo("##village", h.village.c_str())) {
        for (const Village& v : plan.villages)
            if (ImGui::Selectable(v.name.c_str(), v.name == h.village) && v.name != h.village)
                editPlanWith(ctx, plan, "household village", {}, [&](Plan& p) { editHousehold(p, h.id).village = v.name; });
        ImGui::EndCombo();
    }
    labelLastItem(ctx.t(str::kColVillage));
    describeCombo(h.village.c_str());
    ImGui::SameLine();
    textItem(ctx.t(str::kColVillage));
    std::string address = h.address;
    if (inputText(ctx.t(str::kAddress), address, em * 24))
        editPlanWith(ctx, plan, "household address", fieldKey(plan, h.id, "address"),
                     [&](Plan& p) { editHousehold(p, h.id).address = address; });
}

void HouseholdEditor::childRow(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f,
                               const Child& c, int n) {
    const float em = ImGui::GetFontSize();
    ImGui::PushID(c.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string name = c.name;
    ImGui::SetNextItemWidth(-1);
    if (inputText("##name", name))
        editFamilyWith(ctx, plan, ref, "child name", fieldKey(plan, c.id, "name"),
                       [&](FamilyNucleus& fam, Plan&) { editChild(fam, c.id).name = name; });
    labelLastItem(numbered(str::kChildName, ctx, n).c_str());
    ImGui::TableNextColumn();
    std::string cnp = c.cnp;
    ImGui::SetNextItemWidth(-1);
    if (inputText("##cnp", cnp))
        editFamilyWith(ctx, plan, ref, "child CNP", fieldKey(plan, c.id, "cnp"),
                       [&](FamilyNucleus& fam, Plan&) { setCnp(editChild(fam, c.id), cnp, today()); });
    labelLastItem(numbered(str::kColCnp, ctx, n).c_str());
    ImGui::TableNextColumn();
    std::optional<Date> birth = c.birthDate;
    if (dateField("##birth", birth, em * 7, ctx.lang))
        editFamilyWith(ctx, plan, ref, "child birth date", fieldKey(plan, c.id, "birth"),
                       [&](FamilyNucleus& fam, Plan&) { editChild(fam, c.id).birthDate = birth; });
    labelLastItem(numbered(str::kBirthDate, ctx, n).c_str());
    ImGui::TableNextColumn();
    sexCombo(ctx, plan, ref, c, numbered(str::kSex, ctx, n));
    ImGui::TableNextColumn();
    bool inProtection = c.inProtection;
    if (ImGui::Checkbox(("##protection" + c.id).c_str(), &inProtection) && !ctx.readOnly)
        editFamilyWith(ctx, plan, ref, "child in special protection", {},
                       [&](FamilyNucleus& fam, Plan&) { editChild(fam, c.id).inProtection = inProtection; });
    labelLastItem(numbered(str::kInProtection, ctx, n).c_str());
    ImGui::TableNextColumn();
    if (deleteButton(ctx.t(str::kDelete), !ctx.readOnly))
        askToDelete(ctx, plan, str::kChildDeletion, childName(c), childDeletion(c), "delete child",
                    [ref, id = c.id](Plan& p) { removeChild(p, ref, id); });
    // The CNP, the dates and the age are checked as they are typed.
    Issues issues;
    checkChild(c, f.sheet ? f.sheet->filledOn : std::nullopt, today(), issues);
    for (const Issue& issue : issues) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        note(issue.message(ctx.lang).c_str(), issue.severity == Severity::Error ? kColorError : kColorWarning);
    }
    if (const auto birthday = turned18By(c, today())) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        note(format(ctx.t(str::kTurned18On), birthday->shown().c_str()).c_str(), kColorMuted);
    }
    ImGui::PopID();
}

void HouseholdEditor::family(Context& ctx, const Plan& plan, const Household& h, const FamilyNucleus& f,
                             PlanFocus& focus) {
    const FamilyRef ref{h.id, f.id};
    const float em = ImGui::GetFontSize();
    ImGui::PushID(f.id.c_str());
    ImGui::Spacing();
    ImGui::Separator();
    textItem(f.head.empty() ? ctx.t(str::kFamilyNucleus)
                            : format("%s: %s", ctx.t(str::kFamilyNucleus), f.head.c_str()).c_str());
    if (abuseSignals(f).any()) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, kColorError);
        textItem(ctx.t(str::kStatusAbuse));
        ImGui::PopStyleColor();
    }
    std::string head = f.head;
    if (inputText(ctx.t(str::kFamilyHead), head, em * 18))
        editFamilyWith(ctx, plan, ref, "family head", fieldKey(plan, f.id, "head"),
                       [&](FamilyNucleus& fam, Plan&) { fam.head = head; });
    if (!f.children.empty() &&
        ImGui::BeginTable("children", 6, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(ctx.t(str::kChildName), ImGuiTableColumnFlags_WidthFixed, em * 16);
        ImGui::TableSetupColumn(ctx.t(str::kColCnp), ImGuiTableColumnFlags_WidthFixed, em * 9);
        ImGui::TableSetupColumn(ctx.t(str::kBirthDate), ImGuiTableColumnFlags_WidthFixed, em * 7);
        ImGui::TableSetupColumn(ctx.t(str::kSex), ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
        ImGui::TableSetupColumn(ctx.t(str::kColInProtection), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("##delete", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        int n = 0;
        for (const Child& c : f.children) childRow(ctx, plan, ref, f, c, ++n);
        ImGui::EndTable();
    }
    if (button(ctx.t(str::kAddChild), !ctx.readOnly))
        editPlanWith(ctx, plan, "add child", {}, [&](Plan& p) { addChild(p, ref); });
    ImGui::SameLine();
    if (button(ctx.t(f.sheet ? str::kOpenSheet : str::kNewSheet), !ctx.readOnly || f.sheet.has_value())) {
        if (!f.sheet)
            editFamilyWith(ctx, plan, ref, "new observation sheet", {},
                           [&](FamilyNucleus& fam, Plan& p) { fam.sheet = newSheet(p, today()); });
        focus.open(Editor::Sheet, ref);
    }
    ImGui::SameLine();
    if (button(ctx.t(str::kOpenRisk), needsRiskIdentification(f))) focus.open(Editor::Risk, ref);
    ImGui::SameLine();
    if (deleteButton(ctx.t(str::kDeleteFamily), !ctx.readOnly && h.families.size() > 1))
        askToDelete(ctx, plan, str::kFamilyDeletion, familyName(f), familyDeletion(f), "delete family",
                    [ref](Plan& p) { removeFamily(p, ref); });
    textItem(format(ctx.t(str::kFamilySummary), suspicionCount(f), confirmedRiskCount(f)).c_str());
    ImGui::PopID();
}

void HouseholdEditor::draw(Context& ctx, const Plan& plan, PlanFocus& focus) {
    const Household* h = findHousehold(plan, focus.family.household);
    if (button(ctx.t(str::kBackToObservatory)) || !h) {
        focus.close();
        return;
    }
    ImGui::SameLine();
    // Where the household lives, in the commune's words (its id is internal).
    const std::string place = h->address.empty() ? h->village : h->address + ", " + h->village;
    textItem(place.empty() ? ctx.t(str::kHousehold) : format("%s: %s", ctx.t(str::kHousehold), place.c_str()).c_str());
    ImGui::SameLine();
    if (deleteButton(ctx.t(str::kDeleteHousehold), !ctx.readOnly))
        askToDelete(ctx, plan, str::kHouseholdDeletion, householdName(*h), householdDeletion(*h), "delete household",
                    [id = h->id](Plan& p) { removeHousehold(p, id); });
    householdFields(ctx, plan, *h);
    ImGui::BeginChild("families");
    for (const FamilyNucleus& f : h->families) family(ctx, plan, *h, f, focus);
    ImGui::Spacing();
    if (button(ctx.t(str::kAddFamily), !ctx.readOnly))
        editPlanWith(ctx, plan, "add family", {}, [&](Plan& p) { addFamily(p, h->id); });
    ImGui::EndChild();
}

}  // namespace prevplan::ui
