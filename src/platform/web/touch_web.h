#pragma once
// Touch screens (web build): taps and drags from the page's touch events, and text from the
// on-screen keyboard through a hidden <input> that web/touch.js keeps over the active text field.
namespace prevplan::web {

// Between the GLFW backend's NewFrame (which sets the mouse from the cursor) and ImGui::NewFrame:
// a tap, the finger's position and the next step of the typed text.
void touchBeforeFrame();
// Right after ImGui::NewFrame, where the finger is known to be: a drag scrolls that window.
void touchAfterNewFrame();
// After the UI is drawn: tells the page whether a text field takes typing and where its caret is.
void touchAfterFrame();
// The pointer is coarse (a finger): controls are drawn at least 44 CSS pixels tall.
bool coarsePointer();

}  // namespace prevplan::web
