#include "ui/shell/plan_form.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/base/format.h"
#include "core/catalog/counties.h"
#include "core/workspace/workspace_edits.h"
#include "platform/platform.h"
#include "ui/kit/strings.h"
#include "ui/shell/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

static const char* kPopup = "##plan-form";

static std::vector<std::string> villageLines(const std::string& text) {
    std::vector<std::string> out;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos) continue;
        const auto last = line.find_last_not_of(" \t\r");
        out.push_back(line.substr(first, last - first + 1));
    }
    return out;
}

void PlanForm::openNew() {
    *this = PlanForm{};
    requested_ = true;
}

void PlanForm::openRename(const Plan& plan) {
    *this = PlanForm{};
    planId_ = plan.id;
    county_ = plan.county;
    commune_ = plan.commune;
    requested_ = true;
}

static void countyCombo(Context& ctx, int& county) {
    const County* current = findCounty(county);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    if (ImGui::BeginCombo(stableId(ctx.t(str::kCounty), "county").c_str(), current ? current->name : ctx.t(str::kChooseCounty))) {
        for (const County* c = countiesBegin(); c != countiesBegin() + countyCount(); ++c) {
            if (ImGui::Selectable(format("%s (%02d)", c->name, c->code).c_str(), c->code == county)) county = c->code;
        }
        ImGui::EndCombo();
    }
    labelLastItem(ctx.t(str::kCounty));
}

void PlanForm::submit(Context& ctx) {
    tried_ = true;
    if (!findCounty(county_) || commune_.empty()) return;
    if (planId_.empty()) {
        Workspace next = addPlan(ctx.workspace(), county_, commune_, villageLines(villages_), platform::timestampNow());
        ctx.openPlan = next.plans.back()->id;
        ctx.commit(std::move(next), "new plan");
    } else {
        Workspace next = ctx.workspace();
        Plan& plan = editPlan(next, planId_);
        plan.county = county_;
        plan.commune = commune_;
        plan.modifiedOn = platform::timestampNow();
        ctx.commit(std::move(next), "rename plan");
    }
    ImGui::CloseCurrentPopup();
}

void PlanForm::draw(Context& ctx) {
    if (requested_) {
        ImGui::OpenPopup(kPopup);
        requested_ = false;
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
    ImGui::TextUnformatted(ctx.t(planId_.empty() ? str::kNewPlan : str::kRename));
    ImGui::Separator();
    countyCombo(ctx, county_);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    inputText(ctx.t(str::kCommune), commune_, ImGui::GetFontSize() * 16);
    if (planId_.empty()) {
        ImGui::TextUnformatted(ctx.t(str::kVillages));
        ImGui::InputTextMultiline("##villages", &villages_, ImVec2(-1, ImGui::GetFontSize() * 6));
        labelLastItem(ctx.t(str::kVillages));
        ImGui::TextDisabled("%s", ctx.t(str::kVillagesHint));
    }
    if (tried_ && !findCounty(county_)) note(ctx.t(str::kCountyRequired), kColorError);
    if (tried_ && commune_.empty()) note(ctx.t(str::kCommuneRequired), kColorError);
    ImGui::Separator();
    if (ImGui::Button(ctx.t(planId_.empty() ? str::kCreatePlan : str::kSave))) submit(ctx);
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kCancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace prevplan::ui
