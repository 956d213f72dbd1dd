#include "ui/kit/step_keys.h"

#include <imgui.h>

namespace prevplan::ui {

std::optional<Step> stepShortcut() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || !io.KeyShift || io.KeyAlt) return std::nullopt;
    // The browser's GLFW numbers the digit keys by their characters ('0' is 48).
    for (const StepKey& key : kStepKeys)
        if (ImGui::IsKeyPressed(key.digit, false)) return key.step;
    return std::nullopt;
}

}  // namespace prevplan::ui
