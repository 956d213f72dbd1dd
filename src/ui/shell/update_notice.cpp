#include "ui/shell/update_notice.h"

#include <imgui.h>

#include "ui/kit/widgets.h"
#include "ui/shell/strings.h"

namespace prevplan::ui {

bool drawUpdateNotice(Context& ctx, const SiteUpdateState& state) {
    if (!state.ready) return false;
    bool chosen = false;
    coloredText(ctx.t(str::kUpdateReady), kColorOk);
    ImGui::SameLine();
    if (state.requested) {
        mutedText(ctx.t(str::kUpdateSaving));
    } else {
        chosen = ImGui::SmallButton(ctx.t(str::kUpdateReload));
    }
    if (state.memoryOnly) note(ctx.t(str::kUpdateLosesWork), kColorError);
    ImGui::Separator();
    return chosen;
}

}  // namespace prevplan::ui
