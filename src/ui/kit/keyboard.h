#pragma once
// Every control within reach of the keyboard alone, as on a native page, where Dear ImGui 1.86 falls short:
// - Tab and Shift+Tab go through every control (ImGui's own Tab reaches text fields only), in the
//   order they are drawn, into and out of the regions that scroll on their own (child windows);
// - Enter presses the focused button, ticks the focused box, as Space does (ImGui gives Enter to
//   text fields only); in a text field Enter stays the field's;
// - when the focused control is gone (a dialog closed, a screen was replaced), Tab starts again
//   from the first control instead of from nothing, and a closed window leaves the focus to the
//   window under it.
namespace prevplan::ui {

// Once, right after ImGui::CreateContext(): hooks the above into the start of every frame.
void installKeyboard();
// Right after a multi-line text field: Dear ImGui counts it twice (the field, then the frame
// around its text), so Tab from it would land on it again. With this it is one stop like any
// other, and Tab leaves it.
void oneTabStop();

}  // namespace prevplan::ui
