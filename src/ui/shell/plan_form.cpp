#include "ui/shell/plan_form.h"

#include <imgui.h>
#include <imgui_stdlib.h>
#include <cfloat>

#include "core/base/fold.h"
#include "core/base/format.h"
#include "core/catalog/counties.h"
#include "core/workspace/workspace_edits.h"
#include "platform/platform.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/shell/strings.h"

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

void PlanForm::openNew(std::string listName, const std::vector<std::string>& villages) {
    *this = PlanForm{};
    listName_ = std::move(listName);
    for (const std::string& village : villages) villages_ += village + "\n";
    villagesFromList_ = !villages.empty();
    requested_ = true;
}

void PlanForm::openRename(const Plan& plan) {
    *this = PlanForm{};
    planId_ = plan.id;
    county_ = plan.county;
    commune_ = plan.commune;
    requested_ = true;
}

// The counties whose name holds what was typed, ignoring diacritics and case ("vas" finds Vaslui,
// "salaj" Sălaj): a person finds theirs by typing instead of scrolling 42 names.
static void countyCombo(Context& ctx, int& county, std::string& filter, float labelWidth) {
    const County* current = findCounty(county);
    fieldLabel(ctx.t(str::kCounty), labelWidth);
    ImGui::SetNextItemWidth(em() * 16);
    if (ImGui::BeginCombo("##county", current ? current->name : ctx.t(str::kChooseCounty),
                          ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) {
            filter.clear();
            ImGui::SetKeyboardFocusHere();
        }
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputTextWithHint("##county-search", ctx.t(str::kCountySearch), &filter);
        labelLastItem(ctx.t(str::kCountySearch));
        const std::string wanted = foldForSearch(filter);
        const County* only = nullptr;
        int shown = 0;
        for (const County* c = countiesBegin(); c != countiesBegin() + countyCount(); ++c) {
            if (!wanted.empty() && foldForSearch(c->name).find(wanted) == std::string::npos) continue;
            ++shown;
            only = c;
            if (ImGui::Selectable(format("%s (%02d)", c->name, c->code).c_str(), c->code == county)) county = c->code;
        }
        if (shown == 0) mutedText(ctx.t(str::kNoCountyMatches));
        // Enter takes the one county left.
        if (shown == 1 && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter))) {
            county = only->code;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndCombo();
    }
    labelLastItem(ctx.t(str::kCounty));
    const County* chosen = findCounty(county);
    describeCombo(chosen ? chosen->name : ctx.t(str::kChooseCounty));
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
    close();
}

void PlanForm::close() {
    shown_ = false;
    ImGui::CloseCurrentPopup();
}

void PlanForm::draw(Context& ctx) {
    if (requested_) {
        ImGui::OpenPopup(kPopup);
        requested_ = false;
        shown_ = true;
    }
    // Width fixed, height grown to fit, so an error never pushes the buttons out of view.
    ImGui::SetNextWindowSize(ImVec2(em() * 32, 0), ImGuiCond_Always);
    if (!ImGui::BeginPopupModal(kPopup, nullptr, ImGuiWindowFlags_NoTitleBar)) {
        shown_ = false;
        return;
    }
    section(ctx.t(planId_.empty() ? str::kNewPlan : str::kRename));
    if (!listName_.empty()) helper(format(ctx.t(str::kListGoesIntoPlan), listName_.c_str()).c_str());
    ImGui::Spacing();
    // Labels in one column on the left, fields lined up after them.
    const float labelWidth = em() * 5.5f;
    countyCombo(ctx, county_, countyFilter_, labelWidth);
    if (tried_ && !findCounty(county_)) note(ctx.t(str::kCountyRequired), kColorError);
    fieldLabel(ctx.t(str::kCommune), labelWidth);
    ImGui::SetNextItemWidth(em() * 16);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputText("##commune", &commune_);
    labelLastItem(ctx.t(str::kCommune));
    if (tried_ && commune_.empty()) note(ctx.t(str::kCommuneRequired), kColorError);
    if (planId_.empty()) {
        labelAbove(ctx.t(str::kVillages));
        multilineText("##villages", villages_, ImVec2(-1, em() * 6));
        labelLastItem(ctx.t(str::kVillages));
        helper(ctx.t(villagesFromList_ ? str::kVillagesFromList : str::kVillagesHint));
    }
    ImGui::Separator();
    if (primaryButton(ctx.t(planId_.empty() ? str::kCreatePlan : str::kSave))) submit(ctx);
    ImGui::SameLine();
    if (button(ctx.t(str::kCancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) close();
    ImGui::EndPopup();
}

}  // namespace prevplan::ui
