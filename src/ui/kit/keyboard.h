#pragma once
// Tab moves the keyboard focus through every control, not only through text fields as Dear
// ImGui 1.86 does, so a person without a mouse sees where they are (the focus ring) and can
// press Space or Enter on a button.
namespace prevplan::ui {

// Call once a frame, right after ImGui::NewFrame().
void tabThroughControls();

}  // namespace prevplan::ui
