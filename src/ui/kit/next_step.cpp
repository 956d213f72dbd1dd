#include "ui/kit/next_step.h"

#include <imgui.h>

#include "core/base/format.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

bool nextStepAction(const Context& ctx, int number, const char* title, const char* reason) {
    const bool pressed = primaryButton(format(ctx.t(str::kNextStep), number, title).c_str());
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ImColor(kColorMuted), "%s", reason);
    return pressed;
}

float nextStepHeight() { return ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2 + 1; }

}  // namespace prevplan::ui
