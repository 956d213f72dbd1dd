#include "ui/shell/display_menu.h"

#include <imgui.h>

#include <cstdio>

#include "ui/kit/widgets.h"
#include "ui/shell/strings.h"

namespace prevplan::ui {

namespace {

bool textSizes(const Context& ctx, Display& display) {
    bool changed = false;
    if (!ImGui::BeginMenu(stableId(ctx.t(str::kTextSize), str::kTextSize.en).c_str())) return false;
    for (int percent : Display::kTextPercents) {
        char label[16];
        std::snprintf(label, sizeof label, ctx.t(str::kTextPercent), percent);
        if (ImGui::MenuItem(label, nullptr, display.textPercent == percent) && display.textPercent != percent) {
            display.textPercent = percent;
            changed = true;
        }
    }
    ImGui::EndMenu();
    return changed;
}

struct ContrastChoice {
    Contrast contrast;
    const Text* label;
};
constexpr ContrastChoice kContrastChoices[] = {
    {Contrast::Auto, &str::kContrastAuto},
    {Contrast::Standard, &str::kContrastStandard},
    {Contrast::High, &str::kContrastHigh},
};

bool contrasts(const Context& ctx, Display& display) {
    bool changed = false;
    if (!ImGui::BeginMenu(stableId(ctx.t(str::kContrast), str::kContrast.en).c_str())) return false;
    for (const ContrastChoice& choice : kContrastChoices)
        if (ImGui::MenuItem(ctx.t(*choice.label), nullptr, display.contrast == choice.contrast) &&
            display.contrast != choice.contrast) {
            display.contrast = choice.contrast;
            changed = true;
        }
    ImGui::EndMenu();
    return changed;
}

}  // namespace

bool displayMenu(const Context& ctx, Display& display) {
    if (!ImGui::BeginMenu(stableId(ctx.t(str::kMenuDisplay), str::kMenuDisplay.en).c_str())) return false;
    // Both submenus are drawn, whichever of them changed something.
    const bool sizeChanged = textSizes(ctx, display);
    const bool contrastChanged = contrasts(ctx, display);
    const bool changed = sizeChanged || contrastChanged;
    ImGui::EndMenu();
    return changed;
}

}  // namespace prevplan::ui
