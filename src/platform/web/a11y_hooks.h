#pragma once
// The screen-reader mirror's side of Dear ImGui's test-engine hooks (web build only): the hooks
// themselves live in test_api.cpp, which hands each item to the test recording and to these.
#include <imgui.h>
#include <imgui_internal.h>

namespace prevplan::web::a11y {

void itemAdded(ImGuiContext* ctx, const ImRect& bb, ImGuiID id);
void itemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags);
// After a drawn frame: hands web/a11y.js what changed (the tree, the focus, new messages).
void frameDrawn();
// Off, the mirror records nothing and sends nothing: the bench weighs a frame without it.
void setRecording(bool on);

}  // namespace prevplan::web::a11y
