#include "ui/observatory/household_proposal_view.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/format.h"
#include "core/base/words.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/table.h"
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
    cellText(h.village.c_str());
    cellText(h.address.empty() ? ctx.t(str::kProposalNoAddress) : h.address.c_str());
    std::string families;
    for (const ProposedFamily& f : h.families)
        families += (families.empty() ? "" : "; ") +
                    (f.head.empty() ? std::string(ctx.t(str::kProposalNoParent)) : f.head) + ": " +
                    listOf(f.children, ctx.lang);
    cellText(families.c_str());
    std::vector<std::string> doubts;
    for (HouseholdDoubt d : h.doubts) doubts.push_back(doubtText(d).in(ctx.lang));
    cellText(doubts.empty() ? "" : listOf(doubts, ctx.lang).c_str(), kColorWarning);
}

HouseholdProposalView::Outcome HouseholdProposalView::draw(Context& ctx) {
    textItem(ctx.t(str::kProposalTitle));
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
    // Every column wraps; the families take the most room. A list of 10,000 children is drawn a
    // screenful of households at a time.
    std::vector<TableColumn> columns = {{ctx.t(str::kCsvFieldVillage), nullptr, 6},
                                        {ctx.t(str::kProposalAddress), nullptr, 10},
                                        {ctx.t(str::kProposalFamilies), nullptr, 20},
                                        {ctx.t(str::kProposalDoubt), nullptr, 14}};
    for (TableColumn& c : columns) c.wrap = true;
    if (beginFittedTable("households", columns, ctx.t(str::kProposalFamilies), ImGuiTableFlags_ScrollY,
                         ImVec2(0, height))) {
        clippedRows(static_cast<int>(order_.size()), [&](int k) {
            ImGui::PushID(k);
            householdRow(ctx, p.households[order_[static_cast<std::size_t>(k)]]);
            ImGui::PopID();
        });
        endFittedTable();
    }
    Outcome outcome = Outcome::Waiting;
    if (primaryButton(ctx.t(str::kProposalConfirm), !ctx.readOnly && !p.households.empty()))
        outcome = Outcome::Confirmed;
    ImGui::SameLine();
    if (button(ctx.t(str::kProposalBack))) outcome = Outcome::Back;
    return outcome;
}

}  // namespace prevplan::ui
