#include "ui/registry/risk_view.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/model/rules.h"
#include "platform/a11y.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/kit/table.h"
#include "ui/kit/widgets.h"
#include "ui/registry/strings.h"

namespace prevplan::ui {

namespace {

bool visited(const FamilyNucleus& f) { return f.risk && f.risk->visitedOn; }

// Every edit of the identification starts from a record; the first one creates it.
RiskIdentification& riskOf(FamilyNucleus& f) {
    if (!f.risk) f.risk.emplace();
    return *f.risk;
}

// The families with a suspicion to identify: those awaiting the visit first, then those visited.
std::vector<FamilyRef> suspectedFamilies(const Plan& plan) {
    std::vector<FamilyRef> awaiting, done;
    for (const auto& h : plan.households)
        for (const auto& f : h->families)
            if (needsRiskIdentification(f)) (visited(f) ? done : awaiting).push_back({h->id, f.id});
    awaiting.insert(awaiting.end(), done.begin(), done.end());
    return awaiting;
}

}  // namespace

void RiskView::list(Context& ctx, const Plan& plan, PlanFocus& focus) {
    const auto& suspected = suspected_.get(ctx.snapshot(plan), [&] { return suspectedFamilies(plan); });
    textItem(ctx.t(str::kRiskListTitle));
    if (suspected.empty()) {
        note(ctx.t(str::kNoSuspicions), kColorMuted);
        return;
    }
    // The counts keep their width, right-aligned; names, villages and states wrap.
    std::vector<TableColumn> columns = {
        {ctx.t(str::kColFamily), nullptr, 8}, {ctx.t(str::kColVillage), nullptr, 6, 1},
        {ctx.t(str::kColSuspicions), "99"},   {ctx.t(str::kColConfirmed), "99"},
        {ctx.t(str::kColStatus), nullptr, 7},
    };
    for (TableColumn& c : columns) c.wrap = !c.widest;
    if (!beginFittedTable("suspected", columns, ctx.t(str::kColFamily), ImGuiTableFlags_ScrollY)) return;
    clippedRows(static_cast<int>(suspected.size()), [&](int k) {
        const FamilyRef& ref = suspected[static_cast<std::size_t>(k)];
        const FamilyNucleus& f = *findFamily(plan, ref);
        const std::string name = familyName(f);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(k);
        // The whole row opens the family's risk identification.
        if (ImGui::Selectable("##row", false,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
            focus.open(Editor::Risk, ref);
        labelLastItem(name.c_str());
        ImGui::PopID();
        ImGui::SameLine(0, 0);
        fittedText(name.c_str());
        cellText(findHousehold(plan, ref.household)->village.c_str());
        cellRight(std::to_string(suspicionCount(f)).c_str());
        cellRight(std::to_string(confirmedRiskCount(f)).c_str());
        cellText(ctx.t(visited(f) ? str::kRiskDone : str::kRiskAwaiting));
    });
    endFittedTable();
}

void RiskView::visitFields(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f) {
    const float em = ImGui::GetFontSize();
    RiskIdentification r = f.risk.value_or(RiskIdentification{});
    auto commit = [&](const char* field) {
        editFamilyWith(ctx, plan, ref, "risk identification", fieldKey(plan, f.id, field), [&](FamilyNucleus& fam, Plan&) {
            fam.risk = r;
            registerConfirmedChildren(fam, today());
        });
    };
    if (dateField(ctx.t(str::kVisitedOn), r.visitedOn, em * 7, ctx.lang)) commit("visited-on");
    ImGui::SameLine();
    if (inputText(ctx.t(str::kVisitedBy), r.visitedBy, em * 12)) commit("visited-by");
    ImGui::SameLine();
    if (inputText(ctx.t(str::kPosition), r.position, em * 10)) commit("visited-position");
}

void RiskView::dgaspcAlert(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f) {
    const float em = ImGui::GetFontSize();
    if (abuseVisitPending(f)) {
        note(ctx.t(str::kAbuseVisitPrompt), kColorError);
        a11y::announce(ctx.t(str::kAbuseVisitPrompt), a11y::Urgency::Assertive);
    }
    if (dgaspcNotificationDue(f).any()) {
        // Unmissable: a filled red band across the screen, above everything else.
        ImGui::PushStyleColor(ImGuiCol_ChildBg, kColorError);
        ImGui::BeginChild("dgaspc", ImVec2(0, em * 4.6f), false, ImGuiWindowFlags_NoScrollbar);
        ImGui::PushStyleColor(ImGuiCol_Text, 0xFFFFFFFF);
        paragraph(ctx.t(str::kDgaspcAlert));
        a11y::announce(ctx.t(str::kDgaspcAlert), a11y::Urgency::Assertive);
        ImGui::PopStyleColor();
        if (button(ctx.t(str::kDgaspcNotifiedToday), !ctx.readOnly))
            editFamilyWith(ctx, plan, ref, "DGASPC notified", {},
                           [&](FamilyNucleus& fam, Plan&) { riskOf(fam).dgaspcNotifiedOn = today(); });
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
    if (f.risk && f.risk->dgaspcNotifiedOn) {
        std::optional<Date> on = f.risk->dgaspcNotifiedOn;
        if (dateField(ctx.t(str::kDgaspcNotifiedOn), on, em * 7, ctx.lang))
            editFamilyWith(ctx, plan, ref, "DGASPC notified", fieldKey(plan, f.id, "dgaspc"),
                           [&](FamilyNucleus& fam, Plan&) { riskOf(fam).dgaspcNotifiedOn = on; });
    }
}

void RiskView::verdictRow(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f, std::size_t i) {
    const Indicator& ind = indicator(i);
    const Verdict verdict = f.risk ? f.risk->verdicts[i] : Verdict::NotAssessed;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    textItem(ind.code);
    ImGui::TableNextColumn();
    paragraph(ctx.t(ind.label));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t(ind.definition));
    if (ind.childLevel && verdict == Verdict::Confirmed && !f.children.empty())
        exposureCheckboxes(ctx, plan, ref, f, i, &Child::exposedConfirmed);
    static const std::pair<Verdict, const Text*> kChoices[] = {
        {Verdict::Confirmed, &str::kConfirm}, {Verdict::Rejected, &str::kReject}, {Verdict::NotAssessed, &str::kNotAssessed}};
    for (const auto& choice : kChoices) {
        const Verdict value = choice.first;  // a copy: lambdas cannot capture structured bindings in C++17
        const Text* name = choice.second;
        ImGui::TableNextColumn();
        const std::string id = std::string(ctx.t(*name)) + "##" + ind.code;
        if (radio(id.c_str(), verdict == value) && verdict != value && !ctx.readOnly)
            editFamilyWith(ctx, plan, ref, "risk verdict", {}, [&](FamilyNucleus& fam, Plan&) {
                RiskIdentification& r = riskOf(fam);
                r.verdicts[i] = value;
                // The visit date defaults to today, and the Registry follows the confirmation.
                if (!r.visitedOn) r.visitedOn = today();
                if (value == Verdict::Confirmed)
                    for (Child& c : fam.children) c.exposedConfirmed[i] = c.exposedObserved[i];
                registerConfirmedChildren(fam, today());
            });
        labelLastItem((std::string(ind.code) + " " + ctx.t(*name)).c_str());
    }
}

void RiskView::editor(Context& ctx, const Plan& plan, PlanFocus& focus) {
    const FamilyRef ref = focus.family;
    const FamilyNucleus* f = findFamily(plan, ref);
    if (button(ctx.t(str::kStepRisk)) || !f) {
        focus.close();
        return;
    }
    ImGui::SameLine();
    if (button(ctx.t(str::kHousehold))) focus.open(Editor::Household, {ref.household, {}});
    ImGui::SameLine();
    textItem(format(ctx.t(str::kRiskTitle), familyName(*f).c_str()).c_str());
    dgaspcAlert(ctx, plan, ref, *f);
    // The family of a child in special protection gets the visit even before a sheet.
    if (!f->sheet && !hasChildInProtection(*f)) {
        note(ctx.t(str::kNoSheetForRisk), kColorWarning);
        return;
    }
    visitFields(ctx, plan, ref, *f);
    if (inRegistry(*f)) note(ctx.t(str::kRegistryNote), kColorOk);
    ImGui::Checkbox(ctx.t(str::kShowAllIndicators), &showAll_);
    ImGui::BeginChild("verdicts");
    const IndicatorSet observed = observedSet(*f);
    const float em = ImGui::GetFontSize();
    if (ImGui::BeginTable("verdicts", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("code", ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
        ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch);
        for (int k = 0; k < 3; ++k) ImGui::TableSetupColumn("verdict", ImGuiTableColumnFlags_WidthFixed, em * 5.5f);
        for (std::size_t i = 0; i < indicatorCount(); ++i)
            if (showAll_ || observed.none() || observed[i] || (f->risk && f->risk->verdicts[i] != Verdict::NotAssessed))
                verdictRow(ctx, plan, ref, *f, i);
        ImGui::EndTable();
    }
    ImGui::EndChild();
}

void RiskView::draw(Context& ctx, const Plan& plan, PlanFocus& focus) {
    if (focus.editor == Editor::Risk) editor(ctx, plan, focus);
    else list(ctx, plan, focus);
}

}  // namespace prevplan::ui
