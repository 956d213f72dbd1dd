#pragma once
// The first thing a person sees with no plan open: what PrevPlan is and for whom, that the data
// stays on this computer, the three ways in, and the method's twelve steps at a glance.
#include "ui/kit/context.h"

namespace prevplan::ui {

// The way in a person chose on the start page this frame.
enum class StartChoice { None, Demo, NewPlan, OpenFile, CountyView };

// The welcome and the ways in.
StartChoice drawStartPage(const Context& ctx);
// The twelve steps, numbered, with what each is for on hover, down `columns` columns (0: as
// many as fit, up to three).
void drawMethodSteps(const Context& ctx, int columns = 0);

}  // namespace prevplan::ui
