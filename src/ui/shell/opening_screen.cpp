#include "ui/shell/opening_screen.h"

#include <imgui.h>

#include "ui/kit/widgets.h"
#include "ui/shell/strings.h"

namespace prevplan::ui {

void drawOpeningScreen(Context& ctx, const std::string& commune, double progress) {
    ImGui::Spacing();
    textItem(ctx.t(str::kOpeningWorkspace));
    if (!commune.empty()) mutedText(commune.c_str());
    ImGui::Spacing();
    ImGui::ProgressBar(static_cast<float>(progress), ImVec2(em() * 24, 0));
}

}  // namespace prevplan::ui
