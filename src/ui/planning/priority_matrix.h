#pragma once
// The multi-criteria matrix and the ranking (section 1.1.4.3), drawn for the desk (scores edited
// in a popup with the group's note and the data's suggestion) or for the projector (a click
// raises a score, a right click lowers it). Both recompute only when the plan changes.
#include "core/base/memo.h"
#include "core/planning/priorities.h"
#include "core/planning/staffing.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

enum class MatrixMode { Desk, Projector };

class PriorityMatrix {
public:
    void weights(Context& ctx, const Plan& plan);
    void matrix(Context& ctx, const Plan& plan, MatrixMode mode);
    void ranking(Context& ctx, const Plan& plan, MatrixMode mode);
    void shortListAdvice(const Context& ctx, const Plan& plan);
    const Staffing& staffing(const Context& ctx, const Plan& plan) { return figures(ctx, plan).staffing; }

private:
    struct Figures {
        Ranking ranking;
        Staffing staffing;
    };
    Memo<Plan, Figures> figures_;

    const Figures& figures(const Context& ctx, const Plan& plan);
    void scoreCell(Context& ctx, const Plan& plan, const RankedCandidate& row, int criterion, MatrixMode mode);
    void scorePopup(Context& ctx, const Plan& plan, const RankedCandidate& row, int criterion);
    void contributionBar(const Context& ctx, const Plan& plan, const Ranking& ranking, const RankedCandidate& row, float width) const;
};

// Sets one group-scored criterion of one candidate (0 clears it).
void setScore(Context& ctx, const Plan& plan, std::size_t candidate, int criterion, int score);

}  // namespace prevplan::ui
