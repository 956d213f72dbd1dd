#pragma once
// The smaller tabs of the "Resources" step: the functional micro-area, the partners and the
// DGASPC's lists. Each row edits the plan through Context::commit.
#include "ui/kit/context.h"

namespace prevplan::ui {

void microAreaPanel(Context& ctx, const Plan& plan, std::string& newLocality);
void partnersPanel(Context& ctx, const Plan& plan);
void dgaspcPanel(Context& ctx, const Plan& plan);

}  // namespace prevplan::ui
