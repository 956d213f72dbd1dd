#pragma once
// The screen shown while the stored workspace opens: a big commune is read a little at a time, so
// the page keeps answering; nothing can be edited until it is whole.
#include <string>

#include "ui/kit/context.h"

namespace prevplan::ui {

// `progress` from 0 to 1; `commune` the plan being read ("" when none yet).
void drawOpeningScreen(Context& ctx, const std::string& commune, double progress);

}  // namespace prevplan::ui
