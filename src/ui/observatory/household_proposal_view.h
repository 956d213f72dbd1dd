#pragma once
// The review of the households PrevPlan proposes for a commune's own list (no household or family
// codes): village, address, families and children, the uncertain ones first. Nothing is applied
// until the user confirms; the import then goes on with the codes the review showed.
#include <string>
#include <vector>

#include "core/observatory/household_proposal.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class HouseholdProposalView {
public:
    enum class Outcome { Waiting, Confirmed, Back };

    // Proposes households for a mapped table (applyMapping's).
    void open(std::string mappedCsv);
    Outcome draw(Context& ctx);
    // The table with the proposed codes, once confirmed.
    std::string take();

private:
    std::string mapped_;
    HouseholdProposal proposal_;
    std::vector<std::size_t> order_;
    long uncertain_ = 0;

    void householdRow(Context& ctx, const ProposedHousehold& h);
};

}  // namespace prevplan::ui
