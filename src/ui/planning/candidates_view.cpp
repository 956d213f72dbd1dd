#include "ui/planning/candidates_view.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/catalog/table3.h"
#include "core/planning/priorities.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/planning/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

void addCandidates(Context& ctx, const Plan& plan, const std::vector<Candidate>& candidates) {
    editPlanWith(ctx, plan, "add candidates", {}, [&](Plan& p) {
        for (Candidate c : candidates) {
            c.id = newId(p, 'k');
            p.planning.candidates.push_back(std::move(c));
        }
    });
}

void CandidatesView::fromRequired(Context& ctx, const Plan& plan) {
    const std::vector<Candidate>& offered =
        offered_.get(ctx.snapshot(plan), {ctx.lang}, [&] { return requiredServiceCandidates(plan, ctx.lang); });
    textItem(ctx.t(str::kFromRequired));
    if (offered.empty()) {
        mutedText(ctx.t(str::kNoRequired));
        return;
    }
    if (button(ctx.t(str::kAddAllRequired), !ctx.readOnly)) addCandidates(ctx, plan, offered);
    for (std::size_t i = 0; i < offered.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (button(ctx.t(str::kAddAsCandidate), !ctx.readOnly)) addCandidates(ctx, plan, {offered[i]});
        labelLastItem((std::string(ctx.t(str::kAddAsCandidate)) + ": " + offered[i].name).c_str());
        ImGui::SameLine();
        textItem(offered[i].name.c_str());
        ImGui::PopID();
    }
}

void CandidatesView::byHand(Context& ctx, const Plan& plan) {
    const float em = ImGui::GetFontSize();
    textItem(ctx.t(str::kByHand));
    inputText(ctx.t(str::kCandidateServiceName), name_, em * 20);
    const auto groups = riskGroups();
    const std::string preview = group_ < 0 ? ctx.t(str::kNoGroup) : groups[static_cast<std::size_t>(group_)].label.in(ctx.lang);
    fieldLabel(ctx.t(str::kTargetGroup));
    ImGui::SetNextItemWidth(em * 20);
    if (ImGui::BeginCombo("##group", preview.c_str())) {
        if (ImGui::Selectable(ctx.t(str::kNoGroup), group_ < 0)) group_ = -1;
        for (std::size_t g = 0; g < groups.size; ++g) {
            const std::string label = std::to_string(groups[g].dimension) + ". " + groups[g].label.in(ctx.lang);
            if (ImGui::Selectable(label.c_str(), group_ == static_cast<int>(g))) group_ = static_cast<int>(g);
            labelLastItem(label.c_str());
        }
        ImGui::EndCombo();
    }
    labelLastItem(ctx.t(str::kTargetGroup));
    describeCombo(preview.c_str());
    if (!button(ctx.t(str::kAddByHand), !ctx.readOnly && !name_.empty())) return;
    Candidate c;
    c.name = name_;
    if (group_ >= 0)
        for (const char* code : groups[static_cast<std::size_t>(group_)].indicators)
            if (code) c.indicators.push_back(code);
    addCandidates(ctx, plan, {c});
    name_.clear();
    group_ = -1;
}

void CandidatesView::list(Context& ctx, const Plan& plan) {
    textItem(ctx.t(str::kCandidatesList));
    for (const Candidate& c : plan.planning.candidates) {
        ImGui::PushID(c.id.c_str());
        const bool voted = candidateInRounds(plan.planning, c.id);
        if (deleteButton(ctx.t(str::kRemove), !ctx.readOnly && !voted))
            askToDelete(ctx, plan, str::kCandidateDeletion, c.name, candidateDeletion(plan.planning, c.id),
                        "remove candidate", [id = c.id](Plan& p) { removeCandidate(p.planning, id); });
        labelLastItem((std::string(ctx.t(str::kRemove)) + ": " + c.name).c_str());
        if (voted && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", ctx.t(str::kVotedKept));
        ImGui::SameLine();
        textItem(c.name.c_str());
        if (!c.indicators.empty()) {
            std::string codes;
            for (const auto& code : c.indicators) codes += (codes.empty() ? "" : ", ") + code;
            ImGui::SameLine();
            mutedText(format("(%s)", codes.c_str()).c_str());
        }
        ImGui::PopID();
    }
}

void CandidatesView::draw(Context& ctx, const Plan& plan) {
    fromRequired(ctx, plan);
    ImGui::Separator();
    byHand(ctx, plan);
    ImGui::Separator();
    list(ctx, plan);
}

}  // namespace prevplan::ui
