#include "ui/shell/update_notice.h"

#include <imgui.h>

#include "ui/kit/widgets.h"
#include "ui/shell/strings.h"

namespace prevplan::ui {

bool drawUpdateNotice(Context& ctx, const SiteUpdateState& state) {
    if (!state.ready) return false;
    bool chosen = false;
    ImGui::TextColored(ImColor(kColorOk), "%s", ctx.t(str::kUpdateReady));
    labelLastItem(ctx.t(str::kUpdateReady));
    ImGui::SameLine();
    if (state.requested) {
        ImGui::TextDisabled("%s", ctx.t(str::kUpdateSaving));
        labelLastItem(ctx.t(str::kUpdateSaving));
    } else {
        chosen = ImGui::SmallButton(ctx.t(str::kUpdateReload));
    }
    if (state.memoryOnly) note(ctx.t(str::kUpdateLosesWork), kColorError);
    ImGui::Separator();
    return chosen;
}

}  // namespace prevplan::ui
