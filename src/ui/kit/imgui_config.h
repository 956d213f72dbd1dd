#pragma once
// Dear ImGui compile-time configuration, used by every translation unit (IMGUI_USER_CONFIG).

// Large tables (10,000 children) overflow 16-bit indices; WebGL has no base-vertex draws.
#define ImDrawIdx unsigned int
// The 1.86 OpenGL3 backend picks WebGL1/ES2 under Emscripten unless told otherwise.
#define IMGUI_IMPL_OPENGL_ES3
// Item hooks: the test API (?test=1) lists each frame's widgets by label.
#define IMGUI_ENABLE_TEST_ENGINE
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
// The app never opens ImGui's metrics window or stack tool: leave their code out of the download.
#define IMGUI_DISABLE_METRICS_WINDOW
