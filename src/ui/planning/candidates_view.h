#pragma once
// The candidate services priority setting starts from: the required-services list of the gap
// analysis, one by one or all at once, and services added by hand for a Table 3 risk group.
#include <string>
#include <vector>

#include "core/base/memo.h"
#include "core/model/model.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class CandidatesView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    std::string name_;
    int group_ = -1;  // riskGroups() index; -1: none
    Memo<Plan, std::vector<Candidate>, Lang> offered_;  // required services not yet candidates

    void fromRequired(Context& ctx, const Plan& plan);
    void byHand(Context& ctx, const Plan& plan);
    void list(Context& ctx, const Plan& plan);
};

// Adds candidates with fresh ids.
void addCandidates(Context& ctx, const Plan& plan, const std::vector<Candidate>& candidates);

}  // namespace prevplan::ui
