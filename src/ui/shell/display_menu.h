#pragma once
// The Display menu of the menu bar: the text size (100–200 %) and the contrast.
#include "ui/kit/context.h"
#include "ui/kit/display.h"

namespace prevplan::ui {

// Returns true when the person changed a setting (to be stored).
bool displayMenu(const Context& ctx, Display& display);

}  // namespace prevplan::ui
