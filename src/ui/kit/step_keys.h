#pragma once
// Shortcuts to the steps of an open plan: Ctrl+Shift+1 … Ctrl+Shift+9 and Ctrl+Shift+0 open the
// first ten steps. Keys no browser takes: Ctrl+digit (and Alt+digit on Linux) switch tabs,
// Ctrl+W/T/N/L belong to the browser. Help lists them.
#include <optional>
#include <string>

#include "ui/kit/plan_focus.h"

namespace prevplan::ui {

struct StepKey {
    Step step;
    char digit;
};
inline constexpr StepKey kStepKeys[] = {
    {Step::Commune, '1'},    {Step::Observatory, '2'}, {Step::Risk, '3'},      {Step::Registry, '4'},
    {Step::WorkQueue, '5'},  {Step::Report, '6'},      {Step::Resources, '7'}, {Step::RequiredServices, '8'},
    {Step::Priorities, '9'}, {Step::ThePlan, '0'},
};

// How Help writes a shortcut: "Ctrl+Shift+1".
inline std::string keyName(const StepKey& key) { return std::string("Ctrl+Shift+") + key.digit; }
// The step whose shortcut was pressed this frame, if any.
std::optional<Step> stepShortcut();

}  // namespace prevplan::ui
