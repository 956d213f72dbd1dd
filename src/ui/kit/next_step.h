#pragma once
// The action a step's screen ends with, and the dashboard's "what to do next": one primary
// button, "Pasul următor: 4. Registrul copiilor în risc", with why that step waits beside it.
#include "ui/kit/context.h"

namespace prevplan::ui {

// True when pressed; `number` is the step's place in the method (1–12).
bool nextStepAction(const Context& ctx, int number, const char* title, const char* reason);
// The height nextStepAction takes, for a screen that keeps room for it below a scrolled area.
float nextStepHeight();

}  // namespace prevplan::ui
