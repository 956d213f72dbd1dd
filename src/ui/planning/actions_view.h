#pragma once
// The implementation plan: actions with who is responsible, partners, dates, the estimated cost
// for each year of the strategy, the funding source, the status, and the objective or priority
// each serves.
#include "core/model/model.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class ActionsView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    Id open_;  // the action being edited

    void editor(Context& ctx, const Plan& plan, std::size_t i);
    void costs(Context& ctx, const Plan& plan, std::size_t i);
};

}  // namespace prevplan::ui
