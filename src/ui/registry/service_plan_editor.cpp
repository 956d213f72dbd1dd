#include "ui/registry/service_plan_editor.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/format.h"
#include "core/base/words.h"
#include "core/catalog/service_plan_items.h"
#include "core/model/rules.h"
#include "ui/kit/plan_edit.h"
#include "ui/registry/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

// change(ServicePlan&, Child&) on the child's plan, created when missing.
template <typename Change>
void editServicePlan(Context& ctx, const Plan& plan, const FamilyRef& ref, const Child& c, const char* label,
                     const std::string& mergeKey, Change change) {
    editFamilyWith(ctx, plan, ref, label, mergeKey, [&](FamilyNucleus& fam, Plan&) {
        Child& child = editChild(fam, c.id);
        if (!child.servicePlan) child.servicePlan.emplace();
        change(*child.servicePlan, child);
    });
}

std::vector<std::string> ServicePlan::*listOf(PlanItemGroup group) {
    return group == PlanItemGroup::Benefit ? &ServicePlan::benefits : &ServicePlan::services;
}
std::string ServicePlan::*otherOf(PlanItemGroup group) {
    return group == PlanItemGroup::Benefit ? &ServicePlan::otherBenefits : &ServicePlan::otherServices;
}

}  // namespace

void ServicePlanEditor::items(Context& ctx, const Plan& plan, const FamilyRef& ref, const Child& c) {
    const ServicePlan& sp = *c.servicePlan;
    int group = -1;
    for (const PlanItem& item : planItems()) {
        if (static_cast<int>(item.group) != group) {
            group = static_cast<int>(item.group);
            ImGui::Spacing();
            mutedText(ctx.t(planItemGroupName(item.group)));
        }
        const auto& list = sp.*listOf(item.group);
        bool chosen = std::find(list.begin(), list.end(), item.code) != list.end();
        if (ImGui::Checkbox(ctx.t(item.label), &chosen) && !ctx.readOnly)
            editServicePlan(ctx, plan, ref, c, "service plan item", {}, [&](ServicePlan& p, Child&) {
                auto& l = p.*listOf(item.group);
                if (chosen) l.push_back(item.code);
                else l.erase(std::remove(l.begin(), l.end(), item.code), l.end());
            });
        if (item.specify && chosen) {
            std::string other = sp.*otherOf(item.group);
            ImGui::Indent();
            if (inputText(ctx.t(item.group == PlanItemGroup::Benefit ? str::kOtherBenefits : str::kOtherServices), other,
                          ImGui::GetFontSize() * 20))
                editServicePlan(ctx, plan, ref, c, "service plan other", fieldKey(plan, c.id, item.code),
                                [&](ServicePlan& p, Child&) { p.*otherOf(item.group) = other; });
            ImGui::Unindent();
        }
    }
}

void ServicePlanEditor::fields(Context& ctx, const Plan& plan, const FamilyRef& ref, const Child& c) {
    const float em = ImGui::GetFontSize();
    ServicePlan sp = *c.servicePlan;
    auto commit = [&](const char* field) {
        editServicePlan(ctx, plan, ref, c, "service plan", fieldKey(plan, c.id, field), [&](ServicePlan& p, Child&) { p = sp; });
    };
    if (inputText(ctx.t(str::kProvider), sp.provider, em * 20)) commit("provider");
    if (inputText(ctx.t(str::kGoal), sp.goal, em * 30)) commit("goal");
    ImGui::SetNextItemWidth(em * 6);
    if (ImGui::InputInt(ctx.t(str::kDuration), &sp.durationMonths, 1) && sp.durationMonths >= 0 && sp.durationMonths <= 240)
        commit("duration");
    if (inputText(ctx.t(str::kCaseOfficer), sp.caseOfficer, em * 14)) commit("officer");
    ImGui::SameLine();
    if (inputText(ctx.t(str::kCaseOfficerFunction), sp.caseOfficerFunction, em * 12)) commit("officer-function");
    if (dateField(ctx.t(str::kCompletedOn), sp.completedOn, em * 7, ctx.lang)) commit("completed");
    ImGui::SameLine();
    if (dateField(ctx.t(str::kApprovedOn), sp.approvedOn, em * 7, ctx.lang)) commit("approved");
}

void ServicePlanEditor::visits(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f,
                               const Child& c) {
    const float em = ImGui::GetFontSize();
    ImGui::Spacing();
    section(ctx.t(str::kVisits));
    ImGui::Separator();
    if (const auto next = nextMonitoringVisit(f, c)) {
        const int risks = confirmedRiskCount(f);
        textItem(format(ctx.t(str::kNextVisitDue), next->shown().c_str(),
                        countOf(monitoringIntervalMonths(risks), nouns::kMonth, ctx.lang).c_str(),
                        countOf(risks, str::kConfirmedRisk, ctx.lang).c_str())
                     .c_str());
    }
    for (std::size_t k = 0; k < c.visits.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        MonitoringVisit v = c.visits[k];
        auto commit = [&](const char* field) {
            editFamilyWith(ctx, plan, ref, "monitoring visit", fieldKey(plan, c.id + "/v" + std::to_string(k), field),
                           [&](FamilyNucleus& fam, Plan&) { editChild(fam, c.id).visits[k] = v; });
        };
        std::optional<Date> date = v.date;
        if (dateField(ctx.t(str::kVisitDate), date, em * 7, ctx.lang) && date) {
            v.date = *date;
            commit("date");
        }
        ImGui::SameLine();
        if (inputText(ctx.t(str::kVisitedBy), v.by, em * 10)) commit("by");
        ImGui::SameLine();
        if (ImGui::Checkbox(ctx.t(str::kRevisionNeeded), &v.revisionNeeded)) commit("revision");
        if (v.revisionNeeded) {
            ImGui::Indent();
            if (inputText(ctx.t(str::kRevisionReason), v.reason, em * 18)) commit("reason");
            ImGui::SameLine();
            if (dateField(ctx.t(str::kRevisedOn), v.revisedOn, em * 7, ctx.lang)) commit("revised");
            ImGui::Unindent();
        }
        ImGui::SameLine();
        if (deleteButton(ctx.t(str::kDeleteVisit), !ctx.readOnly))
            askToDelete(ctx, plan, str::kVisitDeletion, c.visits[k].date.shown(), DeletionImpact(), "delete visit",
                        [ref, id = c.id, k](Plan& p) {
                            if (!findFamily(p, ref)) return;
                            auto& visits = editChild(editFamily(p, ref), id).visits;
                            if (k < visits.size()) visits.erase(visits.begin() + static_cast<std::ptrdiff_t>(k));
                        });
        ImGui::PopID();
    }
    if (button(ctx.t(str::kAddVisit), !ctx.readOnly))
        editFamilyWith(ctx, plan, ref, "add visit", {},
                       [&](FamilyNucleus& fam, Plan&) { editChild(fam, c.id).visits.push_back({today(), {}, false, {}, {}}); });
}

void ServicePlanEditor::draw(Context& ctx, const Plan& plan, PlanFocus& focus) {
    const FamilyNucleus* f = findFamily(plan, focus.family);
    const Child* c = f ? findChild(*f, focus.child) : nullptr;
    if (button(ctx.t(str::kBackToRegistry)) || !c) {
        focus.close();
        return;
    }
    ImGui::SameLine();
    textItem(format(ctx.t(str::kServicePlanTitle), c->name.c_str()).c_str());
    if (!c->servicePlan) {
        if (button(ctx.t(str::kStartServicePlan), !ctx.readOnly))
            editServicePlan(ctx, plan, focus.family, *c, "start service plan", {}, [](ServicePlan&, Child&) {});
        visits(ctx, plan, focus.family, *f, *c);
        return;
    }
    ImGui::BeginChild("service-plan");
    fields(ctx, plan, focus.family, *c);
    items(ctx, plan, focus.family, *c);
    visits(ctx, plan, focus.family, *f, *c);
    ImGui::EndChild();
}

}  // namespace prevplan::ui
