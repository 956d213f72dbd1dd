#include "ui/kit/keyboard.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace prevplan::ui {

// ImGui's own Tab request scores only the "inputable" items (text fields). Widened to every
// focusable item it walks buttons, checkboxes and rows too; a text field reached this way is
// still activated for typing, anything else only gets the focus ring.
void tabThroughControls() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.NavMoveSubmitted || !(g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing)) return;
    g.NavMoveFlags |= ImGuiNavMoveFlags_FocusApi;
    // Nothing is active after focusing a button: go on from the focused item instead of
    // starting again from the first one.
    if (g.NavTabbingDir == 0 && g.NavId != 0) g.NavTabbingDir = +1;
}

}  // namespace prevplan::ui
