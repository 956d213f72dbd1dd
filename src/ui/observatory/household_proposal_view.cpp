#include "ui/observatory/household_proposal_view.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/format.h"
#include "core/base/words.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/widgets.h"
#include "ui/observatory/strings.h"

namespace prevplan::ui {

void HouseholdProposalView::open(std::string mappedCsv) {
    mapped_ = std::move(mappedCsv);
    proposal_ = proposeHouseholds(mapped_);
    order_ = reviewOrder(proposal_);
    uncertain_ = std::count_if(proposal_.households.begin(), proposal_.households.end(),
                               [](const ProposedHousehold& h) { return !h.doubts.empty(); });
}

std::string HouseholdProposalView::take() {
    std::string applied = applyHouseholdProposal(mapped_, proposal_);
    mapped_.clear();
    proposal_ = {};
    order_.clear();
    return applied;
}

// "Popescu Maria: Popescu Ana, Popescu Ion; Ionescu Vasile: Ionescu Mihai".
void HouseholdProposalView::householdRow(Context& ctx, const ProposedHousehold& h) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    textItem(h.village.c_str());
    ImGui::TableNextColumn();
    textItem(h.address.empty() ? ctx.t(str::kProposalNoAddress) : h.address.c_str());
    ImGui::TableNextColumn();
    std::string families;
    for (const ProposedFamily& f : h.families)
        families += (families.empty() ? "" : "; ") +
                    (f.head.empty() ? std::string(ctx.t(str::kProposalNoParent)) : f.head) + ": " +
                    listOf(f.children, ctx.lang);
    ImGui::PushTextWrapPos(0);
    textItem(families.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    std::vector<std::string> doubts;
    for (HouseholdDoubt d : h.doubts) doubts.push_back(doubtText(d).in(ctx.lang));
    if (doubts.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, kColorWarning);
    ImGui::PushTextWrapPos(0);
    textItem(listOf(doubts, ctx.lang).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

HouseholdProposalView::Outcome HouseholdProposalView::draw(Context& ctx) {
    ImGui::TextUnformatted(ctx.t(str::kProposalTitle));
    note(ctx.t(str::kProposalHelp), kColorMuted);
    const HouseholdProposal& p = proposal_;
    textItem(format(ctx.t(str::kProposalCounts),
                    countOf(static_cast<long long>(p.households.size()), nouns::kHousehold, ctx.lang).c_str(),
                    countOf(p.families, nouns::kFamily, ctx.lang).c_str(),
                    countOf(p.children, nouns::kChild, ctx.lang).c_str())
                 .c_str());
    if (uncertain_ > 0)
        note(format(ctx.t(str::kProposalToReview), countOf(uncertain_, nouns::kHousehold, ctx.lang).c_str()).c_str(),
             kColorWarning);
    else note(ctx.t(str::kProposalNothingToReview), kColorOk);
    const float height = std::max(em() * 6, ImGui::GetContentRegionAvail().y - em() * 2.5f);
    if (ImGui::BeginTable("households", 4,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                              ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV,
                          ImVec2(0, height))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(ctx.t(str::kCsvFieldVillage), 0, 1);
        ImGui::TableSetupColumn(ctx.t(str::kProposalAddress), 0, 2);
        ImGui::TableSetupColumn(ctx.t(str::kProposalFamilies), 0, 4);
        ImGui::TableSetupColumn(ctx.t(str::kProposalDoubt), 0, 3);
        ImGui::TableHeadersRow();
        // Rows wrap to different heights, which a list clipper cannot skip over: a commune's list
        // has hundreds of households, not the hundred thousand children of a big import.
        for (std::size_t k = 0; k < order_.size(); ++k) {
            ImGui::PushID(static_cast<int>(k));
            householdRow(ctx, p.households[order_[k]]);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    Outcome outcome = Outcome::Waiting;
    if (button(ctx.t(str::kProposalConfirm), !ctx.readOnly && !p.households.empty())) outcome = Outcome::Confirmed;
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kProposalBack))) outcome = Outcome::Back;
    return outcome;
}

}  // namespace prevplan::ui
