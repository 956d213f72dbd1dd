#pragma once
// The "Required services" step (section 1.1.3): the gap analysis by risk group and by service,
// the most urgent households, and the candidate services the user keeps, dismisses or adds.
#include <string>
#include <vector>

#include "core/base/memo.h"
#include "core/gaps/gap_analysis.h"
#include "ui/kit/context.h"
#include "ui/kit/plan_focus.h"

namespace prevplan::ui {

class RequiredServicesView {
public:
    void draw(Context& ctx, const Plan& plan, PlanFocus& focus);

private:
    struct Analysis {
        GapAnalysis gaps;
        std::vector<CandidateService> candidates;
    };
    Memo<Plan, Analysis> analysis_;  // of the plan snapshot drawn
    // Filters
    std::string search_;
    int dimension_ = 0;      // 0: every dimension
    bool onlyLarge_ = false;
    int coverage_ = -1;      // Coverage, -1 any
    // Candidate edits in progress
    std::string dismissing_, dismissReason_;
    AddedCandidate draft_;

    void refresh(const Context& ctx, const Plan& plan);
    // The analysis of the plan drawn this frame (refresh runs first).
    const GapAnalysis& gaps() const { return analysis_.last()->gaps; }
    const std::vector<CandidateService>& candidateList() const { return analysis_.last()->candidates; }
    void byGroup(const Context& ctx, const Plan& plan);
    void groupLine(const Context& ctx, const GroupNeed& g);
    void byService(const Context& ctx, const Plan& plan);
    void coreLines(const Context& ctx);
    void serviceLine(const Context& ctx, const ServiceNeed& n, std::size_t index);
    void urgent(const Context& ctx, PlanFocus& focus);
    void candidates(Context& ctx, const Plan& plan);
    void candidateRow(Context& ctx, const Plan& plan, const CandidateService& c);
    void addCandidate(Context& ctx, const Plan& plan);
};

}  // namespace prevplan::ui
