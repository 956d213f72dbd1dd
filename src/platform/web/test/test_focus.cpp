// The widget with the keyboard focus, for the browser tests that work without a mouse: its id is
// the one the test API lists the widget under.
#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

extern "C" {

EMSCRIPTEN_KEEPALIVE unsigned prevplan_test_focus() { return ImGui::GetCurrentContext()->NavId; }

}  // extern "C"
